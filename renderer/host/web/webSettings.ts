/**
 * Device settings in the browser: one record in the web host's IndexedDB, validated with the
 * same schema the desktop shell uses, so both hosts accept and refuse exactly the same values.
 */
import type { DeviceSettings, HostResult } from '../../../shared/host/hostApi.js';
import { fail, ok } from '../../../shared/host/hostResult.js';
import { deviceSettingsPatchSchema, deviceSettingsSchema } from '../../../shared/host/ipcContract.js';
import { isRelayUrl } from '../../../shared/host/relayUrl.js';
import { DEFAULT_LANGUAGE } from '../../../shared/i18n/i18n.js';
import { WEB_HOST_STORES, isQuotaError, readValue, writeValue } from './idb.js';

const SETTINGS_KEY = 'device-settings';

/** The settings a fresh browser starts with; `relay` is the relay that served this page. */
export function defaultWebSettings(relay: string | undefined): DeviceSettings {
  return { language: DEFAULT_LANGUAGE, relays: relay !== undefined && isRelayUrl(relay) ? [relay] : [], displayName: '', organisation: '' };
}

/** The relay URL of the page's own origin, e.g. "ws://127.0.0.1:4460" for http://127.0.0.1:4460/. */
export function ownRelayUrl(location: Pick<Location, 'protocol' | 'host'>): string | undefined {
  if (location.protocol === 'https:') return `wss://${location.host}`;
  if (location.protocol === 'http:') return `ws://${location.host}`;
  return undefined;
}

/** Reads and writes the settings; falls back to defaults when storage is unavailable. */
export interface WebSettingsStore {
  get(): Promise<DeviceSettings>;
  update(patch: Partial<DeviceSettings>): Promise<HostResult<DeviceSettings>>;
}

export function createWebSettingsStore(openDb: () => Promise<IDBDatabase>, defaults: DeviceSettings): WebSettingsStore {
  // Without IndexedDB the settings still work for this page's lifetime.
  let current: DeviceSettings | undefined;

  async function load(): Promise<DeviceSettings> {
    if (current !== undefined) return current;
    try {
      const stored = await readValue(await openDb(), WEB_HOST_STORES.meta, SETTINGS_KEY);
      const parsed = deviceSettingsSchema.safeParse(stored);
      current = parsed.success ? parsed.data : defaults;
    } catch {
      current = defaults;
    }
    return current;
  }

  return {
    get: load,
    async update(patch) {
      const checkedPatch = deviceSettingsPatchSchema.safeParse(patch);
      if (!checkedPatch.success) return fail('invalid-input');
      const next = deviceSettingsSchema.safeParse({ ...(await load()), ...checkedPatch.data });
      if (!next.success) return fail('invalid-input');
      try {
        await writeValue(await openDb(), WEB_HOST_STORES.meta, SETTINGS_KEY, next.data);
      } catch (error) {
        return fail(isQuotaError(error) ? 'disk-full' : 'io-error');
      }
      current = next.data;
      return ok(next.data);
    },
  };
}
