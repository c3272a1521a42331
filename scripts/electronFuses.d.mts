// Types of electronFuses.mjs, so TypeScript tests and tools can import it.
import type { FuseV1Options } from '@electron/fuses';

export const TAFEL_FUSES: Readonly<Record<FuseV1Options, boolean>>;

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackContext {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: { readonly executableName?: string; readonly appInfo: { readonly productFilename: string } };
}

export function packedExecutable(context: PackContext): string;
export function setTafelFuses(executable: string): Promise<void>;
export function afterPack(context: PackContext): Promise<void>;
export default afterPack;
