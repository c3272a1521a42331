/** Names and choice lists of the gezinsprofiel part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import { PROFIELEN, type CasusDeelnemer, type Organisatie, type Profiel, type ProfielStand } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';

export const profielNaam = (t: Translate, profiel: Profiel): string => t(`gezinsprofiel.profiel.${profiel}`);

export const profielOptions = (t: Translate): SelectOption<Profiel>[] => PROFIELEN.map((p) => ({ value: p, label: profielNaam(t, p) }));

export const STANDEN = ['primair', 'secundair', 'uitgesloten', 'geen'] as const satisfies readonly ProfielStand[];

export const standOptions = (t: Translate): SelectOption<ProfielStand>[] => STANDEN.map((s) => ({ value: s, label: t(`gezinsprofiel.stand.${s}`) }));

/** How a deelnemer is named next to their position: name and organisation, as the meeting knows them. */
export function deelnemerNamen(
  t: Translate,
  deelnemers: readonly CasusDeelnemer[],
  organisaties: readonly Organisatie[],
): Map<string, { naam: string; organisatie: string }> {
  const orgs = new Map(organisaties.map((o) => [o.id, o.naam]));
  return new Map(deelnemers.map((d) => [d.id, { naam: d.naam, organisatie: orgs.get(d.organisatieId) ?? t('gezinsprofiel.onbekend') }]));
}
