/**
 * Asking for access to a restricted value. Someone outside its audience asks (`vraagToegang`); the
 * request is a key in the `afgeschermd` map beside the value (`verzoek:<place>|<deelnemer>`),
 * carrying nothing of the value. The audience answers: anyone in it may, as anyone in it may change
 * who sees the value. Granting adds the deelnemer to `zichtbaarVoor` (the value is then sealed
 * again for the wider audience by the device that grants); refusing, or granting, removes the request.
 */
import type * as Y from 'yjs';
import { afgeschermdMap } from '../model/index.js';

const VERZOEK = 'verzoek:';
const naam = (plaats: string, deelnemerId: string): string => `${VERZOEK}${plaats}|${deelnemerId}`;

/** Records that `deelnemerId` asks for access to the value at `plaats`. */
export function vraagToegang(doc: Y.Doc, plaats: string, deelnemerId: string, origin: unknown): void {
  doc.transact(() => afgeschermdMap(doc).set(naam(plaats, deelnemerId), new Date().toISOString()), origin);
}

/** The deelnemers who asked for access to the value at `plaats`, oldest request first. */
export function toegangGevraagd(doc: Y.Doc, plaats: string): string[] {
  const prefix = `${VERZOEK}${plaats}|`;
  return [...afgeschermdMap(doc).entries()]
    .filter(([k]) => k.startsWith(prefix))
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k]) => k.slice(prefix.length));
}

/** Closes the request of `deelnemerId` (granted or refused). */
export function sluitVerzoek(doc: Y.Doc, plaats: string, deelnemerId: string, origin: unknown): void {
  doc.transact(() => afgeschermdMap(doc).delete(naam(plaats, deelnemerId)), origin);
}
