/**
 * A reasoned exception to the plan check, recorded as a besluit (with the item and the rule in
 * `afwijkingDoelId` / `afwijkingRegel`): a decision with its onderbouwing is how the table already
 * records why it chose, and a besluit of the running overleg goes into its verslag and exports.
 * The besluit's words are the case's record, in Dutch like the rest of it.
 */
import { PROFIEL_NAMEN, richDocFromPlainText, type CaseModel } from '../../../shared/model/index.js';
import { bevindingItem, type ToetsBevinding } from '../../../shared/profielen/index.js';

const LOPEND = ['bezig', 'gepland', 'concept_verslag'];

/** The overleg a new besluit belongs to: the one in progress, else the latest not yet agreed. */
export function lopendOverlegId(model: CaseModel): string | undefined {
  const open = model.overleggen.list().filter((o) => LOPEND.includes(o.status));
  const bezig = open.find((o) => o.status === 'bezig');
  return (bezig ?? [...open].sort((a, b) => b.datum.localeCompare(a.datum))[0])?.id;
}

/** Records the exception; returns the besluit's id. `vandaag` is YYYY-MM-DD. */
export function legAfwijkingVast(model: CaseModel, b: ToetsBevinding, reden: string, vandaag: string, voorzitterId: string): string {
  const overlegId = lopendOverlegId(model);
  const genomenDoor = model.deelnemers.has(voorzitterId) ? [voorzitterId] : [];
  return model.besluiten.add({
    ...(overlegId === undefined ? {} : { overlegId }),
    datum: vandaag,
    tekst: `Afwijking van de aanpak bij ${PROFIEL_NAMEN[b.profiel]}: ${bevindingItem(b)}.`,
    onderbouwing: richDocFromPlainText(reden.trim()),
    genomenDoor,
    raaktAan: ['plan'],
    afwijkingDoelId: b.doelId,
    afwijkingRegel: b.regel,
  });
}
