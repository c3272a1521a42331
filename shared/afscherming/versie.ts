/**
 * An agreed version holds its sealed noodcontacten sealed (shared/export/canonical.ts). Before an
 * export, the exporting device opens those it holds keys for, in memory only; the rest stay
 * sealed and no export shows them (planDocument leaves a sealed noodcontact out). So an export by
 * someone outside a noodcontact's audience cannot contain it: their device cannot open it.
 */
import type * as Y from 'yjs';
import type { AgreedVersion } from '../export/index.js';
import { afschermingVan } from '../model/index.js';

const tekst = (v: unknown): string => (typeof v === 'string' ? v : '');

/** `versie` with the sealed noodcontacten this device can open, opened. */
export async function openAfgeschermdeVersie(versie: AgreedVersion, doc: Y.Doc): Promise<AgreedVersion> {
  const afscherming = afschermingVan(doc);
  const lijst = versie.inhoud.plan.noodcontacten;
  if (afscherming === undefined || !lijst.some((n) => n.verzegeld !== undefined)) return versie;
  const noodcontacten = await Promise.all(
    lijst.map(async (n) => {
      if (n.verzegeld === undefined) return n;
      const inhoud = await afscherming.openTekst(`noodcontacten/${n.id}`, n.verzegeld);
      if (inhoud === undefined) return n;
      const { verzegeld: _verzegeld, ...open } = n;
      return { ...open, naam: tekst(inhoud['naam']), telefoon: tekst(inhoud['telefoon']), wanneer: tekst(inhoud['wanneer']) };
    }),
  );
  return { ...versie, inhoud: { ...versie.inhoud, plan: { ...versie.inhoud.plan, noodcontacten } } };
}
