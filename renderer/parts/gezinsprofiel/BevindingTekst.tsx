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
    if (b.onbekend + b.afwezig === 0) return t('gezinsprofiel.toets.secundairLeeg', { profiel });
    if (b.afwezig === 0) return t('gezinsprofiel.toets.secundairOnbekend', { profiel, aantal: b.onbekend });
    if (b.onbekend === 0) return t('gezinsprofiel.toets.secundairAfwezig', { profiel, aantal: b.afwezig });
    return t('gezinsprofiel.toets.secundairGeenAanwezig', { profiel, onbekend: b.onbekend, afwezig: b.afwezig });
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
  /** Why and what fits instead behind "Waarom, en wat past wel" (in an overview of many). */
  readonly uitlegDicht?: boolean;
}

export function BevindingTekst({ bevinding: b, gids, uitlegDicht = false }: Props) {
  const t = useT();
  const regel = gids.regels[b.regel];
  const uitleg = (
    <dl className="tafel-toets__uitleg">
      <dt>{t('gezinsprofiel.toets.waarom')}</dt>
      <dd>{regel.waarom}</dd>
      <dt>{t('gezinsprofiel.toets.inPlaats')}</dt>
      <dd>{regel.inPlaatsDaarvan}</dd>
    </dl>
  );
  return (
    <>
      <p className="utrecht-paragraph tafel-toets__kop">
        <strong>{bevindingKop(t, b, gids)}</strong>
      </p>
      {b.soort !== 'profiel' && (
        <p className="utrecht-paragraph tafel-toets__gevonden">
          {b.gemarkeerd
            ? t('gezinsprofiel.toets.gemarkeerd', { vorm: t(`gezinsprofiel.contactvorm.${b.gevonden as 'mediation'}`) })
            : t('gezinsprofiel.toets.gevonden', { zin: b.gevonden })}
        </p>
      )}
      {uitlegDicht ? (
        <details className="tafel-toets__waarom">
          <summary>{t('gezinsprofiel.toets.waaromOpen')}</summary>
          {uitleg}
        </details>
      ) : (
        uitleg
      )}
      {b.uitzondering !== undefined && (
        <p className="utrecht-paragraph tafel-toets__afwijking">{t('gezinsprofiel.toets.afwijking.vastgelegd', { reden: b.uitzondering.reden })}</p>
      )}
    </>
  );
}
