/**
 * What belongs to an agenda item in vergadermodus. The agenda is the meeting's own words
 * ("Opening en vertrouwelijkheid", "Zorgen", "Veiligheidsplan"), so what an item is about is read
 * from those words: an analysis section whose title it names, attendance for the opening, the
 * review of earlier actiepunten, or a part of the case to open. Besluiten and actiepunten of the
 * overleg belong to every item (the besluit being formed).
 */
import type { PartId } from '../../../workspace/partIds.js';

export interface Koppeling {
  /** The analysis section the item is about, if its title is named. */
  readonly sectieId?: string;
  /** Attendance and confidentiality (the opening). */
  readonly aanwezigheid: boolean;
  /** The review of earlier actiepunten. */
  readonly terugblik: boolean;
  /** A part of the case to open for this item (the full gezinsprofiel, the plan …). */
  readonly part?: PartId;
}

const woorden = (tekst: string): string =>
  tekst
    .toLocaleLowerCase('nl')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const PARTS: ReadonlyArray<readonly [RegExp, PartId]> = [
  [/\bgezinsprofiel\b|\bprofiel\b/, 'gezinsprofiel'],
  [/\bveiligheidsplan\b|\bplan\b|\bafspraken\b/, 'plan'],
  [/\brisico|\btaxatie/, 'risico'],
  [/\btijdlijn\b|\bgebeurtenissen\b/, 'tijdlijn'],
  [/\bgezin en netwerk\b|\bnetwerk\b/, 'gezin'],
  [/\banalyse\b/, 'analyse'],
];

/** What belongs to the agenda item `tekst`, given the analysis sections (id and title). */
export function koppelAgendapunt(tekst: string, secties: ReadonlyArray<{ readonly id: string; readonly titel: string }>): Koppeling {
  const punt = woorden(tekst);
  // The longest section title the item names (so "Besluiten en onderbouwing" wins over a shorter match).
  const sectie = secties
    .map((s) => ({ id: s.id, titel: woorden(s.titel) }))
    .filter((s) => s.titel !== '' && (` ${punt} `.includes(` ${s.titel} `) || ` ${s.titel} `.includes(` ${punt} `)))
    .sort((a, b) => b.titel.length - a.titel.length)[0];
  return {
    ...(sectie === undefined ? {} : { sectieId: sectie.id }),
    aanwezigheid: /\b(opening|aanwezig\w*|vertrouwelijk\w*)\b/.test(punt),
    terugblik: /\bactiepunt\w*\b|\bterugblik\b/.test(punt),
    ...(PARTS.find(([re]) => re.test(punt)) === undefined ? {} : { part: PARTS.find(([re]) => re.test(punt))![1] }),
  };
}
