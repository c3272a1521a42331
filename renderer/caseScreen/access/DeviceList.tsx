/**
 * The case's devices for the chair: newcomers waiting for approval (with the safety code to
 * compare before "Toelaten") and members (with "Verwijderen", which moves the case to a new key and
 * which the relay enforces at once). Devices come from the signed membership log; a device only the
 * server names as waiting (its join did not verify) is shown as not checkable, with the code its
 * claimed keys give — it will not match the newcomer's — and cannot be admitted.
 */
import { useEffect, useRef, useState } from 'react';
import { approveDevice, removeDevice, safetyCodesFor, type SafetyCodeCandidate } from '../../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../../shared/sync/session/caseSession.js';
import type { DeviceInfo } from '../../../shared/protocol/messages.js';
import { unverifiedDevices } from '../../../shared/sync/membership/memberList.js';
import { useT } from '../../i18n/useT.js';
import { useSessionDevices } from './useSessionInfo.js';
import { markeerVertrokken } from '../../session/caseIdentity.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { brengInBeeld } from '../../session/naarDoel.js';

/**
 * Who waits to be admitted: first in the dialog. When someone starts waiting while the dialog is
 * open (the chair just sent an invite), the list is brought into view and focus moves there, so
 * the chair does not have to find them below the invite form.
 */
export function PendingDevices({ session }: { readonly session: CaseSession }) {
  const t = useT();
  const devices = useSessionDevices(session);
  const signed = devices.filter((d) => d.status === 'pending');
  const pending = [...signed, ...unverifiedDevices(session.log, session.relayDevices).filter((d) => d.status === 'pending')];
  const heading = useRef<HTMLHeadingElement>(null);
  const eerder = useRef(pending.length);
  useEffect(() => {
    if (pending.length > eerder.current && heading.current !== null) brengInBeeld(heading.current);
    eerder.current = pending.length;
  }, [pending.length]);
  return (
    <section aria-labelledby="pending-heading" className="tafel-access__section">
      <h3 id="pending-heading" ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {t('casusbeheer.devices.pendingHeading')}
      </h3>
      {pending.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('casusbeheer.devices.noPending')}</p>
      ) : (
        <ul className="utrecht-unordered-list tafel-access__list">
          {pending.map((d) => (
            <PendingDevice key={d.id} session={session} device={d} inLog={signed.includes(d)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The member devices, with "Verwijderen". */
export function DeviceList({ session }: { readonly session: CaseSession }) {
  const t = useT();
  const devices = useSessionDevices(session);
  const members = devices.filter((d) => d.status === 'active' && d.id !== session.device.id);
  return (
    <>
      <section aria-labelledby="members-heading" className="tafel-access__section">
        <h3 id="members-heading" className="utrecht-heading-3">
          {t('casusbeheer.devices.membersHeading')}
        </h3>
        {members.length === 0 ? (
          <p className="utrecht-paragraph tafel-empty">{t('casusbeheer.devices.noMembers')}</p>
        ) : (
          <ul className="utrecht-unordered-list tafel-access__list">
            {members.map((d) => (
              <MemberDevice key={d.id} session={session} device={d} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function who(device: DeviceInfo): string {
  return device.label.organisation === '' ? device.label.name : `${device.label.name} (${device.label.organisation})`;
}

function PendingDevice({ session, device, inLog }: { readonly session: CaseSession; readonly device: DeviceInfo; readonly inLog: boolean }) {
  const t = useT();
  const [candidates, setCandidates] = useState<readonly SafetyCodeCandidate[] | null>(null);
  const [problem, setProblem] = useState(false);
  useEffect(() => {
    let live = true;
    safetyCodesFor(session, device.id).then(
      (found) => live && setCandidates(found),
      () => live && setProblem(true),
    );
    return () => {
      live = false;
    };
    // Computed again once the device's join arrives in the log (the relay may name it first).
  }, [session, device.id, inLog]);

  const approve = async (tokenHash?: string) => {
    setProblem(false);
    try {
      await approveDevice(session, device.id, tokenHash);
    } catch {
      setProblem(true);
    }
  };

  return (
    <li className="utrecht-unordered-list__item tafel-access__device">
      <span className="tafel-access__who">{who(device)}</span> · {t(`casusbeheer.invite.role.${device.role}`)}
      {candidates?.map((c) => (
        <div key={c.tokenHash} className="tafel-access__candidate">
          <p className="utrecht-paragraph">
            {t('casusbeheer.devices.compare')}{' '}
            <strong className="tafel-safety-code" data-testid="chair-safety-code">
              {c.code}
            </strong>
          </p>
          {c.verified ? (
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void approve(c.tokenHash)}>
              {t('casusbeheer.devices.approve', { name: device.label.name })}
            </button>
          ) : (
            <div className="utrecht-alert utrecht-alert--warning" role="alert">
              <p className="utrecht-paragraph">{t('casusbeheer.devices.unverified')}</p>
            </div>
          )}
        </div>
      ))}
      {candidates !== null && candidates.length === 0 && <p className="utrecht-paragraph">{t('casusbeheer.devices.noCode')}</p>}
      {problem && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('casusbeheer.devices.failed')}</p>
        </div>
      )}
    </li>
  );
}

function MemberDevice({ session, device }: { readonly session: CaseSession; readonly device: DeviceInfo }) {
  const t = useT();
  const { model } = useWorkspace();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(false);

  const remove = async () => {
    setBusy(true);
    setProblem(false);
    try {
      await removeDevice(session, device.id);
      markeerVertrokken(
        model,
        device.label,
        session.devices.filter((d) => d.id !== device.id),
      );
    } catch {
      setProblem(true);
      setBusy(false);
    }
  };

  return (
    <li className="utrecht-unordered-list__item tafel-access__device">
      <span className="tafel-access__who">{who(device)}</span> · {t(`casusbeheer.invite.role.${device.role}`)} ·{' '}
      {t(device.online ? 'casusbeheer.devices.online' : 'casusbeheer.devices.offline')}
      {!confirming ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirming(true)}>
          {t('casusbeheer.devices.remove', { name: device.label.name })}
        </button>
      ) : (
        <div className="tafel-access__confirm" role="group" aria-label={t('casusbeheer.devices.remove', { name: device.label.name })}>
          <p className="utrecht-paragraph">{t('casusbeheer.devices.removeExplain', { name: device.label.name })}</p>
          <div className="utrecht-button-group">
            <button type="button" className="utrecht-button utrecht-button--primary-action" aria-busy={busy || undefined} onClick={() => void remove()}>
              {t('casusbeheer.devices.removeConfirm', { name: device.label.name })}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirming(false)}>
              {t('casusbeheer.devices.cancel')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('casusbeheer.devices.failed')}</p>
        </div>
      )}
    </li>
  );
}
