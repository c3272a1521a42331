/**
 * HostApi: the renderer's only door to the machine. The Electron preload exposes one object of
 * this type through contextBridge (window.tafelHost); the web host implements the same interface
 * in the browser. The renderer tells the two apart only through `capabilities`.
 *
 * Every method resolves to data; failures come back as `HostResult` errors, never as thrown
 * exceptions across the bridge (only `message` survives Electron's IPC serialisation).
 */

/** What the host can do; the renderer adapts its UI to these, never to `navigator.userAgent`. */
export interface HostCapabilities {
  /** 'desktop' = Electron shell, 'web' = the same renderer in a browser served by the relay. */
  readonly kind: 'desktop' | 'web';
  /** How keys are kept at rest: the OS keychain (Electron safeStorage) or a passphrase-derived key. */
  readonly vault: 'os-keychain' | 'passphrase';
  /** A native save dialog exists (desktop); otherwise files are downloaded (several at once as one zip). */
  readonly saveDialog: boolean;
  /** `tafel://` links reach this window. */
  readonly deepLinks: boolean;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
}

export type HostErrorCode =
  'invalid-input' | 'vault-locked' | 'vault-wrong-passphrase' | 'vault-unavailable' | 'cancelled' | 'disk-full' | 'io-error' | 'unsupported';

export interface HostError {
  readonly code: HostErrorCode;
  /** Plain Dutch sentence fit to show a user. Never contains case content. */
  readonly message: string;
}

export type HostResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

/** Settings kept per device (not per case). */
export interface DeviceSettings {
  readonly language: 'nl' | 'en';
  /** Relays this device may connect to, e.g. "wss://relay.zvh-regio.nl". The desktop CSP allows exactly these. */
  readonly relays: readonly string[];
  /** How this person appears to others in a case. */
  readonly displayName: string;
  readonly organisation: string;
}

export interface ExportRequest {
  readonly suggestedName: string;
  readonly mimeType: string;
  readonly data: Uint8Array | string;
}

/** Several files that belong together (e.g. one extract per organisation), saved as one folder. */
export interface ExportFilesRequest {
  /** Name of the folder (desktop) or of the zip file without `.zip` (browser). */
  readonly folderName: string;
  readonly files: readonly ExportRequest[];
}

/** Small secrets kept at rest by the host: device key pairs, wrapped case keys. */
export interface HostVault {
  isUnlocked(): Promise<boolean>;
  /**
   * Web host: derive the vault key from the user's passphrase (creates the vault on first use).
   * Desktop: resolves ok at once without using the passphrase; the OS keychain unlocks the vault.
   */
  unlock(passphrase: string): Promise<HostResult<void>>;
  get(name: string): Promise<HostResult<Uint8Array | null>>;
  put(name: string, value: Uint8Array): Promise<HostResult<void>>;
  delete(name: string): Promise<HostResult<void>>;
}

export interface HostApi {
  readonly capabilities: HostCapabilities;
  getAppInfo(): Promise<AppInfo>;
  readonly vault: HostVault;
  getSettings(): Promise<DeviceSettings>;
  /**
   * Validates and saves a partial update; resolves with the settings now in force.
   * Desktop: a change of `relays` reloads the window shortly after the reply, because the page's
   * Content-Security-Policy (connect-src) can only change with a new page load.
   */
  updateSettings(patch: Partial<DeviceSettings>): Promise<HostResult<DeviceSettings>>;
  /** Save dialog (desktop) or download (web). Resolves with the chosen file name. */
  exportFile(request: ExportRequest): Promise<HostResult<{ readonly fileName: string }>>;
  /**
   * Desktop: asks where, then writes the files into a new folder named `folderName` there. Web:
   * one download, `<folderName>.zip`. Resolves with the folder's or the zip's name.
   */
  exportFiles(request: ExportFilesRequest): Promise<HostResult<{ readonly fileName: string }>>;
  /** Invite links (`tafel://join/...` on desktop, `/join/...` on the web). Returns an unsubscribe function. */
  onDeepLink(listener: (url: string) => void): () => void;
}
