/**
 * Keeps an audience's newcomers supplied and its leavers out: whenever the relay's device list
 * changes or a device's claim or an audience key is added to the document (by a peer or by this
 * device), this device first rotates each of its audiences whose current key a device that left
 * it holds (removed from the case, or now claiming another organisation: `rotateForLeavers`),
 * then wraps the audience keys it holds for members that have none yet. Runs one pass at a time; a failure is reported, never
 * swallowed, and the next change tries again.
 */
import type { DeviceInfo } from '../protocol/messages.js';
import { annotatieSleutelMap } from '../model/index.js';
import type { AnnotatieKeyring } from './audienceKeys.js';

/** The part of a CaseSession the watcher listens to. */
export interface DeviceEvents {
  on(name: 'devices', f: (devices: readonly DeviceInfo[]) => void): void;
  off(name: 'devices', f: (devices: readonly DeviceInfo[]) => void): void;
}

/** Starts granting; resolves nothing, returns the stop function. `onError` gets failures (no content). */
export function autoGrant(
  keyring: AnnotatieKeyring,
  doc: Parameters<typeof annotatieSleutelMap>[0],
  session: DeviceEvents,
  onError: (error: unknown) => void,
): () => void {
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
  // Local changes too: a key this device just made (its own first thread for an audience) must
  // reach members whose claims arrived before it; a pass that finds nothing to do writes nothing.
  const onMap = (): void => pass();
  session.on('devices', onDevices);
  map.observeDeep(onMap);
  pass();
  return () => {
    session.off('devices', onDevices);
    map.unobserveDeep(onMap);
  };
}
