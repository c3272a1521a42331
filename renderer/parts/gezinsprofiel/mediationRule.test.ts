/** The mediation warning rule on the real demo case model (see mediationRule.ts for the rule). */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { defaultContext, demoCaseJson, importCase, openCase, richDocFromPlainText, type CaseModel } from '../../../shared/model/index.js';
import { mediationWaarschuwing, noemtMediation } from './mediationRule.js';

function demo(): CaseModel {
  const doc = new Y.Doc();
  if (!importCase(doc, demoCaseJson(), 'dn-ingrid').ok) throw new Error('demo did not import');
  return openCase(doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
}

const warns = (model: CaseModel): string[] =>
  mediationWaarschuwing(model.gezinsprofiel.get(), model.indicatoren.list(), model.afspraken.list()).map((a) => a.id);

function addAfspraak(model: CaseModel, wat: string): string {
  return model.afspraken.add({ planId: 'plan-1', fase: 'stabiele_veiligheid', wat: richDocFromPlainText(wat), wanneer: 'In april' });
}

describe('mediation warning', () => {
  it('is quiet on the demo case: intieme terreur is primary, but no afspraak proposes mediation', () => {
    expect(warns(demo())).toEqual([]);
  });

  it('names a mediation afspraak while intieme terreur is plausible, and drops it once vervallen', () => {
    const model = demo();
    const id = addAfspraak(model, 'Ouders starten met mediation over de omgang.');
    expect(warns(model)).toEqual([id]);
    model.afspraken.update(id, { status: 'vervallen' });
    expect(warns(model)).toEqual([]);
  });

  it('stops when intieme terreur is no longer plausible: not chosen and no indicator present', () => {
    const model = demo();
    const id = addAfspraak(model, 'Een gezamenlijk gesprek van beide ouders bij het wijkteam.');
    model.gezinsprofiel.setPrimair('gezin_in_de_stress');
    expect(warns(model)).toEqual([id]); // the indicators still say present
    for (const i of model.indicatoren.list()) if (i.profiel === 'intieme_terreur') model.indicatoren.update(i.id, { aanwezig: 'nee' });
    expect(warns(model)).toEqual([]);
    model.gezinsprofiel.setOordeel('intieme_terreur', 'secundair');
    expect(warns(model)).toEqual([id]);
  });

  it('reads the words of practice, and a refusal is not a plan', () => {
    for (const tekst of [
      'Bemiddeling via het Juridisch Loket',
      'Relatietherapie bij de GGZ',
      'Mediator plant gezamenlijke gesprekken',
      'Verwijzing naar partnerrelatietherapie',
    ]) {
      expect(noemtMediation(tekst), tekst).toBe(true);
    }
    for (const tekst of [
      'Geen mediation; begeleide overdracht via oma.',
      'Overdracht zonder een gezamenlijk gesprek',
      'Oma begeleidt elke overdracht bij haar thuis.',
      'Nooit relatietherapie samen',
    ]) {
      expect(noemtMediation(tekst), tekst).toBe(false);
    }
  });
});
