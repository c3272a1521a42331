/** The open session's role and devices, re-read when the session reports a change. */
import { useCallback, useSyncExternalStore } from 'react';
import type { CaseSession } from '../../../shared/sync/session/caseSession.js';
import type { DeviceInfo } from '../../../shared/protocol/messages.js';
import type { Role } from '../../../shared/protocol/roles.js';

export function useSessionRole(session: CaseSession | null): Role | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (session === null) return () => undefined;
      session.on('status', onChange);
      return () => session.off('status', onChange);
    },
    [session],
  );
  return useSyncExternalStore(subscribe, () => session?.role);
}

export function useSessionDevices(session: CaseSession): readonly DeviceInfo[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      session.on('devices', onChange);
      return () => session.off('devices', onChange);
    },
    [session],
  );
  return useSyncExternalStore(subscribe, () => session.devices);
}

/** How many devices wait for the chair's admission (0 without a session). */
export function useWachtenden(session: CaseSession | null): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (session === null) return () => undefined;
      session.on('devices', onChange);
      return () => session.off('devices', onChange);
    },
    [session],
  );
  return useSyncExternalStore(subscribe, () => session?.devices.filter((d) => d.status === 'pending').length ?? 0);
}
