/**
 * The open case's security notices as the workspace reads them: the alarms the user has not seen
 * (those kept from earlier visits, and new ones as the session raises them) and how the connection
 * to the server is protected. "Gezien" marks them seen on this device.
 */
import { transportProtection } from '../../shared/host/relayUrl.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { SyncClient } from '../../shared/sync/session/syncClient.js';
import type { SecuritySource, SecurityView } from '../workspace/workspaceContext.js';

/** Follows a session's alarms (stable snapshot between changes, as useSyncExternalStore needs). */
export function sessionSecuritySource(session: CaseSession, client: SyncClient): SecuritySource {
  const relayUrl = session.options.relayUrl;
  const transport: SecurityView['transport'] = relayUrl === null ? 'none' : transportProtection(relayUrl);
  const nameOf = (device: string) => session.log.members.get(device as never)?.label.name;
  let alarms: SecurityAlarm[] = [];
  let view: SecurityView = { alarms, transport, nameOf };
  const listeners = new Set<() => void>();
  const publish = (next: SecurityAlarm[]) => {
    alarms = next;
    view = { alarms, transport, nameOf };
    for (const l of listeners) l();
  };
  session.on('alarm', (alarm) => publish([...alarms, alarm]));
  client.unseenAlarms(session.room).then(
    (stored) => publish([...stored.filter((s) => !alarms.some((a) => a.at === s.at && a.kind === s.kind)), ...alarms]),
    () => undefined,
  );
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => view,
    dismiss() {
      const last = alarms.at(-1)?.at ?? Date.now();
      publish([]);
      void client.markAlarmsSeen(session.room, last);
    },
  };
}
