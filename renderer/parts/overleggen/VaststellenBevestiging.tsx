/**
 * The confirmation before "Vaststellen": what will be frozen, and first the checklist of what is
 * still open (shared/export openPunten.ts) with a link to each item. With nothing open the chair
 * confirms; with items open the chair settles them (a link closes the dialog and brings the item
 * into view) or agrees anyway with a written reason, which the version records. A native modal
 * <dialog> (as "Deelnemers en toegang"): focus moves in, Escape cancels, the rest of the page is
 * inert; focus goes back to the Vaststellen button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { OpenPunt } from '../../../shared/export/index.js';
import type { MessageKey, Translate } from '../../../shared/i18n/i18n.js';
import { useT } from '../../i18n/useT.js';
import type { VaststellenOverzicht } from './vaststellenOverzicht.js';

interface Props {
  /** Shown as a modal while true; the parent sets it back to false in `onGesloten`. */
  readonly open: boolean;
  readonly overzicht: VaststellenOverzicht;
  /** What is still open, kind by kind (read when the dialog opened). */
  readonly openPunten: readonly OpenPunt[];
  /** Confirmed; `reden` is the chair's reason when items were open. */
  onBevestigd(reden: string | undefined): void;
  /** Go and settle an open item: the dialog closes first. */
  onNaarPunt(punt: OpenPunt): void;
  /** Called after the dialog closed, however (confirmed, Terug, a link or Escape): to give focus back. */
  onGesloten(): void;
}

/** The words for each kind of open item (and its detail); a kind added later reads as "Nog open: …" until it has its own. */
const WOORDEN: Readonly<Record<string, MessageKey>> = {
  'open_draad.vraag': 'overleggen.vaststellen.open.open_draad.vraag',
  'open_draad.bezwaar': 'overleggen.vaststellen.open.open_draad.bezwaar',
  'open_draad.correctie': 'overleggen.vaststellen.open.open_draad.correctie',
  'open_voorstel.een': 'overleggen.vaststellen.open.open_voorstel.een',
  'open_voorstel.meer': 'overleggen.vaststellen.open.open_voorstel.meer',
  'concept.analyse': 'overleggen.vaststellen.open.concept.analyse',
  'concept.plan': 'overleggen.vaststellen.open.concept.plan',
  gezin_niet_geinformeerd: 'overleggen.vaststellen.open.gezin_niet_geinformeerd',
  'te_laat.afspraak': 'overleggen.vaststellen.open.te_laat.afspraak',
  'te_laat.actiepunt': 'overleggen.vaststellen.open.te_laat.actiepunt',
  vertrouwelijkheid: 'overleggen.vaststellen.open.vertrouwelijkheid',
};

/** One open item in the interface language (its kind and detail pick the words). */
export function openPuntTekst(t: Translate, p: OpenPunt): string {
  const sleutel = WOORDEN[p.detail === undefined ? p.soort : `${p.soort}.${p.detail}`] ?? WOORDEN[p.soort];
  // Each of these messages takes {naam} or nothing; an unused parameter is ignored.
  const met = t as (key: MessageKey, params: { readonly naam: string }) => string;
  return sleutel === undefined ? t('overleggen.vaststellen.open.anders', { naam: p.naam }) : met(sleutel, { naam: p.naam });
}

export function VaststellenBevestiging({ open, overzicht, openPunten, onBevestigd, onNaarPunt, onGesloten }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const terug = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const beschrijvingId = useId();
  const redenId = useId();
  const redenFoutId = useId();
  const [reden, setReden] = useState('');
  const [zonderReden, setZonderReden] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (d === null || !open || d.open) return;
    setReden('');
    setZonderReden(false);
    d.showModal();
    // The safe choice has focus first: freezing cannot be undone, only withdrawn.
    terug.current?.focus();
  }, [open]);
  const metOpenPunten = openPunten.length > 0;
  const bevestig = (): void => {
    if (metOpenPunten && reden.trim() === '') {
      setZonderReden(true);
      document.getElementById(redenId)?.focus();
      return;
    }
    dialog.current?.close();
    onBevestigd(metOpenPunten ? reden.trim() : undefined);
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
        {overzicht.aanwezigen.length === 0 && (
          <div className="utrecht-alert utrecht-alert--warning">
            <p className="utrecht-paragraph">{t('overleggen.vaststellen.bevestig.niemand')}</p>
          </div>
        )}
        {metOpenPunten ? (
          <div className="utrecht-alert utrecht-alert--warning tafel-bevestiging__open">
            <p className="utrecht-paragraph">{t('overleggen.vaststellen.bevestig.open', { aantal: openPunten.length })}</p>
            <ul className="utrecht-unordered-list" aria-label={t('overleggen.vaststellen.bevestig.open', { aantal: openPunten.length })}>
              {openPunten.map((p, i) => (
                <li key={`${p.soort}-${p.doelId}-${i}`} data-soort={p.soort}>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle tafel-bevestiging__link"
                    onClick={() => {
                      dialog.current?.close();
                      onNaarPunt(p);
                    }}
                  >
                    {openPuntTekst(t, p)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="utrecht-paragraph tafel-bevestiging__niets-open">{t('overleggen.vaststellen.bevestig.geenOpen')}</p>
        )}
      </div>
      {metOpenPunten && (
        <div className={`utrecht-form-field tafel-field${zonderReden ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={redenId}>
              {t('overleggen.vaststellen.bevestig.reden')}
            </label>
          </div>
          <p className="utrecht-form-field-description">{t('overleggen.vaststellen.bevestig.redenUitleg')}</p>
          {zonderReden && (
            <p id={redenFoutId} className="utrecht-form-field-error-message" role="alert">
              {t('overleggen.fout.toch_reden_ontbreekt')}
            </p>
          )}
          <div className="utrecht-form-field__input">
            <textarea
              id={redenId}
              className="utrecht-textarea tafel-field__textarea"
              rows={3}
              value={reden}
              aria-invalid={zonderReden || undefined}
              aria-describedby={zonderReden ? redenFoutId : undefined}
              onChange={(e) => setReden(e.target.value)}
            />
          </div>
        </div>
      )}
      <div className="utrecht-button-group tafel-bevestiging__knoppen">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={bevestig}>
          {metOpenPunten ? t('overleggen.vaststellen.bevestig.toch') : t('overleggen.vaststellen.bevestig.ja')}
        </button>
        <button ref={terug} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => dialog.current?.close()}>
          {t('overleggen.vaststellen.bevestig.terug')}
        </button>
      </div>
    </dialog>
  );
}
