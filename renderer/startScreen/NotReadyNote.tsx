/**
 * What a start-screen panel says while the device is not ready for cases: the vault must be
 * unlocked (or created) and the profile filled in first, both above on the same screen.
 */
import { useT } from '../i18n/useT.js';
import { useDeviceSession } from '../store/index.js';

/** True once cases can be created, joined and opened on this device. */
export function useDeviceReady(): boolean {
  return useDeviceSession((s) => s.phase === 'ready');
}

export function NotReadyNote() {
  const t = useT();
  const phase = useDeviceSession((s) => s.phase);
  const key =
    phase === 'needs-profile'
      ? 'casusbeheer.notReady.profile'
      : phase === 'failed'
        ? 'casusbeheer.notReady.failed'
        : phase === 'loading'
          ? 'casusbeheer.notReady.loading'
          : 'casusbeheer.notReady.vault';
  return (
    <div className="utrecht-alert utrecht-alert--info" role="note">
      <p className="utrecht-paragraph">{t(key)}</p>
    </div>
  );
}
