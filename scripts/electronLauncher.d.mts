// Types of electronLauncher.mjs, so TypeScript tests and tools can import it.
export const BROWSER_URL: string;

export interface FileAccess {
  exists(file: string): boolean;
  readText(file: string): string;
}

export type UnavailableReason = 'not-installed' | 'unsupported-platform' | 'download-skipped' | 'download-timeout' | 'download-failed';

export interface LocateOptions {
  /** node_modules/electron */
  electronDir: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  files?: FileAccess;
}

export type LocateResult = { found: true; executable: string } | { found: false; reason: 'not-installed' | 'unsupported-platform' | 'missing-binary' };

export interface DownloadResult {
  ok: boolean;
  timedOut: boolean;
  /** Captured installer output; shown only with --verbose. */
  output: string;
}

export interface DecideOptions extends LocateOptions {
  download(): Promise<DownloadResult>;
}

export type LaunchDecision = { kind: 'launch'; executable: string } | { kind: 'unavailable'; reason: UnavailableReason; message: string; details?: string };

export const realFiles: FileAccess;
export function electronPlatformPath(platform: string): string | null;
export function locateElectron(options: LocateOptions): LocateResult;
export function downloadElectronOnce(options: { electronDir: string; timeoutMs: number; env?: NodeJS.ProcessEnv; nodePath?: string }): Promise<DownloadResult>;
export function decideLaunch(options: DecideOptions): Promise<LaunchDecision>;
export function unavailableMessage(reason: UnavailableReason): string;
export function buildFailedMessage(): string;
