/** Choice lists of the overzicht part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import { ORGANISATIE_TYPES } from '../../../shared/model/gezin.js';
import { CASUS_STATUSSEN } from '../../../shared/model/meta.js';
import { FASEN, type CaseModel, type Fase } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';

export type CasusMeta = ReturnType<CaseModel['meta']['get']>;
export type CasusStatus = (typeof CASUS_STATUSSEN)[number];
export type GrondslagType = CasusMeta['grondslag']['type'];
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];
export const GRONDSLAG_TYPES = ['wettelijke_taak', 'toestemming', 'vitaal_belang', 'overig'] as const satisfies readonly GrondslagType[];

export const statusOptions = (t: Translate): SelectOption<CasusStatus>[] => CASUS_STATUSSEN.map((v) => ({ value: v, label: t(`overzicht.status.${v}`) }));
export const faseOptions = (t: Translate): SelectOption<Fase>[] => FASEN.map((v) => ({ value: v, label: t(`overzicht.fase.${v}`) }));
export const grondslagOptions = (t: Translate): SelectOption<GrondslagType>[] =>
  GRONDSLAG_TYPES.map((v) => ({ value: v, label: t(`overzicht.grondslag.${v}`) }));
export const orgTypeOptions = (t: Translate): SelectOption<OrganisatieType>[] =>
  ORGANISATIE_TYPES.map((v) => ({ value: v, label: t(`overzicht.orgType.${v}`) }));
