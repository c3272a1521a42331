/**
 * Keeps an audience's newcomers supplied and its leavers out: whenever the relay's device list
 * changes or a device's claim or a new audience key arrives in the document, this device first
 * rotates each of its audiences whose current key a device that left it holds (removed from the
 * case, or now claiming another organisation: `rotateForLeavers`), then wraps the audience keys it
 * holds for members that have none yet. Runs one pass at a time; a failure is reported, never
 * swallowed, and the next change tries again.
 */
import type { DeviceInfo } from '../protocol/messages.js';
import { annotatieSleutelMap } from '../model/index.js';
import type { AnnotationKeyring } from './audienceKeys.js';

/** The part of a CaseSession the watcher listens to. */
export interface DeviceEvents {
  on(name: 'devices', f: (devices: readonly DeviceInfo[]) => void): void;
  off(name: 'devices', f: (devices: readonly DeviceInfo[]) => void): void;
}

/** Starts granting; resolves nothing, returns the stop function. `onError` gets failures (no content). */
export function autoGrant(keyring: AnnotationKeyring, doc: Parameters<typeof annotatieSleutelMap>[0], session: DeviceEvents, onError: (error: unknown) => void): () => void {
  let running: Promise<void> = Promise.resolve();
  let again = false;
  let busy = false;
  const pass = (): void => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    running = running
      .then(async () => {
        do {
          again = false;
          await keyring.rotateForLeavers();
          await keyring.grantPending();
        } while (again);
      })
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  };
  const map = annotatieSleutelMap(doc);
  const onDevices = (): void => pass();
  const onMap = (_events: unknown, transaction: { local: boolean }): void => {
    if (!transaction.local) pass();
  };
  session.on('devices', onDevices);
  map.observeDeep(onMap);
  pass();
  return () => {
    session.off('devices', onDevices);
    map.unobserveDeep(onMap);
  };
}
