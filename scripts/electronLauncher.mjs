// Decisions behind `npm start` (scripts/start.mjs), kept apart so they can be tested without
// Electron: where the Electron binary lives, fetching it once if it is missing, and the plain
// sentences shown when the desktop app cannot start. Mirrors node_modules/electron/index.js and
// install.js (electron >= 42 downloads its binary lazily: path.txt names the executable inside
// node_modules/electron/dist/).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the web host runs when the desktop app cannot: the relay serves the renderer. */
export const BROWSER_URL = 'http://127.0.0.1:4455';

/** @param {NodeJS.Platform | string} platform */
export function electronPlatformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/** @type {import('./electronLauncher.d.mts').FileAccess} */
export const realFiles = {
  exists: (file) => existsSync(file),
  readText: (file) => readFileSync(file, 'utf8'),
};

/**
 * Finds the Electron executable the way `require('electron')` would, without downloading.
 * @param {import('./electronLauncher.d.mts').LocateOptions} options
 * @returns {import('./electronLauncher.d.mts').LocateResult}
 */
export function locateElectron({ electronDir, env, platform, files = realFiles }) {
  if (!files.exists(path.join(electronDir, 'package.json'))) return { found: false, reason: 'not-installed' };
  const pathFile = path.join(electronDir, 'path.txt');
  const recorded = files.exists(pathFile) ? files.readText(pathFile).trim() : '';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const executable = path.join(override, recorded || electronPlatformPath(platform) || 'electron');
    return files.exists(executable) ? { found: true, executable } : { found: false, reason: 'missing-binary' };
  }
  if (electronPlatformPath(platform) === null) return { found: false, reason: 'unsupported-platform' };
  if (!recorded) return { found: false, reason: 'missing-binary' };
  const executable = path.join(electronDir, 'dist', recorded);
  return files.exists(executable) ? { found: true, executable } : { found: false, reason: 'missing-binary' };
}

/**
 * Runs Electron's own installer once, output captured (never shown unless asked for), killed
 * after `timeoutMs`.
 * @param {{ electronDir: string, timeoutMs: number, env?: NodeJS.ProcessEnv, nodePath?: string }} options
 * @returns {Promise<import('./electronLauncher.d.mts').DownloadResult>}
 */
export function downloadElectronOnce({ electronDir, timeoutMs, env = process.env, nodePath = process.execPath }) {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(nodePath, [path.join(electronDir, 'install.js')], { cwd: electronDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (/** @type {Buffer} */ chunk) => {
      if (output.length < 64_000) output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, timedOut: false, output: output + String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: !timedOut && code === 0, timedOut, output });
    });
  });
}

/**
 * What `npm start` does once the build is done: launch a binary that is there, else fetch it
 * once (unless ELECTRON_SKIP_BINARY_DOWNLOAD is set), else explain.
 * @param {import('./electronLauncher.d.mts').DecideOptions} options
 * @returns {Promise<import('./electronLauncher.d.mts').LaunchDecision>}
 */
export async function decideLaunch({ electronDir, env, platform, files = realFiles, download }) {
  const first = locateElectron({ electronDir, env, platform, files });
  if (first.found) return { kind: 'launch', executable: first.executable };
  if (first.reason === 'not-installed' || first.reason === 'unsupported-platform') {
    return { kind: 'unavailable', reason: first.reason, message: unavailableMessage(first.reason) };
  }
  if (isSet(env['ELECTRON_SKIP_BINARY_DOWNLOAD'])) {
    return { kind: 'unavailable', reason: 'download-skipped', message: unavailableMessage('download-skipped') };
  }
  const fetched = await download();
  const second = locateElectron({ electronDir, env, platform, files });
  if (second.found) return { kind: 'launch', executable: second.executable };
  const reason = fetched.timedOut ? 'download-timeout' : 'download-failed';
  return { kind: 'unavailable', reason, details: fetched.output, message: unavailableMessage(reason) };
}

/** @param {string | undefined} value */
function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

const WHY = {
  'not-installed': ['Electron is niet geïnstalleerd (voer eerst npm install uit)', 'Electron is not installed (run npm install first)'],
  'unsupported-platform': ['Electron bestaat niet voor dit besturingssysteem', 'Electron is not available for this operating system'],
  'download-skipped': [
    'Electron is niet gedownload (ELECTRON_SKIP_BINARY_DOWNLOAD staat aan)',
    'Electron was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set)',
  ],
  'download-timeout': ['Electron downloaden duurde te lang', 'downloading Electron took too long'],
  'download-failed': ['Electron kon niet worden gedownload', 'Electron could not be downloaded'],
};

/**
 * The two lines (Dutch, then English) shown when the desktop app cannot start.
 * @param {import('./electronLauncher.d.mts').UnavailableReason} reason
 */
export function unavailableMessage(reason) {
  const [nl, en] = WHY[reason];
  return [
    `Tafel kan de desktop-app niet starten: ${nl}. Gebruik de browserversie: npm run relay en open ${BROWSER_URL}`,
    `Tafel cannot start the desktop app: ${en}. Use the browser version instead: npm run relay and open ${BROWSER_URL}`,
  ].join('\n');
}

/** The two lines shown when `npm run build` fails. */
export function buildFailedMessage() {
  return [
    'Tafel kan niet starten: het bouwen (npm run build) is mislukt. De meldingen hierboven zeggen waarom.',
    'Tafel cannot start: the build (npm run build) failed. The messages above say why.',
  ].join('\n');
}
