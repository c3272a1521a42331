/**
 * One finding of the plan check in words: which item, what does not fit which profile, where it
 * was found, why, and what fits instead; and the exception when the table recorded one.
 */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { ProfielGids, ToetsBevinding } from '../../../shared/profielen/index.js';
import { useT } from '../../i18n/useT.js';
import { profielNaam } from './options.js';

/** The finding in one sentence in the interface language (the rule's title comes from the region's guide). */
export function bevindingKop(t: Translate, b: ToetsBevinding, gids: ProfielGids): string {
  const profiel = profielNaam(t, b.profiel);
  if (b.soort === 'profiel') {
    return b.onbekend > 0 ? t('gezinsprofiel.toets.secundairOnbekend', { profiel, aantal: b.onbekend }) : t('gezinsprofiel.toets.secundairLeeg', { profiel });
  }
  const soort = t(`gezinsprofiel.toets.soort.${b.soort}`);
  const titel = gids.regels[b.regel].titel;
  return b.regel === 'mediation_zonder_uitsluiting'
    ? t('gezinsprofiel.toets.itemScheiding', { soort, naam: b.naam, titel })
    : t('gezinsprofiel.toets.item', { soort, naam: b.naam, titel, profiel });
}

interface Props {
  readonly bevinding: ToetsBevinding;
  readonly gids: ProfielGids;
  /** Leave out the first sentence (when the item itself is right above). */
  readonly zonderKop?: boolean;
}

export function BevindingTekst({ bevinding: b, gids, zonderKop = false }: Props) {
  const t = useT();
  const regel = gids.regels[b.regel];
  return (
    <>
      {!zonderKop && (
        <p className="utrecht-paragraph tafel-toets__kop">
          <strong>{bevindingKop(t, b, gids)}</strong>
        </p>
      )}
      {b.soort !== 'profiel' && (
        <p className="utrecht-paragraph tafel-toets__gevonden">
          {b.gemarkeerd
            ? t('gezinsprofiel.toets.gemarkeerd', { vorm: t(`gezinsprofiel.contactvorm.${b.gevonden as 'mediation'}`) })
            : t('gezinsprofiel.toets.gevonden', { zin: b.gevonden })}
        </p>
      )}
      <dl className="tafel-toets__uitleg">
        <dt>{t('gezinsprofiel.toets.waarom')}</dt>
        <dd>{regel.waarom}</dd>
        <dt>{t('gezinsprofiel.toets.inPlaats')}</dt>
        <dd>{regel.inPlaatsDaarvan}</dd>
      </dl>
      {b.uitzondering !== undefined && (
        <p className="utrecht-paragraph tafel-toets__afwijking">{t('gezinsprofiel.toets.afwijking.vastgelegd', { reden: b.uitzondering.reden })}</p>
      )}
    </>
  );
}
