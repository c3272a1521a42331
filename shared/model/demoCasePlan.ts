/** The demo case, second half: gezinsprofiel, risicotaxatie, plan, overleg, versies, annotaties. FICTIEF. */
import { demoMeta as m } from './demoMeta.js';
import { richDocFromPlainText as tekst } from './richText.js';

const VT = 'org-vt';
const POL = 'org-politie';
const LT = 'org-lokaalteam';
const GGZ = 'org-ggz';
const RECL = 'org-reclassering';
const OPV = 'org-opvang';
const T1 = '2025-03-10T14:00:00.000Z';

/** Collections and singletons of the demo's second half. */
export function demoPlanDeel(): Record<string, unknown> {
  return {
    gezinsprofiel: {
      primair: 'intieme_terreur',
      oordelen: { kindgedrag_en_opvoedstress: 'secundair', complexe_conflictscheiding: 'uitgesloten' },
      machtsongelijkheid: 'ja',
      beschermingsAccent: 'veiligheidsdomein',
      datum: '2025-03-10',
      toelichting: tekst('Machtsongelijkheid en doorgaande controle wijzen op intieme terreur. Geen mediation of gezamenlijke ouderschapsbegeleiding.'),
      gewijzigdOp: T1,
      gewijzigdDoor: 'dn-ingrid',
    },
    indicatoren: [
      { ...m('ind-1', OPV, 'dn-mila'), profiel: 'intieme_terreur', indicator: 'Dwang en controle', aanwezig: 'ja', bewijsFactorIds: ['f-controle'], bewijsGebeurtenisIds: [] },
      { ...m('ind-2', POL, 'dn-joost'), profiel: 'intieme_terreur', indicator: 'Ernstig fysiek geweld', aanwezig: 'ja', bewijsGebeurtenisIds: ['ev-2025-02-14'], bewijsFactorIds: [] },
      { ...m('ind-3', GGZ, 'dn-fatima'), profiel: 'gezin_in_de_stress', indicator: 'Geweld van beide kanten', aanwezig: 'nee', bewijsGebeurtenisIds: [], bewijsFactorIds: [] },
      { ...m('ind-4', GGZ, 'dn-fatima'), profiel: 'kindgedrag_en_opvoedstress', indicator: 'Gedragsproblemen kind', aanwezig: 'onbekend', toelichting: 'Onderzoek bij Daan loopt.' },
    ],
    profielStandpunten: [
      { ...m('ps-mila', OPV, 'dn-mila'), deelnemerId: 'dn-mila', primair: 'intieme_terreur', secundair: [], uitgesloten: ['complexe_conflictscheiding'], datum: '2025-03-07' },
      { ...m('ps-fatima', GGZ, 'dn-fatima'), deelnemerId: 'dn-fatima', primair: 'gezin_in_de_stress', secundair: ['intieme_terreur'], uitgesloten: [], toelichting: 'Alcohol speelt een grote rol.', datum: '2025-03-07' },
      { ...m('ps-pieter', RECL, 'dn-pieter'), deelnemerId: 'dn-pieter', primair: 'intieme_terreur', secundair: ['kindgedrag_en_opvoedstress'], uitgesloten: [], datum: '2025-03-08' },
    ],
    risicotaxaties: [
      { ...m('rt-rihg', POL, 'dn-joost', 'strafrechtelijk'), instrument: 'RiHG', type: 'risicotaxatie', betreftPersoonIds: ['p-mark'], datum: '2025-02-14', uitgevoerdDoorOrgId: POL, uitkomst: 'hoog (huisverbod)', professioneelOordeel: tekst('Twee keer rood in het deel pleger.') },
      { ...m('rt-arij', VT, 'dn-ingrid'), instrument: 'ARIJ', instrumentVersie: 'fictief', type: 'veiligheidstaxatie', betreftPersoonIds: ['p-noor', 'p-daan'], datum: '2025-02-20', uitgevoerdDoorOrgId: VT, uitkomst: 'acuut', geldigTot: '2025-05-20', bronDocumentRef: 'VT-dossier (fictief)' },
    ],
    plannen: [
      { ...m('plan-1', LT, 'dn-lotte'), type: 'veiligheidsplan', titel: 'Veiligheidsplan gezin K.', status: 'afgestemd_met_gezin', evaluatieMomenten: ['2025-04-07', '2025-06-02'], gezinsVersie: tekst('Papa en mama zien elkaar niet. Oma helpt bij het wisselen. Als je bang bent, bel je oma of 112.') },
    ],
    zorgStatements: [
      { ...m('zs-1', VT, 'dn-ingrid'), planId: 'plan-1', wieMaaktZichZorgen: 'Veilig Thuis, politie en opvang', waarover: 'Vader heeft moeder meerdere keren geslagen terwijl de kinderen erbij waren.', watAlsNietsVerandert: 'Moeder en kinderen raken opnieuw en ernstiger gewond; de kinderen blijven bang.', betwistDoor: ['p-mark'] },
      { ...m('zs-2', OPV, 'dn-mila'), planId: 'plan-1', wieMaaktZichZorgen: 'Opvang', waarover: 'Vader controleert moeder via berichten en geld.', watAlsNietsVerandert: 'Moeder kan geen eigen keuzes maken.', betwistDoor: [] },
    ],
    veiligheidsdoelen: [
      { ...m('vd-1', VT, 'dn-ingrid'), zorgStatementId: 'zs-1', doel: tekst('Er is geen geweld meer, ook niet bij overdrachten; iedereen ziet dat drie maanden lang.'), hoeLangVolhouden: '3 maanden' },
      { ...m('vd-2', OPV, 'dn-mila'), zorgStatementId: 'zs-2', doel: tekst('Moeder beheert haar eigen telefoon en rekening.') },
    ],
    veiligheidsvoorwaarden: [
      { ...m('vv-1', VT, 'dn-ingrid'), planId: 'plan-1', tekst: 'Geen contact tussen vader en moeder buiten de begeleide overdracht.', gesteldDoorOrgId: VT },
      { ...m('vv-2', VT, 'dn-ingrid'), planId: 'plan-1', tekst: 'Vader start met hulp bij de reclassering.', gesteldDoorOrgId: VT },
    ],
    afspraken: [
      { ...m('af-1', LT, 'dn-lotte'), planId: 'plan-1', veiligheidsdoelId: 'vd-1', fase: 'directe_veiligheid', wie: ['nw-oma'], wat: tekst('Oma begeleidt elke overdracht bij haar thuis.'), wanneer: 'Elke zaterdag 10 uur', waar: 'Bij oma', controleDoor: ['dn-lotte'], status: 'actief' },
      { ...m('af-2', RECL, 'dn-pieter'), planId: 'plan-1', veiligheidsdoelId: 'vd-1', fase: 'risicogestuurde_zorg', wie: ['p-mark'], wat: tekst('Vader volgt een training agressieregulatie.'), wanneer: 'Start vóór 1 april', controleDoor: ['dn-pieter'], status: 'actief' },
      { ...m('af-3', OPV, 'dn-mila'), planId: 'plan-1', fase: 'herstel', wie: ['p-noor', 'p-sanne'], wat: tekst('Noor en moeder krijgen traumahulp.'), wanneer: 'Na de intake', controleDoor: ['dn-mila'], status: 'actief' },
    ],
    signalen: [
      { ...m('sg-1', OPV, 'dn-mila'), planId: 'plan-1', persoonId: 'p-noor', signaal: 'Noor slaapt slecht of plast weer in bed.', watDanTeDoen: 'Moeder belt de ambulant hulpverlener.' },
      { ...m('sg-2', POL, 'dn-joost'), planId: 'plan-1', signaal: 'Vader staat onaangekondigd bij school of opvang.', watDanTeDoen: 'Bel 112.' },
    ],
    noodcontacten: [
      { ...m('nc-112', VT, 'dn-ingrid', 'normaal'), planId: 'plan-1', naam: 'Alarmnummer', telefoon: '112', wanneer: 'Bij direct gevaar', zichtbaarVoor: ['voorzitter', 'casusregisseur', 'procesregisseur', 'expert'] },
      { ...m('nc-oma', OPV, 'dn-mila', 'geheim'), planId: 'plan-1', naam: 'Oma Els (fictief)', telefoon: '06-11111111 (fictief)', wanneer: 'Als Sanne of de kinderen bang zijn', zichtbaarVoor: ['casusregisseur', 'dn-mila'] },
    ],
    netwerkRollen: [
      { ...m('nr-1', LT, 'dn-lotte'), planId: 'plan-1', netwerkLidId: 'nw-oma', taak: 'Begeleidt de overdracht en let op signalen.', controleertAfspraakIds: ['af-1'] },
      { ...m('nr-2', LT, 'dn-lotte'), planId: 'plan-1', netwerkLidId: 'nw-buurvrouw', taak: 'Belt 112 bij lawaai of geschreeuw.', controleertAfspraakIds: [] },
    ],
    veiligheidsSchalen: [
      { ...m('vs-1', VT, 'dn-ingrid'), zorgStatementId: 'zs-1', datum: '2025-03-10', wie: 'p-sanne', score: 3, waarom: 'Ik ben nog steeds bang bij de overdracht.' },
      { ...m('vs-2', VT, 'dn-ingrid'), zorgStatementId: 'zs-1', datum: '2025-03-10', wie: 'p-mark', score: 8, waarom: 'Er gebeurt nu niets meer.' },
      { ...m('vs-3', VT, 'dn-ingrid'), zorgStatementId: 'zs-1', datum: '2025-03-10', wie: 'dn-joost', score: 4 },
    ],
    overleggen: [
      {
        ...m('ov-1', VT, 'dn-ahmed'), type: 'casusoverleg', datum: '2025-03-10', voorzitterId: 'dn-ingrid', notulistId: 'dn-ahmed',
        agenda: ['Opening en vertrouwelijkheid', 'Verklarende analyse', 'Gezinsprofiel', 'Veiligheidsplan', 'Actiepunten'],
        verslag: tekst('Kernteam weegt de casus integraal. Werkhypothese: intieme terreur. GGZ plaatst een kanttekening over alcohol.'),
        wegingEnKwalificatie: tekst('Structurele onveiligheid met herhaling van geweld; MDA++ passend.'), status: 'vastgesteld',
      },
    ],
    aanwezigheid: [
      { ...m('aw-1', VT, 'dn-ahmed', 'normaal'), overlegId: 'ov-1', wie: 'dn-ingrid', organisatieId: VT, rol: 'voorzitter', aanwezig: 'aanwezig', vertrouwelijkheidBevestigd: true, vertrouwelijkheidBevestigdOp: T1 },
      { ...m('aw-2', VT, 'dn-ahmed', 'normaal'), overlegId: 'ov-1', wie: 'dn-lotte', organisatieId: LT, rol: 'casusregisseur', aanwezig: 'aanwezig', vertrouwelijkheidBevestigd: true, vertrouwelijkheidBevestigdOp: T1 },
      { ...m('aw-3', VT, 'dn-ahmed', 'normaal'), overlegId: 'ov-1', wie: 'dn-fatima', organisatieId: GGZ, rol: 'gedragswetenschapper', aanwezig: 'aanwezig', vertrouwelijkheidBevestigd: true, vertrouwelijkheidBevestigdOp: T1 },
      { ...m('aw-4', VT, 'dn-ahmed', 'normaal'), overlegId: 'ov-1', wie: 'dn-joost', organisatieId: POL, rol: 'expert', aanwezig: 'afwezig_met_informatie', informatieOntvangenOp: '2025-03-09', vertrouwelijkheidBevestigd: false },
      { ...m('aw-5', VT, 'dn-ahmed', 'normaal'), overlegId: 'ov-1', wie: 'p-sanne', rol: 'gezinslid', aanwezig: 'aanwezig', vertrouwelijkheidBevestigd: true },
    ],
    besluiten: [
      {
        ...m('bs-1', VT, 'dn-ahmed'), overlegId: 'ov-1', datum: '2025-03-10', tekst: 'Geen mediation; begeleide overdracht via oma.',
        onderbouwing: tekst('Bij intieme terreur is mediation contra-geïndiceerd.'), genomenDoor: ['dn-ingrid', 'dn-lotte', 'dn-fatima'],
        tegenspraakDoor: 'dn-fatima', tegenspraak: 'Alcohol verdient meer gewicht; stel aanvullend onderzoek voor.',
        gezinGeinformeerd: true, reactieGezin: 'Moeder is akkoord; vader is het er niet mee eens.', raaktAan: ['plan', 'maatregel'],
      },
    ],
    actiepunten: [
      { ...m('ap-1', VT, 'dn-ahmed'), overlegId: 'ov-1', besluitId: 'bs-1', omschrijving: 'Oma informeren over haar rol bij de overdracht.', eigenaarDeelnemerId: 'dn-lotte', eigenaarOrgId: LT, deadline: '2025-03-14', status: 'gedaan', terugkoppeling: 'Oma is akkoord.' },
      { ...m('ap-2', VT, 'dn-ahmed'), overlegId: 'ov-1', omschrijving: 'Intake training agressieregulatie plannen.', eigenaarDeelnemerId: 'dn-pieter', eigenaarOrgId: RECL, deadline: '2025-03-21', status: 'open' },
      { ...m('ap-3', VT, 'dn-ahmed'), overlegId: 'ov-1', omschrijving: 'Gesprek met vader en moeder samen.', eigenaarDeelnemerId: 'dn-fatima', eigenaarOrgId: GGZ, deadline: '2025-03-17', status: 'niet_mogelijk_gewijzigde_omstandigheden', terugkoppeling: 'Vervallen door het besluit: geen gezamenlijke gesprekken.' },
      { ...m('ap-4', VT, 'dn-ahmed'), overlegId: 'ov-1', omschrijving: 'Politie-informatie aanvullen.', eigenaarDeelnemerId: 'dn-joost', eigenaarOrgId: POL, deadline: '2025-03-12', status: 'niet_gedaan' },
    ],
    versies: [
      {
        ...m('vs-ov-1', VT, 'dn-ingrid'), snapshotRef: 'snapshot-demo-1', vingerafdruk: 'sha256-fictief-0000', omvat: ['analyse', 'gezinsprofiel', 'plan'],
        vastgesteldOp: T1, vastgesteldDoor: ['dn-ingrid', 'dn-lotte'], aanwezigen: ['dn-ingrid', 'dn-lotte', 'dn-fatima', 'p-sanne'], overlegId: 'ov-1', omschrijving: 'Vastgesteld in het casusoverleg',
      },
    ],
    annotaties: [
      { ...m('an-1', GGZ, 'dn-fatima'), doelId: 'zorgen', soort: 'aanvulling', tekst: 'Alcoholgebruik hier ook noemen als verergerende factor.', zichtbaarheid: 'alle_deelnemers', status: 'open' },
      { ...m('an-2', POL, 'dn-joost', 'strafrechtelijk'), doelId: 'ev-2025-02-14', soort: 'bron', tekst: 'Proces-verbaal is bij de politie op te vragen.', zichtbaarheid: 'voorzitter', status: 'verwerkt', afgehandeldDoor: 'dn-ingrid', afgehandeldOp: T1 },
    ],
    reacties: [{ ...m('re-1', LT, 'dn-lotte'), annotatieId: 'an-1', tekst: 'Eens, neem ik mee in de volgende versie.' }],
  };
}
