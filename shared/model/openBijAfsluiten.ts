/**
 * What is still open when the chair scales a case down or closes it: actiepunten, evaluation
 * moments still to come, safety scales below the level the table agreed to see before scaling down
 * (or a zorg without such a level), and, at the close, organisations that have not confirmed their
 * final extract of the last agreed version. Read from the case now; nothing is written. The chair
 * may go on anyway, with a reason; the sentences (`openPuntZin`) are recorded with the move.
 */
import type { CaseModel } from './caseModel.js';

/** One thing still open at afschalen or afsluiten (the checklist before Vaststellen is shared/export/openPunten.ts). */
export type OpenBijOvergang =
  | { readonly soort: 'actiepunt'; readonly id: string; readonly omschrijving: string; readonly deadline: string }
  | { readonly soort: 'evaluatiemoment'; readonly planId: string; readonly plan: string; readonly datum: string }
  | { readonly soort: 'schaal'; readonly zorgId: string; readonly zorg: string; readonly wie: string; readonly score: number; readonly niveau: number }
  | { readonly soort: 'schaal_zonder_niveau'; readonly zorgId: string; readonly zorg: string }
  | { readonly soort: 'geen_versie' }
  | { readonly soort: 'uittreksel'; readonly organisatieId: string; readonly organisatie: string };

/** The soorten, in the order the checklist shows them. */
export const OPEN_BIJ_OVERGANG_SOORTEN = ['actiepunt', 'evaluatiemoment', 'schaal', 'schaal_zonder_niveau', 'geen_versie', 'uittreksel'] as const;

const kort = (text: string, max = 80): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Who a scale score is from, by name. */
function naamVan(model: CaseModel, id: string): string {
  return model.deelnemers.get(id)?.naam ?? model.personen.get(id)?.roepnaam ?? model.netwerk.get(id)?.naam ?? 'onbekend';
}

/** Open at afschalen (and again at afsluiten): actiepunten, evaluation moments, safety scales. */
export function openBijAfschalen(model: CaseModel, vandaag: string): OpenBijOvergang[] {
  const punten: OpenBijOvergang[] = [];
  for (const a of model.actiepunten.list()) {
    if (a.status === 'open') punten.push({ soort: 'actiepunt', id: a.id, omschrijving: kort(a.omschrijving), deadline: a.deadline });
  }
  for (const p of model.plannen.list()) {
    if (p.status === 'vervallen') continue;
    for (const datum of [...p.evaluatieMomenten].sort()) if (datum >= vandaag) punten.push({ soort: 'evaluatiemoment', planId: p.id, plan: p.titel, datum });
  }
  const schalen = model.veiligheidsSchalen.list();
  for (const z of model.zorgStatements.list()) {
    const eigen = schalen.filter((s) => s.zorgStatementId === z.id);
    if (eigen.length === 0) continue;
    const zorg = kort(z.waarover);
    if (z.afschaalNiveau === undefined) {
      punten.push({ soort: 'schaal_zonder_niveau', zorgId: z.id, zorg });
      continue;
    }
    // Each person's latest score counts.
    const laatste = new Map<string, (typeof eigen)[number]>();
    for (const s of eigen) {
      const eerder = laatste.get(s.wie);
      if (eerder === undefined || s.datum > eerder.datum || (s.datum === eerder.datum && s.aangemaaktOp >= eerder.aangemaaktOp)) laatste.set(s.wie, s);
    }
    for (const s of laatste.values()) {
      if (s.score < z.afschaalNiveau)
        punten.push({ soort: 'schaal', zorgId: z.id, zorg, wie: naamVan(model, s.wie), score: s.score, niveau: z.afschaalNiveau });
    }
  }
  return punten;
}

/**
 * Organisations at the table: those with at least one deelnemer still at the table in a role other
 * than observer (someone who can confirm receipt on their own device; an observer's device cannot
 * write, and an organisation that only watched keeps no record of the case).
 */
export function organisatiesMetDeelnemers(model: CaseModel): Array<{ readonly id: string; readonly naam: string }> {
  const kanBevestigen = (rollen: readonly string[]): boolean => rollen.length === 0 || rollen.some((r) => r !== 'observer');
  const met = new Set(
    model.deelnemers
      .list()
      .filter((d) => d.vertrokkenOp === undefined && kanBevestigen(d.rollen))
      .map((d) => d.organisatieId),
  );
  return model.organisaties
    .list()
    .filter((o) => met.has(o.id))
    .map((o) => ({ id: o.id, naam: o.naam }));
}

/**
 * Open at afsluiten: what is open at afschalen, plus no agreed version to close with, or the
 * organisations that have not confirmed their final extract of version `versieId`.
 */
export function openBijAfsluiten(model: CaseModel, vandaag: string, versieId: string | undefined): OpenBijOvergang[] {
  const punten = openBijAfschalen(model, vandaag);
  if (versieId === undefined) return [...punten, { soort: 'geen_versie' }];
  const bevestigd = new Set(
    model.ontvangstbevestigingen
      .list()
      .filter((b) => b.versieId === versieId && b.stuk === 'einduittreksel')
      .map((b) => b.organisatieId),
  );
  for (const o of organisatiesMetDeelnemers(model)) if (!bevestigd.has(o.id)) punten.push({ soort: 'uittreksel', organisatieId: o.id, organisatie: o.naam });
  return punten;
}

/** The open item in one Dutch sentence, as the move records it (the case's record is Dutch, like its exports). */
export function openPuntZin(p: OpenBijOvergang): string {
  switch (p.soort) {
    case 'actiepunt':
      return `Actiepunt nog open (uiterlijk ${p.deadline}): ${p.omschrijving}`;
    case 'evaluatiemoment':
      return `Evaluatiemoment ${p.datum} van ${p.plan} moet nog plaatsvinden.`;
    case 'schaal':
      return `Veiligheidsschaal bij "${p.zorg}": ${p.wie} gaf ${p.score}, afgesproken was ${p.niveau}.`;
    case 'schaal_zonder_niveau':
      return `Bij "${p.zorg}" is geen niveau afgesproken om af te schalen.`;
    case 'geen_versie':
      return 'Er is geen vastgestelde versie om de casus mee af te sluiten.';
    case 'uittreksel':
      return `${p.organisatie} heeft de ontvangst van het einduittreksel niet bevestigd.`;
  }
}
