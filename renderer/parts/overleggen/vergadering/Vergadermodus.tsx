/**
 * Vergadermodus: the chair works from the agenda, one item on screen with what belongs to it
 * (AgendapuntInhoud), then "Afronden" (open proposals, verslag and Vaststellen). Previous and next by button or
 * Alt+PageUp / Alt+PageDown. The chair's item travels through presence (encrypted awareness), so an
 * expert can follow it ("Volg de voorzitter") or look around on their own; following never moves
 * their focus (a screen reader hears the new item through a polite live region).
 */
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT.js';
import { announceAgendapunt, useVoorzitterAgendapunt } from '../../../workspace/awareness.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { Agenda } from '../Agenda.js';
import { useIsVoorzitter } from '../leiding.js';
import { Vaststellen } from '../Vaststellen.js';
import { Verslag } from '../Verslag.js';
import type { OverlegKern } from '../overlegKern.js';
import { AgendapuntInhoud } from './AgendapuntInhoud.js';
import { OpenVoorstellen } from '../../voorstellen/OpenVoorstellen.js';

export function Vergadermodus({ overleg }: { readonly overleg: OverlegKern }) {
  const t = useT();
  const { awareness } = useWorkspace();
  const voorzitter = useIsVoorzitter();
  const kopId = useId();
  const kop = useRef<HTMLHeadingElement>(null);
  const agenda = overleg.agenda;
  // The steps: each agenda item, then "Afronden" (open proposals, verslag and Vaststellen).
  const laatste = agenda.length;
  const [eigenIndex, setEigenIndex] = useState(0);
  const [volgen, setVolgen] = useState(!voorzitter);
  const vanVoorzitter = useVoorzitterAgendapunt(awareness, overleg.id);
  const volgt = !voorzitter && volgen && vanVoorzitter !== null;
  const index = Math.min(volgt ? vanVoorzitter : eigenIndex, laatste);

  // The chair's item goes out to the others; nobody else's does.
  useEffect(() => {
    if (!voorzitter) return;
    announceAgendapunt(awareness, { overlegId: overleg.id, index });
    return () => announceAgendapunt(awareness, null);
  }, [voorzitter, awareness, overleg.id, index]);

  const gaNaar = (nieuw: number): void => {
    const doel = Math.max(0, Math.min(laatste, nieuw));
    if (!voorzitter) setVolgen(false);
    setEigenIndex(doel);
    // The user moved: their focus goes with them, to the item's heading.
    requestAnimationFrame(() => {
      kop.current?.focus({ preventScroll: true });
      kop.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
    });
  };
  const onKey = useEffectEvent((event: KeyboardEvent): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'PageDown') gaNaar(index + 1);
    else if (event.key === 'PageUp') gaNaar(index - 1);
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const luister = (event: KeyboardEvent): void => onKey(event);
    document.addEventListener('keydown', luister);
    return () => document.removeEventListener('keydown', luister);
  }, []);

  const titel = index < laatste ? (agenda[index] ?? '') : t('overleggen.vergadering.afronden');
  const stap = index < laatste ? t('overleggen.vergadering.punt', { nummer: index + 1, aantal: laatste }) : t('overleggen.vergadering.slot');
  return (
    <div className="tafel-vergadermodus">
      <nav className="tafel-vergadermodus__agenda" aria-label={t('overleggen.vergadering.agendaNav')}>
        <ol className="tafel-vergadermodus__stappen">
          {[...agenda, t('overleggen.vergadering.afronden')].map((punt, i) => (
            <li key={`${i}-${punt}`}>
              <button
                type="button"
                className="tafel-vergadermodus__stap"
                aria-current={i === index ? 'step' : undefined}
                data-voorzitter={i === vanVoorzitter && !voorzitter ? 'true' : undefined}
                onClick={() => gaNaar(i)}
              >
                {punt}
                {i === vanVoorzitter && !voorzitter && <span className="tafel-vergadermodus__hier"> ({t('overleggen.vergadering.voorzitterHier')})</span>}
              </button>
            </li>
          ))}
        </ol>
        {/* The agenda grows during the meeting: add an item without leaving the one on screen. */}
        <Agenda overlegId={overleg.id} agenda={agenda} alleenToevoegen />
        {!voorzitter && vanVoorzitter !== null && (
          <div className="utrecht-form-field utrecht-form-field--checkbox tafel-vergadermodus__volg">
            <div className="utrecht-form-field__input">
              <input id={`${kopId}-volg`} type="checkbox" className="utrecht-checkbox" checked={volgen} onChange={(e) => setVolgen(e.target.checked)} />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${kopId}-volg`}>
                {t('overleggen.vergadering.volg')}
              </label>
            </div>
          </div>
        )}
      </nav>
      <section className="tafel-vergadermodus__punt" aria-labelledby={kopId}>
        <p className="utrecht-paragraph tafel-vergadermodus__stapnaam">{stap}</p>
        <h4 id={kopId} ref={kop} tabIndex={-1} className="utrecht-heading-4 tafel-vergadermodus__titel">
          {titel}
        </h4>
        {/* Following the chair: said politely, focus stays where the user is working. */}
        <p className="tafel-visually-hidden" aria-live="polite">
          {volgt ? t('overleggen.vergadering.gevolgd', { punt: titel }) : ''}
        </p>
        <div className="tafel-vergadermodus__knoppen">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-keyshortcuts="Alt+PageUp"
            disabled={index === 0}
            onClick={() => gaNaar(index - 1)}
          >
            {t('overleggen.vergadering.vorige')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            aria-keyshortcuts="Alt+PageDown"
            disabled={index === laatste}
            onClick={() => gaNaar(index + 1)}
          >
            {t('overleggen.vergadering.volgende')}
          </button>
          <span className="tafel-item__kenmerken">{t('overleggen.vergadering.toetsen')}</span>
        </div>
        {agenda.length === 0 && (
          <div className="utrecht-alert utrecht-alert--info">
            <p className="utrecht-paragraph">{t('overleggen.vergadering.geenAgenda')}</p>
          </div>
        )}
        {index < laatste ? (
          <AgendapuntInhoud key={index} overleg={overleg} tekst={agenda[index] ?? ''} />
        ) : (
          <>
            <OpenVoorstellen />
            <Verslag overlegId={overleg.id} />
            <Vaststellen overlegId={overleg.id} />
          </>
        )}
      </section>
    </div>
  );
}
