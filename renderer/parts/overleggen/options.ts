/** Choice lists and words of the overleggen part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { Aanwezigheid, Actiepunt, Overleg } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';
import { dagInWoorden } from '../../i18n/dagen.js';

export const OVERLEG_TYPES = ['triage', 'casusoverleg', 'netwerkbijeenkomst', 'evaluatie', 'spoed'] as const;
export const OVERLEG_STATUSSEN = ['gepland', 'bezig', 'concept_verslag', 'vastgesteld'] as const;
export const AANWEZIG = ['aanwezig', 'afwezig_met_informatie', 'afwezig'] as const;
export const ACTIEPUNT_STATUSSEN = ['open', 'gedaan', 'niet_gedaan', 'niet_mogelijk_gewijzigde_omstandigheden', 'vervallen'] as const;

export type OverlegType = (typeof OVERLEG_TYPES)[number];
export type OverlegStatus = (typeof OVERLEG_STATUSSEN)[number];
export type AanwezigStand = (typeof AANWEZIG)[number];
export type ActiepuntStatus = (typeof ACTIEPUNT_STATUSSEN)[number];

// The lists above must name exactly the model's values: a change in the model fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsModel: [
  Same<OverlegType, Overleg['type']>,
  Same<OverlegStatus, Overleg['status']>,
  Same<AanwezigStand, Aanwezigheid['aanwezig']>,
  Same<ActiepuntStatus, Actiepunt['status']>,
] = [true, true, true, true];
void sameAsModel;

export const typeOptions = (t: Translate): SelectOption<OverlegType>[] => OVERLEG_TYPES.map((v) => ({ value: v, label: t(`overleggen.type.${v}`) }));
export const statusOptions = (t: Translate): SelectOption<OverlegStatus>[] => OVERLEG_STATUSSEN.map((v) => ({ value: v, label: t(`overleggen.status.${v}`) }));
export const aanwezigOptions = (t: Translate): SelectOption<AanwezigStand>[] => AANWEZIG.map((v) => ({ value: v, label: t(`overleggen.aanwezig.${v}`) }));
export const actiepuntStatusOptions = (t: Translate): SelectOption<ActiepuntStatus>[] =>
  ACTIEPUNT_STATUSSEN.map((v) => ({ value: v, label: t(`overleggen.actiepuntStatus.${v}`) }));

/** An overleg's name, e.g. "Casusoverleg van 10 maart 2025". */
export function overlegNaam(t: Translate, locale: string, overleg: Pick<Overleg, 'type' | 'datum'>): string {
  return t('overleggen.naam', { type: t(`overleggen.type.${overleg.type}`), datum: dagInWoorden(locale, overleg.datum) });
}

/** Elapsed meeting time as h:mm:ss, from whole seconds. */
export function verstreken(seconden: number): string {
  const s = Math.max(0, Math.floor(seconden));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}
