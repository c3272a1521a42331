/**
 * Main's door for the renderer. Every channel of the contract gets one `ipcMain.handle`, and
 * before a handler runs the call must (a) come from our own app's main frame, (b) carry at most
 * one argument, (c) pass the channel's request schema. Handlers answer with a HostResult; a
 * handler that throws, or answers outside the response schema, becomes `io-error`. Nothing of
 * the request is ever logged.
 */
import type { z } from 'zod';
import type { HostResult } from '../../shared/host/hostApi.js';
import { fail } from '../../shared/host/hostResult.js';
import { type HostChannel, type HostReply, hostContract } from '../../shared/host/ipcContract.js';
import { type SenderFrameLike, isTrustedSender } from '../security/senderCheck.js';

/** The part of an `IpcMainInvokeEvent` the door reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** One handler per channel, receiving the request as the schema parsed it. */
export type HostHandlers = {
  readonly [C in HostChannel]: (request: z.output<(typeof hostContract)[C]['request']>) => Promise<HostReply<C>>;
};

const FORBIDDEN_MESSAGE = 'Dit verzoek komt niet van Tafel zelf en is geweigerd.';

/** Runs one IPC call through the checks and its handler. Exported for tests; Electron calls it via `register`. */
export async function dispatchHostCall<C extends HostChannel>(
  channel: C,
  handlers: HostHandlers,
  event: InvokeEventLike,
  args: readonly unknown[],
): Promise<HostReply<C>> {
  if (!isTrustedSender(event.senderFrame)) {
    console.warn(`ipc: refused ${channel} from a frame outside the app`);
    return fail('invalid-input', FORBIDDEN_MESSAGE);
  }
  const schemas = hostContract[channel];
  if (args.length > 1) return fail('invalid-input');
  const request = schemas.request.safeParse(args[0]);
  if (!request.success) return fail('invalid-input');
  let reply: HostResult<unknown>;
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<HostResult<unknown>>;
    reply = await handler(request.data);
  } catch (error) {
    console.error(`ipc: handler for ${channel} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
    return fail('io-error');
  }
  if (!reply.ok) return reply as HostReply<C>;
  const response = schemas.response.safeParse(reply.value);
  if (!response.success) {
    console.error(`ipc: handler for ${channel} answered outside its schema`);
    return fail('io-error');
  }
  return reply as HostReply<C>;
}

/** Registers every channel of the contract on `ipc`. */
export function registerHostHandlers(ipc: IpcMainLike, handlers: HostHandlers): void {
  for (const channel of Object.keys(hostContract) as HostChannel[]) {
    ipc.handle(channel, (event, ...args) => dispatchHostCall(channel, handlers, event, args));
  }
}
