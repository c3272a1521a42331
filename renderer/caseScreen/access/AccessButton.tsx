/**
 * "Deelnemers en toegang" in the workspace bar, for the chair (relay role admin) only: a dialog
 * with invites, newcomers to admit, members to remove, and the access log.
 */
import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useOpenSession } from '../../store/index.js';
import '../../styles/parts/casusbeheer.css';
import { AccessLog } from './AccessLog.js';
import { DeviceList, PendingDevices } from './DeviceList.js';
import { InviteForm } from './InviteForm.js';
import { useSessionRole, useWachtenden } from './useSessionInfo.js';

export function AccessButton() {
  const t = useT();
  const session = useOpenSession((s) => s.session);
  const role = useSessionRole(session);
  const wachtend = useWachtenden(session);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // A case only on this device has nobody to invite (yet).
  if (session === null || session.isLocalCase || role !== 'admin') return null;

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
    // Someone waiting is what the chair came for: the dialog opens on them.
    if (wachtend > 0) requestAnimationFrame(() => document.getElementById('pending-heading')?.focus());
  };
  const hide = () => dialog.current?.close();

  return (
    <>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-haspopup="dialog" onClick={show}>
        {wachtend > 0 ? t('casusbeheer.access.openWachtend', { aantal: wachtend }) : t('casusbeheer.access.open')}
      </button>
      <dialog ref={dialog} className="tafel-access" aria-labelledby="access-heading" onClose={() => setOpen(false)}>
        <div className="tafel-access__head">
          <h2 id="access-heading" className="utrecht-heading-2">
            {t('casusbeheer.access.heading')}
          </h2>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={hide}>
            {t('panel.close')}
          </button>
        </div>
        {open && (
          <>
            <PendingDevices session={session} />
            <InviteForm session={session} />
            <DeviceList session={session} />
            <AccessLog session={session} />
          </>
        )}
      </dialog>
    </>
  );
}
