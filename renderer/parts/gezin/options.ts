/** Choice lists and words of the gezin part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import { ROLLEN_IN_GEZIN } from '../../../shared/model/gezin.js';
import { ROLLEN, type CasusDeelnemer, type Persoon, type Relatie, type Rol } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';

export type RolInGezin = (typeof ROLLEN_IN_GEZIN)[number];
export const RELATIE_TYPES = [
  'partner',
  'ex_partner',
  'ouder_kind',
  'broer_zus',
  'familie',
  'vriend',
  'buur',
  'professional',
] as const satisfies readonly Relatie['type'][];
export const GEWELD_RICHTINGEN = ['van_naar', 'naar_van', 'wederzijds', 'geen', 'onbekend'] as const satisfies readonly Relatie['geweldRichting'][];
export const VEILIG = ['ja', 'nee', 'onbekend'] as const;
export type RelatieType = (typeof RELATIE_TYPES)[number];
export type GeweldRichting = (typeof GEWELD_RICHTINGEN)[number];
export type Veilig = (typeof VEILIG)[number];
/** A yes/no that may also be unknown (gezag, contactverbod): '' is unknown. */
export type JaNee = 'ja' | 'nee';

export const rolInGezinOptions = (t: Translate): SelectOption<RolInGezin>[] => ROLLEN_IN_GEZIN.map((r) => ({ value: r, label: t(`gezin.rol.${r}`) }));
export const relatieTypeOptions = (t: Translate): SelectOption<RelatieType>[] => RELATIE_TYPES.map((r) => ({ value: r, label: t(`gezin.relatieType.${r}`) }));
export const veiligOptions = (t: Translate): SelectOption<Veilig>[] => VEILIG.map((v) => ({ value: v, label: t(`gezin.veilig.${v}`) }));
export const jaNeeOptions = (t: Translate): SelectOption<JaNee>[] => [
  { value: 'ja', label: t('gezin.ja') },
  { value: 'nee', label: t('gezin.nee') },
];
export const alsJaNee = (v: boolean | undefined): JaNee | '' => (v === undefined ? '' : v ? 'ja' : 'nee');
export const uitJaNee = (v: JaNee | ''): boolean | undefined => (v === '' ? undefined : v === 'ja');

/** The direction of violence in words, with the names: "van Mark naar Sanne". */
export function richtingInWoorden(t: Translate, richting: GeweldRichting, van: string, naar: string): string {
  return t(`gezin.richting.${richting}`, { van, naar });
}

export const richtingOptions = (t: Translate, van: string, naar: string): SelectOption<GeweldRichting>[] =>
  GEWELD_RICHTINGEN.map((r) => ({ value: r, label: richtingInWoorden(t, r, van, naar) }));

/** Roles that can be named on a restricted value, in the model's order. */
export const rolOptions = (t: Translate): SelectOption<Rol>[] => ROLLEN.map((r) => ({ value: r, label: t(`overzicht.rol.${r}`) }));

/** Who may see a restricted value, in words: role names, and deelnemers by name. */
export function zichtbaarVoorInWoorden(t: Translate, zichtbaarVoor: readonly string[], deelnemers: readonly CasusDeelnemer[]): string {
  const rollen = new Set<string>(ROLLEN);
  const namen = zichtbaarVoor.map((v) =>
    rollen.has(v) ? t(`overzicht.rol.${v as Rol}`) : (deelnemers.find((d) => d.id === v)?.naam ?? t('overzicht.onbekend')),
  );
  return namen.length === 0 ? t('gezin.zichtbaarVoor.niemand') : namen.join(', ');
}

/** A gezinslid's name for headings and labels. */
export const naamVan = (personen: readonly Persoon[], id: string): string => personen.find((p) => p.id === id)?.roepnaam ?? '?';
