/**
 * A realistic agreed case for the export read-back checks: the demo case (conflict divorce turned
 * intieme terreur) with what the issue found missing or wrong in the documents — a section with
 * subheadings and a list, an observer at the table, an overdue afspraak and actiepunt, a
 * noodcontact only the chair and casusregisseur may see, and Vaststellen with an open item and the
 * chair's reason. Agreed on 10 March 2025 at 15:00 Dutch time, like the golden demo files.
 */
import { openPunten, vaststellen, type AgreedVersion } from '../../shared/export/index.js';
import { writeRichDoc, type CaseModel } from '../../shared/model/index.js';
import { AGREED_AT, ATTENDEES, CHAIR, demoModel, subtle } from './agreedFixture.js';

export const WAARNEMER = 'dn-waarnemer';
export const WAARNEMER_NAAM = 'Willem Waarnemer (fictief)';
export const AFGESCHERMD_NUMMER = '010-7654321 (fictief)';
export const TOCH_REDEN = 'De rechter beslist morgen over de omgang; het plan moet vandaag vastliggen.';

/** The demo case with the scenario's additions, not yet agreed. */
export function scenarioModel(): CaseModel {
  const model = demoModel();
  model.deelnemers.add({ naam: WAARNEMER_NAAM, organisatieId: 'org-vt', rollen: ['observer'] }, { id: WAARNEMER });
  model.aanwezigheid.add({ overlegId: 'ov-1', wie: WAARNEMER, organisatieId: 'org-vt', rol: 'observer' });
  // A besluit recorded the old way, with everyone at the table under "genomen door".
  model.besluiten.add({
    overlegId: 'ov-1',
    datum: '2025-03-10',
    tekst: 'Vader krijgt een contactverbod via de rechter aangevraagd.',
    genomenDoor: ['dn-ingrid', 'dn-lotte', 'dn-fatima', WAARNEMER],
    gezinGeinformeerd: true,
  });
  model.afspraken.update('af-2', { wanneer: 'vóór 1-3-2025' });
  model.actiepunten.update('ap-2', { deadline: '2025-03-05' });
  model.noodcontacten.add({
    planId: 'plan-1',
    naam: 'Veilig adres opvang',
    telefoon: AFGESCHERMD_NUMMER,
    wanneer: 'Alleen bij een vlucht',
    zichtbaarVoor: ['voorzitter', 'casusregisseur'],
  });
  writeRichDoc(model.analyse.sectieFragment('patronen-en-samenhang'), {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Patroon van dwang en controle, dat na de scheiding doorgaat.' }] },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Hoe het patroon zich herhaalt' }] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Berichten via de app van Noor.' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Geld van de gezamenlijke rekening.' }] }] },
        ],
      },
      {
        type: 'orderedList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Eerst de overdracht veilig.' }] }] }],
      },
    ],
  });
  model.annotaties.add({ doelId: 'patronen-en-samenhang', soort: 'vraag', tekst: 'Is de app van Noor al afgeschermd?' });
  return model;
}

/** The scenario agreed by its chair in ov-1, anyway, with the open question and a reason. */
export async function agreedScenario(model = scenarioModel()): Promise<AgreedVersion> {
  const punten = openPunten({ model, overlegId: 'ov-1', vandaag: '2025-03-10', viewer: { deelnemerId: CHAIR, orgId: 'org-vt', rollen: ['voorzitter'] } });
  return vaststellen(model, {
    voorzitterId: CHAIR,
    aanwezigen: [...ATTENDEES, WAARNEMER],
    op: AGREED_AT,
    overlegId: 'ov-1',
    subtle,
    openPunten: punten,
    tochReden: TOCH_REDEN,
  });
}
