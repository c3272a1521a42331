/**
 * The plan check at a glance: on the Gezinsprofiel every finding, on the Veiligheidsplan and in the
 * Overleg the profile's accent (which profile, what it means for the approach) and the findings
 * about what is written there. Findings the table has recorded an exception for are listed as
 * such; the open ones are what the vaststellen checklist names too (shared/export/openPunten.ts).
 */
import { useId } from 'react';
import { PROFIELEN, type CaseModel } from '../../../shared/model/index.js';
import type { ToetsSoort } from '../../../shared/profielen/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart } from '../../workspace/workspaceContext.js';
import { BevindingTekst, bevindingKop } from './BevindingTekst.js';
import { profielNaam } from './options.js';
import { useProfielGids, useProfielToets } from './useProfielToets.js';
import '../../styles/parts/gezinsprofiel.css';

interface Props {
  /** Which findings to show (all when absent). */
  readonly soorten?: readonly ToetsSoort[];
  /** Show the chosen profile and what it means for the approach above the findings. */
  readonly metAccent?: boolean;
  /** One sentence per finding (the items themselves, further down, explain it in full). */
  readonly kort?: boolean;
  /** The heading's level where it stands (3 on a part, 4 inside an overleg). */
  readonly kopNiveau?: 3 | 4;
}

const readKeuze = (model: CaseModel) => {
  const { primair, oordelen } = model.gezinsprofiel.get();
  return { primair, secundair: PROFIELEN.filter((p) => oordelen[p] === 'secundair') };
};

export function ProfielToets({ soorten, metAccent = false, kort = false, kopNiveau = 3 }: Props) {
  const t = useT();
  const gids = useProfielGids();
  const keuze = usePart({ soort: 'gezinsprofiel' }, readKeuze);
  const alle = useProfielToets();
  const headingId = useId();
  const bevindingen = soorten === undefined ? alle : alle.filter((b) => soorten.includes(b.soort));
  const open = bevindingen.filter((b) => b.uitzondering === undefined);
  if (keuze.primair === undefined && bevindingen.length === 0) return null;
  const primair = keuze.primair;
  const Kop = `h${kopNiveau}` as const;
  return (
    <section className={`tafel-toets${open.length > 0 ? ' tafel-toets--open' : ''}`} aria-labelledby={headingId} data-open={open.length}>
      <Kop id={headingId} className={`utrecht-heading-${kopNiveau} tafel-toets__titel`}>
        {metAccent && primair !== undefined ? t('gezinsprofiel.accent.kop', { profiel: profielNaam(t, primair) }) : t('gezinsprofiel.toets.titel')}
      </Kop>
      {metAccent && keuze.secundair.length > 0 && (
        <p className="utrecht-paragraph">{t('gezinsprofiel.accent.ook', { profielen: keuze.secundair.map((p) => profielNaam(t, p)).join(', ') })}</p>
      )}
      {metAccent && primair !== undefined && (
        <details className="tafel-toets__aanpak">
          <summary>{t('gezinsprofiel.accent.aanpak', { profiel: profielNaam(t, primair) })}</summary>
          <ul className="utrecht-unordered-list">
            {gids.profielen[primair].aanpak.map((punt) => (
              <li key={punt}>{punt}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="utrecht-paragraph" role="status">
        {open.length > 0 ? t('gezinsprofiel.toets.aantal', { aantal: open.length }) : t('gezinsprofiel.toets.geen')}
      </p>
      {bevindingen.length > 0 && (
        <ul className="tafel-toets__lijst">
          {bevindingen.map((b) => (
            <li key={`${b.doelId}-${b.regel}`} className={b.uitzondering === undefined ? 'tafel-toets__open' : 'tafel-toets__afgewogen'}>
              {kort ? bevindingKop(t, b, gids) : <BevindingTekst bevinding={b} gids={gids} uitlegDicht />}
            </li>
          ))}
        </ul>
      )}
      {!metAccent && <p className="utrecht-paragraph tafel-profiel__regel">{t('gezinsprofiel.toets.regel')}</p>}
    </section>
  );
}
