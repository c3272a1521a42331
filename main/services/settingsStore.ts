/**
 * Device settings (language, relays, how this person is shown) in one JSON file in userData.
 * Read through the zod schema; a damaged file is moved aside (not deleted) and defaults are used.
 * Every update is validated, written atomically and only then becomes current: a full disk
 * answers `disk-full` and leaves both the file and the settings in memory as they were.
 */
import path from 'node:path';
import type { DeviceSettings, HostResult } from '../../shared/host/hostApi.js';
import { fail, ok } from '../../shared/host/hostResult.js';
import { deviceSettingsPatchSchema, deviceSettingsSchema } from '../../shared/host/ipcContract.js';
import { type FileSystemLike, isDiskFullError, isNotFoundError, nodeFileSystem, writeFileAtomic } from './atomicFile.js';

/** Settings of a device that has never saved any. */
export const defaultDeviceSettings: DeviceSettings = Object.freeze({
  language: 'nl',
  relays: Object.freeze([]),
  displayName: '',
  organisation: '',
});

export type SettingsListener = (next: DeviceSettings, previous: DeviceSettings) => void;

export class SettingsStore {
  private settings: DeviceSettings = defaultDeviceSettings;
  private readonly listeners = new Set<SettingsListener>();
  /** Updates run one after another so two quick ones cannot interleave their writes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly filePath: string,
    private readonly fs: FileSystemLike = nodeFileSystem,
  ) {}

  /** Reads the file once at start-up. Never fails: a missing or damaged file yields defaults. */
  async load(): Promise<DeviceSettings> {
    let text: string;
    try {
      text = await this.fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if (!isNotFoundError(error)) console.error('settings: could not read the settings file; using defaults');
      this.settings = defaultDeviceSettings;
      return this.settings;
    }
    const parsed = deviceSettingsSchema.safeParse(safeJsonParse(text));
    if (parsed.success) {
      this.settings = parsed.data;
    } else {
      console.error('settings: the settings file is damaged; kept it aside and using defaults');
      const aside = path.join(path.dirname(this.filePath), `${path.basename(this.filePath)}.damaged-${Date.now()}`);
      await this.fs.rename(this.filePath, aside).catch(() => undefined);
      this.settings = defaultDeviceSettings;
    }
    return this.settings;
  }

  /** The settings in force. */
  current(): DeviceSettings {
    return this.settings;
  }

  /** Validates `patch`, saves the merged settings, then makes them current and tells listeners. */
  update(patch: unknown): Promise<HostResult<DeviceSettings>> {
    const run = this.queue.then(() => this.applyUpdate(patch));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Called after each successful change. Returns an unsubscribe function. */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async applyUpdate(patch: unknown): Promise<HostResult<DeviceSettings>> {
    const parsedPatch = deviceSettingsPatchSchema.safeParse(patch);
    if (!parsedPatch.success) return fail('invalid-input');
    const previous = this.settings;
    // A key sent as `undefined` means "leave as is", not "erase".
    const changes = Object.fromEntries(Object.entries(parsedPatch.data).filter(([, value]) => value !== undefined));
    const merged = deviceSettingsSchema.safeParse({ ...previous, ...changes });
    if (!merged.success) return fail('invalid-input');
    const next = merged.data;
    try {
      await writeFileAtomic(this.filePath, `${JSON.stringify(next, null, 2)}\n`, this.fs);
    } catch (error) {
      return fail(isDiskFullError(error) ? 'disk-full' : 'io-error');
    }
    this.settings = next;
    for (const listener of this.listeners) listener(next, previous);
    return ok(next);
  }
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
