/**
 * The demo case's course so far — FICTIEF: aangemeld on 20 February, through the triageoverleg into
 * MDA++ on structurele onveiligheid, analysed, and in the plan phase since the casusoverleg of 10
 * March. The demo is an open case, so it holds no closing (see levensloop.test.ts for closed cases).
 */
import { demoMeta as m } from './demoMeta.js';

const VT = 'org-vt';
const T = (dag: string, uur = '09:00'): string => `${dag}T${uur}:00.000Z`;

/** The demo's levensloop collections. */
export function demoLevensloopDeel(): Record<string, unknown> {
  return {
    triagebesluiten: [
      {
        ...m('tb-1', VT, 'dn-ingrid', 'bijzonder', T('2025-02-24')),
        besluit: 'opnemen',
        criteria: ['structurele_onveiligheid', 'meerdere_partijen'],
        onderbouwing: 'Derde melding in een jaar, herhaald fysiek geweld waar de kinderen bij waren; zorg en straf zijn allebei nodig.',
        datum: '2025-02-24',
      },
    ],
    onveiligheidsoordelen: [
      {
        ...m('oo-1', VT, 'dn-ingrid', 'bijzonder', T('2025-02-24')),
        acuut: 'ja',
        structureel: 'ja',
        onderbouwing: 'Acuut: tijdelijk huisverbod na het incident van 14 februari. Structureel: herhaald geweld en controle sinds 2023.',
        datum: '2025-02-24',
      },
    ],
    faseOvergangen: [
      {
        ...m('fo-1', VT, 'dn-ingrid', 'normaal', T('2025-02-24')),
        van: 'aanmelding',
        naar: 'triage',
        datum: '2025-02-24',
        reden: 'Besproken in het triageoverleg met Veilig Thuis.',
      },
      {
        ...m('fo-2', VT, 'dn-ingrid', 'normaal', T('2025-02-24', '10:00')),
        van: 'triage',
        naar: 'analyse',
        datum: '2025-02-24',
        reden: 'Opgenomen in MDA++: structurele onveiligheid met herhaling.',
        vorigeId: 'fo-1',
      },
      {
        ...m('fo-3', VT, 'dn-ingrid', 'normaal', T('2025-03-10', '15:00')),
        van: 'analyse',
        naar: 'plan',
        datum: '2025-03-10',
        reden: 'Werkhypothese en gezinsprofiel vastgesteld in het casusoverleg.',
        overlegId: 'ov-1',
        vorigeId: 'fo-2',
      },
    ],
  };
}
