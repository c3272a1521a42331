/**
 * What the chair does with open threads at an overleg: put one on the agenda of the current
 * overleg, or record it as a besluit to be worded there. The text that goes in is readable by
 * everyone at the table, so a restricted thread's own text never goes in (only who, what kind,
 * and where).
 */
import type { DraadWeergave } from '../../../shared/annotaties/index.js';
import type { CaseModel } from '../../../shared/model/index.js';

/** Longest thread text quoted on an agenda line (an agenda line holds at most 500 characters). */
const KORT = 200;

/** The overleg a thread goes to: the one going on now, else the first planned one; undefined if none. */
export function huidigOverleg(model: CaseModel): { id: string; datum: string } | undefined {
  const open = model.overleggen.list().filter((o) => o.status === 'bezig' || o.status === 'gepland');
  const pick = open.find((o) => o.status === 'bezig') ?? open.sort((a, b) => a.datum.localeCompare(b.datum))[0];
  return pick === undefined ? undefined : { id: pick.id, datum: pick.datum };
}

/** The thread's text as it may appear for everyone: only an alle-deelnemers thread's, shortened. */
export function openbareTekst(draad: DraadWeergave): string | null {
  if (draad.zichtbaarheid !== 'alle_deelnemers' || draad.tekst === null) return null;
  return draad.tekst.length > KORT ? `${draad.tekst.slice(0, KORT - 1)}…` : draad.tekst;
}

/** Appends `regel` to the overleg's agenda. */
export function zetOpAgenda(model: CaseModel, overlegId: string, regel: string): void {
  const overleg = model.overleggen.get(overlegId);
  if (overleg === undefined) return;
  model.overleggen.update(overlegId, { agenda: [...overleg.agenda, regel] });
}

/** Records a besluit of the overleg with `tekst`, to be worded there; resolves its id. */
export function alsBesluit(model: CaseModel, overlegId: string, tekst: string): string | undefined {
  const overleg = model.overleggen.get(overlegId);
  return overleg === undefined ? undefined : model.besluiten.add({ overlegId, datum: overleg.datum, tekst });
}
