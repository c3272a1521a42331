/**
 * The confirmation before "Vaststellen": what will be frozen and, when attendance is incomplete,
 * who at the table has not acknowledged confidentiality and what that means. The chair decides:
 * agree anyway or go back. A native modal <dialog> (as "Deelnemers en toegang"): focus moves in,
 * Escape cancels, the rest of the page is inert; focus goes back to the Vaststellen button.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useT.js';
import type { Namen } from './names.js';
import { aanwezigheidOnvolledig, type VaststellenOverzicht } from './vaststellenOverzicht.js';
import { OpenVoorstellenWaarschuwing } from '../voorstellen/OpenVoorstellenWaarschuwing.js';

interface Props {
  /** Shown as a modal while true; the parent sets it back to false in `onGesloten`. */
  readonly open: boolean;
  readonly overzicht: VaststellenOverzicht;
  readonly namen: Namen;
  onBevestigd(): void;
  /** Called after the dialog closed, however (confirmed, Terug or Escape): to give focus back. */
  onGesloten(): void;
}

export function VaststellenBevestiging({ open, overzicht, namen, onBevestigd, onGesloten }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const terug = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const beschrijvingId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d === null || !open || d.open) return;
    d.showModal();
    // The safe choice has focus first: freezing cannot be undone, only withdrawn.
    terug.current?.focus();
  }, [open]);
  const onvolledig = aanwezigheidOnvolledig(overzicht);
  const wie = (id: string): string => {
    const organisatieId = namen.organisatieVan(id);
    return organisatieId === undefined
      ? namen.persoon(id)
      : t('overleggen.vaststellen.bevestig.persoonBij', { naam: namen.persoon(id), organisatie: namen.organisatie(organisatieId) });
  };
  return (
    <dialog ref={dialog} className="tafel-bevestiging" aria-labelledby={headingId} aria-describedby={beschrijvingId} onClose={onGesloten}>
      <h2 id={headingId} className="utrecht-heading-2">
        {t('overleggen.vaststellen.bevestig.heading')}
      </h2>
      <div id={beschrijvingId}>
        <p className="utrecht-paragraph">{t('overleggen.vaststellen.bevestig.uitleg')}</p>
        <dl className="tafel-overleg__velden">
          {(
            [
              ['besluiten', overzicht.besluiten],
              ['actiepunten', overzicht.actiepunten],
              ['terugblik', overzicht.terugblik],
              ['aanwezigen', overzicht.aanwezigen.length],
            ] as const
          ).map(([wat, aantal]) => (
            <div key={wat}>
              <dt>{t(`overleggen.vaststellen.bevestig.${wat}`)}</dt>
              <dd>{aantal}</dd>
            </div>
          ))}
        </dl>
        {onvolledig && (
          <div className="utrecht-alert utrecht-alert--warning">
            {overzicht.aanwezigen.length === 0 ? (
              <p className="utrecht-paragraph">{t('overleggen.vaststellen.bevestig.niemand')}</p>
            ) : (
              <>
                <p className="utrecht-paragraph">{t('overleggen.vaststellen.bevestig.zonder')}</p>
                <ul className="utrecht-unordered-list">
                  {overzicht.zonderVertrouwelijkheid.map((id) => (
                    <li key={id}>{wie(id)}</li>
                  ))}
                </ul>
                <p className="utrecht-paragraph">{t('overleggen.vaststellen.bevestig.gevolg')}</p>
              </>
            )}
          </div>
        )}
        <OpenVoorstellenWaarschuwing />
      </div>
      <div className="utrecht-button-group tafel-bevestiging__knoppen">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => {
            dialog.current?.close();
            onBevestigd();
          }}
        >
          {onvolledig ? t('overleggen.vaststellen.bevestig.toch') : t('overleggen.vaststellen.bevestig.ja')}
        </button>
        <button ref={terug} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => dialog.current?.close()}>
          {t('overleggen.vaststellen.bevestig.terug')}
        </button>
      </div>
    </dialog>
  );
}
