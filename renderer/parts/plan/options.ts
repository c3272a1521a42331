/** Choice lists and words of the veiligheidsplan part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import {
  FASEN,
  type Afspraak,
  type CasusDeelnemer,
  type Fase,
  type NetwerkLid,
  type Organisatie,
  type Persoon,
  type Plan,
  type Rol,
} from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';

export const AFSPRAAK_STATUSSEN = ['actief', 'nagekomen', 'niet_nagekomen', 'gewijzigd', 'vervallen'] as const;
export const PLAN_TYPES = ['veiligheidsplan', 'integraal_plan', 'gezinsplan', 'analyse_en_herstelplan'] as const;
export const PLAN_STATUSSEN = ['concept', 'afgestemd_met_gezin', 'vastgesteld', 'geevalueerd', 'vervallen'] as const;
/** Roles that can be named on a noodcontact (observers and family lawyers see the plan, not these). */
export const ZICHTBAAR_ROLLEN = ['voorzitter', 'casusregisseur', 'procesregisseur', 'coordinator', 'notulist', 'expert', 'gedragswetenschapper'] as const;

export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];
export type PlanType = (typeof PLAN_TYPES)[number];
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];
export type ZichtbaarRol = (typeof ZICHTBAAR_ROLLEN)[number];

// The lists above must name exactly the model's values: a change in the model fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsModel: [
  Same<AfspraakStatus, Afspraak['status']>,
  Same<PlanType, Plan['type']>,
  Same<PlanStatus, Plan['status']>,
  ZichtbaarRol extends Rol ? true : false,
] = [true, true, true, true];
void sameAsModel;

export const statusOptions = (t: Translate): SelectOption<AfspraakStatus>[] =>
  AFSPRAAK_STATUSSEN.map((v) => ({ value: v, label: t(`plan.afspraakStatus.${v}`) }));
export const faseOptions = (t: Translate): SelectOption<Fase>[] => FASEN.map((v) => ({ value: v, label: t(`plan.fase.${v}`) }));
export const planTypeOptions = (t: Translate): SelectOption<PlanType>[] => PLAN_TYPES.map((v) => ({ value: v, label: t(`plan.type.${v}`) }));
export const planStatusOptions = (t: Translate): SelectOption<PlanStatus>[] => PLAN_STATUSSEN.map((v) => ({ value: v, label: t(`plan.status.${v}`) }));
export const rolOptions = (t: Translate): SelectOption<ZichtbaarRol>[] => ZICHTBAAR_ROLLEN.map((v) => ({ value: v, label: t(`plan.rol.${v}`) }));

/** A role name in words; a deelnemer id named on a restricted value shows as that person. */
export function zichtbaarVoorInWoorden(t: Translate, zichtbaarVoor: readonly string[], deelnemers: readonly CasusDeelnemer[]): string {
  const rollen = new Set<string>(ZICHTBAAR_ROLLEN);
  return zichtbaarVoor
    .map((v) => (rollen.has(v) ? t(`plan.rol.${v as ZichtbaarRol}`) : (deelnemers.find((d) => d.id === v)?.naam ?? t('plan.onbekend'))))
    .join(', ');
}

/**
 * Everyone who can own or check an afspraak, as the model allows: gezinsleden, the netwerk and
 * the professionals (with their organisation, so the meeting sees who acts for whom).
 */
export function actorOptions(
  t: Translate,
  personen: readonly Persoon[],
  netwerk: readonly NetwerkLid[],
  deelnemers: readonly CasusDeelnemer[],
  organisaties: readonly Organisatie[],
): SelectOption<string>[] {
  const orgs = new Map(organisaties.map((o) => [o.id, o.naam]));
  return [
    ...personen.map((p) => ({ value: p.id, label: t('plan.wie.persoon', { naam: p.roepnaam }) })),
    ...netwerk.map((n) => ({ value: n.id, label: t('plan.wie.netwerk', { naam: n.naam }) })),
    ...deelnemers.map((d) => ({ value: d.id, label: t('plan.wie.deelnemer', { naam: d.naam, organisatie: orgs.get(d.organisatieId) ?? t('plan.onbekend') }) })),
  ];
}

/** The names of `ids` from `options`, joined; "niemand" when none. */
export function namenVan(t: Translate, ids: readonly string[], options: readonly SelectOption<string>[]): string {
  const namen = ids.map((id) => options.find((o) => o.value === id)?.label).filter((n): n is string => n !== undefined);
  return namen.length === 0 ? t('plan.niemand') : namen.join(', ');
}
