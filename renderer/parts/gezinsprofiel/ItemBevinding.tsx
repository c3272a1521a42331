/**
 * Where people write — under an afspraak, actiepunt, besluit or hulpverlening — what the plan check
 * found about that item, in words; and for the chair, recording a reasoned exception (a besluit,
 * afwijking.ts). Nothing shows for an item the check has nothing to say about.
 */
import { useId, useState } from 'react';
import type { ToetsBevinding } from '../../../shared/profielen/index.js';
import { useWrite, WriteError } from '../../editors/fields/index.js';
import { vandaag } from '../../i18n/dagen.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useIsVoorzitter } from '../overleggen/leiding.js';
import { legAfwijkingVast } from './afwijking.js';
import { BevindingTekst, bevindingKop } from './BevindingTekst.js';
import { useBevindingenVoor, useProfielGids } from './useProfielToets.js';
import '../../styles/parts/gezinsprofiel.css';

export function ItemBevinding({ doelId }: { readonly doelId: string }) {
  const bevindingen = useBevindingenVoor(doelId);
  const gids = useProfielGids();
  if (bevindingen.length === 0) return null;
  return (
    <>
      {bevindingen.map((b) => (
        <Bevinding key={b.regel} bevinding={b} gids={gids} />
      ))}
    </>
  );
}

function Bevinding({ bevinding: b, gids }: { readonly bevinding: ToetsBevinding; readonly gids: ReturnType<typeof useProfielGids> }) {
  const t = useT();
  const open = b.uitzondering === undefined;
  return (
    <div
      className={`utrecht-alert tafel-toets__item ${open ? 'utrecht-alert--warning' : 'utrecht-alert--info tafel-toets__item--afwijking'}`}
      role="note"
      aria-label={bevindingKop(t, b, gids)}
      data-regel={b.regel}
    >
      <BevindingTekst bevinding={b} gids={gids} />
      {open && <Afwijking bevinding={b} />}
    </div>
  );
}

function Afwijking({ bevinding }: { readonly bevinding: ToetsBevinding }) {
  const t = useT();
  const { model, canEdit, viewer } = useWorkspace();
  const voorzitter = useIsVoorzitter();
  const { write, error } = useWrite();
  const [reden, setReden] = useState('');
  const [leeg, setLeeg] = useState(false);
  const redenId = useId();
  const foutId = useId();
  if (!canEdit) return null;
  if (!voorzitter) return <p className="utrecht-paragraph tafel-toets__voorzitter">{t('gezinsprofiel.toets.afwijking.alleenVoorzitter')}</p>;
  const opslaan = (): void => {
    if (reden.trim() === '') {
      setLeeg(true);
      document.getElementById(redenId)?.focus();
      return;
    }
    if (write(() => legAfwijkingVast(model, bevinding, reden, vandaag(), viewer.deelnemerId))) setReden('');
  };
  return (
    <details className="tafel-toets__afwijken">
      <summary>{t('gezinsprofiel.toets.afwijking.open')}</summary>
      <p className="utrecht-paragraph">{t('gezinsprofiel.toets.afwijking.uitleg')}</p>
      <div className={`utrecht-form-field tafel-field${leeg ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={redenId}>
            {t('gezinsprofiel.toets.afwijking.reden')}
          </label>
        </div>
        {leeg && (
          <p id={foutId} className="utrecht-form-field-error-message" role="alert">
            {t('gezinsprofiel.toets.afwijking.leeg')}
          </p>
        )}
        <div className="utrecht-form-field__input">
          <textarea
            id={redenId}
            className="utrecht-textarea tafel-field__textarea"
            rows={2}
            value={reden}
            aria-invalid={leeg || undefined}
            aria-describedby={leeg ? foutId : undefined}
            onChange={(e) => {
              setReden(e.target.value);
              setLeeg(false);
            }}
          />
        </div>
      </div>
      <WriteError error={error} />
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={opslaan}>
        {t('gezinsprofiel.toets.afwijking.opslaan')}
      </button>
    </details>
  );
}
