/**
 * One profile explained where it is chosen: what it is, what it means for the approach, and its
 * typical indicators, each offered with one action to add it (as "onbekend": the team still
 * records whether it is present and on what evidence). Open by itself for the primary and
 * secondary profiles; the texts come from the region's guide (shared/profielen/profielGids.ts).
 */
import { useId, useState } from 'react';
import type { Profiel, ProfielStand } from '../../../shared/model/index.js';
import type { Write } from '../../editors/fields/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { profielNaam } from './options.js';
import { useProfielGids } from './useProfielToets.js';

interface Props {
  readonly profiel: Profiel;
  readonly stand: ProfielStand;
  readonly write: Write;
}

const gelijk = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

export function ProfielUitleg({ profiel, stand, write }: Props) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const gids = useProfielGids();
  const indicatoren = useCollection('indicatoren');
  const [toegevoegd, setToegevoegd] = useState('');
  const aanpakId = useId();
  const indicatorenId = useId();
  const uitleg = gids.profielen[profiel];
  const naam = profielNaam(t, profiel);
  const gekozen = stand === 'primair' || stand === 'secundair';
  const bestaat = (indicator: string): boolean => indicatoren.some((i) => i.profiel === profiel && gelijk(i.indicator, indicator));
  const voegToe = (indicator: string): void => {
    write(() => model.indicatoren.add({ profiel, indicator, aanwezig: 'onbekend' }));
    setToegevoegd(t('gezinsprofiel.uitleg.toegevoegd', { indicator, profiel: naam }));
  };
  return (
    // Remounted when the stand changes, so choosing a profile opens its explanation.
    <details key={stand} className="tafel-profiel__gids" open={gekozen || undefined} data-doel={profiel}>
      <summary>{t('gezinsprofiel.uitleg.over', { profiel: naam })}</summary>
      <p className="utrecht-paragraph">{uitleg.beschrijving}</p>
      <h5 id={aanpakId} className="utrecht-heading-5">
        {t('gezinsprofiel.uitleg.aanpak')}
      </h5>
      <ul className="utrecht-unordered-list" aria-labelledby={aanpakId}>
        {uitleg.aanpak.map((punt) => (
          <li key={punt}>{punt}</li>
        ))}
      </ul>
      <h5 id={indicatorenId} className="utrecht-heading-5">
        {t('gezinsprofiel.uitleg.indicatoren')}
      </h5>
      {canEdit && <p className="utrecht-paragraph tafel-profiel__uitleg">{t('gezinsprofiel.uitleg.indicatorenUitleg')}</p>}
      <ul className="tafel-profiel__suggesties" aria-labelledby={indicatorenId}>
        {uitleg.indicatoren.map((indicator) => (
          <li key={indicator}>
            <span>{indicator}</span>
            {bestaat(indicator) ? (
              <span className="tafel-profiel__al"> — {t('gezinsprofiel.uitleg.alToegevoegd')}</span>
            ) : (
              canEdit && (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle tafel-profiel__voeg-toe"
                  aria-label={t('gezinsprofiel.uitleg.toevoegenLabel', { indicator, profiel: naam })}
                  onClick={() => voegToe(indicator)}
                >
                  {t('gezinsprofiel.uitleg.toevoegen')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph tafel-profiel__status" role="status">
        {toegevoegd}
      </p>
      <p className="utrecht-paragraph tafel-profiel__bron">{t('gezinsprofiel.uitleg.bron')}</p>
    </details>
  );
}
