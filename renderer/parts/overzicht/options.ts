/** Choice lists of the overzicht part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import { ORGANISATIE_TYPES } from '../../../shared/model/gezin.js';
import { WERKFASEN, type CaseModel, type Werkfase } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';

export type CasusMeta = ReturnType<CaseModel['meta']['get']>;
export type GrondslagType = CasusMeta['grondslag']['type'];
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];
export const GRONDSLAG_TYPES = ['wettelijke_taak', 'toestemming', 'vitaal_belang', 'overig'] as const satisfies readonly GrondslagType[];

export const werkfaseOptions = (t: Translate): SelectOption<Werkfase>[] => WERKFASEN.map((v) => ({ value: v, label: t(`levensloop.werkfase.${v}`) }));
export const grondslagOptions = (t: Translate): SelectOption<GrondslagType>[] =>
  GRONDSLAG_TYPES.map((v) => ({ value: v, label: t(`overzicht.grondslag.${v}`) }));
export const orgTypeOptions = (t: Translate): SelectOption<OrganisatieType>[] =>
  ORGANISATIE_TYPES.map((v) => ({ value: v, label: t(`overzicht.orgType.${v}`) }));
