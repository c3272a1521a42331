// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packed
// binary before it is signed. Fuses are switches compiled into the Electron executable; the
// defaults suit a development tool, not an app holding case data:
// - RunAsNode off: ELECTRON_RUN_AS_NODE=1 would turn the signed Tafel binary into a plain Node
//   interpreter that runs any script with the app's identity (and its keychain entries).
// - NODE_OPTIONS / NODE_EXTRA_CA_CERTS and --inspect off: no code or certificates injected
//   through the environment or a debugger on the command line (or SIGUSR1).
// - Embedded asar integrity on, and only load the app from app.asar: the app code that runs is
//   the code electron-builder hashed into the executable (macOS and Windows check the hash).
// - file:// gets no extra privileges (the app is served from app://, the PDF from data:).
// - Cookies encrypted on disk like Chrome's, and no separate V8 snapshot for the browser process.
// Every fuse @electron/fuses knows is named, so none is left at Electron's default by accident.
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuse settings, by option (true: enabled). */
export const TAFEL_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packed Electron executable, where electron-builder put it (as its own fuse support finds it). */
export function packedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`Electron fuses: no executable known for platform "${electronPlatformName}"`);
  }
}

/**
 * Flips the fuses in `executable`. @electron/fuses throws when the binary has no fuse wire or a
 * shorter one than the settings name, so the build stops instead of shipping Electron's defaults.
 */
export async function setTafelFuses(executable) {
  await flipFuses(executable, { version: FuseVersion.V1, ...TAFEL_FUSES });
}

/** electron-builder calls this after packing each platform and architecture. */
export async function afterPack(context) {
  await setTafelFuses(packedExecutable(context));
}

export default afterPack;
