/**
 * The desktop host's IPC contract: one channel per HostApi call, each with a zod schema for the
 * request the renderer sends and the value main answers with. Main validates every request at
 * its door (main/ipc/hostIpc.ts); the sandboxed preload may only import the *types* from here,
 * so it repeats the channel names under `satisfies typeof HostChannels`.
 *
 * Every invoke channel answers with a {@link HostResult} envelope: errors travel as data.
 */
import { z } from 'zod';
import type { AppInfo, DeviceSettings, ExportFilesRequest, ExportRequest, HostResult } from './hostApi.js';
import { MAX_RELAY_URL_LENGTH, isRelayUrl } from './relayUrl.js';

/** The one prefix of every Tafel IPC channel. */
export const HOST_CHANNEL_PREFIX = 'host:';

/** Request/response channels (renderer → main, `ipcRenderer.invoke`). */
export const HostChannels = {
  appInfo: 'host:app:info',
  vaultStatus: 'host:vault:status',
  vaultGet: 'host:vault:get',
  vaultPut: 'host:vault:put',
  vaultDelete: 'host:vault:delete',
  settingsGet: 'host:settings:get',
  settingsUpdate: 'host:settings:update',
  exportFile: 'host:export:file',
  exportFiles: 'host:export:files',
  deepLinkTakePending: 'host:deep-link:take-pending',
} as const;

/** Events main pushes to the renderer (`webContents.send`). */
export const HostEvents = {
  /** A validated `tafel://join/...` link; payload: the link as a string. */
  deepLink: 'host:deep-link',
} as const;

/** Any invoke channel name. */
export type HostChannel = (typeof HostChannels)[keyof typeof HostChannels];

/** Vault entry names: short, printable, no path characters (main maps them to file names). */
export const vaultNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);

/** Largest secret kept in the vault (key pairs and wrapped keys are a few hundred bytes). */
export const MAX_VAULT_VALUE_BYTES = 64 * 1024;
/** Largest file the renderer may export in one call. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;
/** Most files in one "send to all" (an extract per organisation, in up to three formats). */
export const MAX_EXPORT_FILES = 60;

const bytes = (max: number) => z.instanceof(Uint8Array).refine((value) => value.byteLength <= max, { message: 'too large' });

/** A file name the renderer suggests; main strips anything path-like before it reaches a dialog. */
const suggestedNameSchema = z.string().min(1).max(200);

/** Schema of {@link import('./hostApi.js').DeviceSettings}. */
export const deviceSettingsSchema = z
  .object({
    language: z.enum(['nl', 'en']),
    relays: z.array(z.string().max(MAX_RELAY_URL_LENGTH).refine(isRelayUrl, { message: 'not a relay url' })).max(16),
    displayName: z.string().max(80),
    organisation: z.string().max(120),
  })
  .strict();

/** A partial settings update: only known keys, each valid on its own. */
export const deviceSettingsPatchSchema = deviceSettingsSchema.partial().strict();

const exportRequestSchema = z
  .object({
    suggestedName: suggestedNameSchema,
    mimeType: z
      .string()
      .max(100)
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/),
    data: z.union([bytes(MAX_EXPORT_BYTES), z.string().max(MAX_EXPORT_BYTES)]),
  })
  .strict();

const appInfoSchema = z.object({ name: z.string(), version: z.string(), platform: z.string() }).strict();
const savedFileSchema = z.object({ fileName: z.string() }).strict();

/**
 * Per channel, the TypeScript types of request and response, written in HostApi's own types.
 * The zod schemas below must produce exactly these (checked by `satisfies`).
 */
export type HostChannelTypes = {
  [HostChannels.appInfo]: { request: undefined; response: AppInfo };
  [HostChannels.vaultStatus]: { request: undefined; response: boolean };
  [HostChannels.vaultGet]: { request: { readonly name: string }; response: Uint8Array | null };
  [HostChannels.vaultPut]: { request: { readonly name: string; readonly value: Uint8Array }; response: void };
  [HostChannels.vaultDelete]: { request: { readonly name: string }; response: void };
  [HostChannels.settingsGet]: { request: undefined; response: DeviceSettings };
  [HostChannels.settingsUpdate]: { request: Partial<DeviceSettings>; response: DeviceSettings };
  [HostChannels.exportFile]: { request: ExportRequest; response: { readonly fileName: string } };
  [HostChannels.exportFiles]: { request: ExportFilesRequest; response: { readonly fileName: string } };
  [HostChannels.deepLinkTakePending]: { request: undefined; response: readonly string[] };
};

/** What the renderer sends on channel `C`. */
export type HostRequest<C extends HostChannel> = HostChannelTypes[C]['request'];
/** What main answers on channel `C` (inside the envelope). */
export type HostResponse<C extends HostChannel> = HostChannelTypes[C]['response'];
/** The envelope main answers with on channel `C`. */
export type HostReply<C extends HostChannel> = HostResult<HostResponse<C>>;

/** Per channel: the schemas main checks the request (and its own answer) against. */
export const hostContract = {
  [HostChannels.appInfo]: { request: z.undefined(), response: appInfoSchema },
  [HostChannels.vaultStatus]: { request: z.undefined(), response: z.boolean() },
  [HostChannels.vaultGet]: {
    request: z.object({ name: vaultNameSchema }).strict(),
    response: bytes(MAX_VAULT_VALUE_BYTES).nullable(),
  },
  [HostChannels.vaultPut]: {
    request: z.object({ name: vaultNameSchema, value: bytes(MAX_VAULT_VALUE_BYTES) }).strict(),
    response: z.undefined(),
  },
  [HostChannels.vaultDelete]: { request: z.object({ name: vaultNameSchema }).strict(), response: z.undefined() },
  [HostChannels.settingsGet]: { request: z.undefined(), response: deviceSettingsSchema },
  [HostChannels.settingsUpdate]: { request: deviceSettingsPatchSchema, response: deviceSettingsSchema },
  [HostChannels.exportFile]: { request: exportRequestSchema, response: savedFileSchema },
  [HostChannels.exportFiles]: {
    request: z
      .object({
        folderName: suggestedNameSchema,
        files: z
          .array(exportRequestSchema)
          .min(1)
          .max(MAX_EXPORT_FILES)
          .refine((files) => files.reduce((n, f) => n + (typeof f.data === 'string' ? f.data.length : f.data.byteLength), 0) <= MAX_EXPORT_BYTES, {
            message: 'too large',
          }),
      })
      .strict(),
    response: savedFileSchema,
  },
  [HostChannels.deepLinkTakePending]: { request: z.undefined(), response: z.array(z.string()) },
} as const satisfies {
  readonly [C in HostChannel]: {
    readonly request: z.ZodType<HostRequest<C>>;
    readonly response: z.ZodType<HostResponse<C>>;
  };
};

/** True for the names of {@link HostChannels}; anything else is refused before a handler runs. */
export function isHostChannel(channel: string): channel is HostChannel {
  return Object.hasOwn(hostContract, channel);
}
