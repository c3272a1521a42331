/** Choice lists and words of the risicotaxatie part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { RisicoTaxatie } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';

export const INSTRUMENTEN = ['ARIJ', 'LIRIK', 'RiHG', 'B-SAFER', 'RISc', 'DASH', 'VT-veiligheidsbeoordeling', 'SoS-schaal', 'overig'] as const;
export const TAXATIE_TYPES = ['veiligheidstaxatie', 'risicotaxatie', 'screening'] as const;

export type Instrument = (typeof INSTRUMENTEN)[number];
export type TaxatieType = (typeof TAXATIE_TYPES)[number];

// The lists above must name exactly the model's values: a change in the model fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsModel: [Same<Instrument, RisicoTaxatie['instrument']>, Same<TaxatieType, RisicoTaxatie['type']>] = [true, true];
void sameAsModel;

/** Instruments keep their own names; only "overig" is a word of ours. */
export const instrumentNaam = (t: Translate, instrument: Instrument): string => (instrument === 'overig' ? t('risico.instrument.overig') : instrument);

export const instrumentOptions = (t: Translate): SelectOption<Instrument>[] => INSTRUMENTEN.map((v) => ({ value: v, label: instrumentNaam(t, v) }));

export const typeOptions = (t: Translate): SelectOption<TaxatieType>[] => TAXATIE_TYPES.map((v) => ({ value: v, label: t(`risico.taxatie.type.${v}`) }));

/** A 0-10 safety score in words (Signs of Safety: 0 certain to happen again, 10 safe enough). */
export function schaalInWoorden(t: Translate, score: number): string {
  const woorden =
    score <= 0
      ? t('risico.schaal.woord.0')
      : score <= 2
        ? t('risico.schaal.woord.laag')
        : score <= 4
          ? t('risico.schaal.woord.onveilig')
          : score === 5
            ? t('risico.schaal.woord.midden')
            : score <= 7
              ? t('risico.schaal.woord.redelijk')
              : score <= 9
                ? t('risico.schaal.woord.bijna')
                : t('risico.schaal.woord.10');
  return t('risico.schaal.waarde', { score, woorden });
}
