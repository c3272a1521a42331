/** The context a case key is wrapped under: room, epoch and recipient device, bound into the wrap. */
import { utf8 } from '../../crypto/index.js';
import type { DeviceId, RoomId } from '../../protocol/ids.js';

/** Associated data for wrapping the case key of `epoch` in `room` for `device`. */
export function caseKeyContext(room: RoomId, epoch: number, device: DeviceId): Uint8Array {
  return utf8(`tafel/case-key/v1|${room}|${epoch}|${device}`);
}
