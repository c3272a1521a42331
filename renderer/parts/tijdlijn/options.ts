/** Choice lists of the tijdlijn part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import { GEBEURTENIS_TYPES } from '../../../shared/model/tijdlijn.js';
import type { TijdlijnGebeurtenis } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';
import { PRECISIES, type Precisie } from './datum.js';

export type GebeurtenisType = (typeof GEBEURTENIS_TYPES)[number];
export type BronType = TijdlijnGebeurtenis['bronType'];
export type Betrouwbaarheid = NonNullable<TijdlijnGebeurtenis['betrouwbaarheid']>;
export const BRON_TYPES = ['eigen_waarneming', 'verklaring', 'dossier', 'derde'] as const satisfies readonly BronType[];
export const BETROUWBAARHEDEN = ['bevestigd', 'gemeld', 'vermoeden'] as const satisfies readonly Betrouwbaarheid[];
export const ERNST = ['1', '2', '3', '4', '5'] as const;
export type Ernst = (typeof ERNST)[number];

export const typeOptions = (t: Translate): SelectOption<GebeurtenisType>[] => GEBEURTENIS_TYPES.map((v) => ({ value: v, label: t(`tijdlijn.type.${v}`) }));
export const precisieOptions = (t: Translate): SelectOption<Precisie>[] => PRECISIES.map((v) => ({ value: v, label: t(`tijdlijn.precisie.${v}`) }));
export const bronTypeOptions = (t: Translate): SelectOption<BronType>[] => BRON_TYPES.map((v) => ({ value: v, label: t(`tijdlijn.bronType.${v}`) }));
export const betrouwbaarheidOptions = (t: Translate): SelectOption<Betrouwbaarheid>[] =>
  BETROUWBAARHEDEN.map((v) => ({ value: v, label: t(`tijdlijn.betrouwbaarheid.${v}`) }));
export const ernstOptions: SelectOption<Ernst>[] = ERNST.map((v) => ({ value: v, label: v }));

/** The input that fits a precision: a day picker, a month picker, or a year. */
export function invoerVoor(precisie: Precisie): {
  readonly type: 'date' | 'month' | 'number';
  readonly label: 'tijdlijn.veld.dag' | 'tijdlijn.veld.maand' | 'tijdlijn.veld.jaar';
} {
  if (precisie === 'dag') return { type: 'date', label: 'tijdlijn.veld.dag' };
  if (precisie === 'maand') return { type: 'month', label: 'tijdlijn.veld.maand' };
  return { type: 'number', label: 'tijdlijn.veld.jaar' };
}
