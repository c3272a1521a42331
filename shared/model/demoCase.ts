/**
 * The demo case "Gezin K." — FICTIEF. Every person, address, number and event is made up. It
 * shows every part of the model and backs the "Voorbeeldcasus openen" action and the tests.
 */
import { demoPlanDeel } from './demoCasePlan.js';
import { demoLevensloopDeel } from './demoLevensloop.js';
import { DEMO_T0, DEMO_VOORSTEL_ID, demoMeta as m } from './demoMeta.js';
import { richDocFromPlainText as tekst, type RichDoc } from './richText.js';
import { CASE_JSON_FORMAT, SCHEMA_VERSION } from './docLayout.js';
import { STANDAARD_SECTIES } from './sections.js';

const VT = 'org-vt';
const POL = 'org-politie';
const LT = 'org-lokaalteam';
const GGZ = 'org-ggz';
const RECL = 'org-reclassering';
const OPV = 'org-opvang';

const SECTIE_TEKSTEN: Record<string, string> = {
  'aanleiding-en-hulpvraag':
    'FICTIEF. Derde melding bij Veilig Thuis in een jaar na een incident op 14 februari. Moeder vraagt: "Ik wil dat de kinderen zich weer veilig voelen." De school vraagt hoe zij Noor kan steunen.',
  'feiten-en-gebeurtenissen': 'Zie de tijdlijn: drie politiecontacten, een tijdelijk huisverbod en opvang van moeder en kinderen sinds februari.',
  perspectieven:
    'Moeder: "Hij bepaalt alles, ook nu nog via de app." Vader: "Het is een vechtscheiding, zij maakt het groter." Noor (9): "Ik wil dat papa en mama niet meer schreeuwen."',
  zorgen:
    'Herhaald fysiek geweld van vader naar moeder, waar de kinderen bij waren. Controle via berichten en geld. Als er niets verandert, lopen moeder en kinderen risico op nieuw en ernstiger geweld.',
  krachten: 'Oma Els is een veilige plek voor de kinderen. Moeder heeft hulp gezocht. Noor doet het goed op school; de juf is een vertrouwd gezicht.',
  risicofactoren: 'Vader: alcoholgebruik, jaloezie, eerdere geweldsincidenten. RiHG: hoog. Scheiding vergroot het risico.',
  'patronen-en-samenhang': 'Patroon van dwang en controle, dat na de scheiding doorgaat via omgang en berichten.',
  hypothesen: 'Drie verklaringen naast elkaar; zie de hypothesen met onderbouwing voor en tegen.',
  werkhypothese: 'Werkhypothese: intieme terreur met doorgaande controle na de scheiding. Vader deelt deze lezing niet; dat meningsverschil is vastgelegd.',
  gezinsprofiel: 'Primair: Intieme terreur. Complexe (conflict)scheiding uitgesloten als verklaring; mediation is niet aan de orde.',
  doelen: 'De kinderen zijn veilig bij elke overdracht. Moeder kan zonder angst haar eigen keuzes maken.',
  interventies: 'Eerst directe veiligheid (geheim adres, begeleide overdracht), daarna daderhulp via reclassering en traumahulp voor de kinderen.',
  'besluiten-en-onderbouwing': 'Zie de besluiten van het casusoverleg van 10 maart.',
};

const KRACHTEN_MET_VOORSTEL: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Oma Els is een veilige plek voor de kinderen.' },
        {
          type: 'text',
          text: ' Zij heeft zelf aangeboden de kinderen na school op te vangen.',
          marks: [{ type: 'insertion', attrs: { id: DEMO_VOORSTEL_ID } }],
        },
        { type: 'text', text: ' Moeder heeft hulp gezocht. Noor doet het goed op school; de juf is een vertrouwd gezicht.' },
      ],
    },
  ],
};

/** The demo case as case JSON (validate and import it with importCase). */
export function demoCaseJson(): Record<string, unknown> {
  return {
    formaat: CASE_JSON_FORMAT,
    schemaVersie: SCHEMA_VERSION,
    casus: {
      id: 'casus-demo-gezin-k',
      titel: 'Gezin K. (fictief)',
      casusnummer: 'DEMO-2025-001',
      regio: 'Voorbeeldregio',
      fase: 'directe_veiligheid',
      aanbrengerOrgId: VT,
      grondslag: { type: 'wettelijke_taak', toelichting: 'Fictief: Veilig Thuis brengt de casus in.', convenantNaam: 'Convenant MDA++ Voorbeeldregio' },
      aanmelddatum: '2025-02-20',
      casusregisseurId: 'dn-lotte',
      procesregisseurId: 'dn-ahmed',
      voorzitterId: 'dn-ingrid',
      fictief: true,
      aangemaaktOp: DEMO_T0,
      aangemaaktDoor: 'dn-ingrid',
      gewijzigdOp: DEMO_T0,
      gewijzigdDoor: 'dn-ingrid',
    },
    analyse: {
      status: 'besproken_met_gezin',
      werkhypotheseId: 'hyp-terreur',
      teksten: { ...Object.fromEntries(Object.entries(SECTIE_TEKSTEN).map(([id, t]) => [id, tekst(t)])), krachten: KRACHTEN_MET_VOORSTEL },
    },
    organisaties: [
      { ...m(VT, VT, 'dn-ingrid', 'normaal'), naam: 'Veilig Thuis Voorbeeldregio', type: 'VeiligThuis' },
      { ...m(POL, VT, 'dn-ingrid', 'normaal'), naam: 'Politie, basisteam Voorbeeld', type: 'Politie' },
      { ...m(LT, VT, 'dn-ingrid', 'normaal'), naam: 'Wijkteam Centrum', type: 'LokaalTeam' },
      { ...m(GGZ, VT, 'dn-ingrid', 'normaal'), naam: 'GGZ Voorbeeld', type: 'GGZ' },
      { ...m(RECL, VT, 'dn-ingrid', 'normaal'), naam: 'Reclassering Voorbeeld', type: 'Reclassering' },
      { ...m(OPV, VT, 'dn-ingrid', 'normaal'), naam: 'Sterk Huis Voorbeeld', type: 'Opvang' },
    ],
    deelnemers: [
      {
        ...m('dn-ingrid', VT, 'dn-ingrid', 'normaal'),
        naam: 'Ingrid (fictief)',
        organisatieId: VT,
        functie: 'Voorzitter MDA++',
        rollen: ['voorzitter'],
        vertrouwelijkheidsverklaringOp: DEMO_T0,
      },
      {
        ...m('dn-lotte', LT, 'dn-ingrid', 'normaal'),
        naam: 'Lotte (fictief)',
        organisatieId: LT,
        functie: 'Casusregisseur',
        rollen: ['casusregisseur'],
        vertrouwelijkheidsverklaringOp: DEMO_T0,
      },
      {
        ...m('dn-ahmed', VT, 'dn-ingrid', 'normaal'),
        naam: 'Ahmed (fictief)',
        organisatieId: VT,
        functie: 'MDA++-coördinator',
        rollen: ['procesregisseur', 'notulist'],
      },
      { ...m('dn-joost', POL, 'dn-ingrid', 'normaal'), naam: 'Joost (fictief)', organisatieId: POL, functie: 'Wijkagent', rollen: ['expert'] },
      {
        ...m('dn-fatima', GGZ, 'dn-ingrid', 'normaal'),
        naam: 'Fatima (fictief)',
        organisatieId: GGZ,
        functie: 'GZ-psycholoog',
        rollen: ['expert', 'gedragswetenschapper'],
      },
      { ...m('dn-pieter', RECL, 'dn-ingrid', 'normaal'), naam: 'Pieter (fictief)', organisatieId: RECL, functie: 'Reclasseringswerker', rollen: ['expert'] },
      { ...m('dn-mila', OPV, 'dn-ingrid', 'normaal'), naam: 'Mila (fictief)', organisatieId: OPV, functie: 'Ambulant hulpverlener', rollen: ['expert'] },
    ],
    personen: [
      {
        ...m('p-sanne', VT, 'dn-ingrid'),
        roepnaam: 'Sanne',
        initialen: 'S.K.',
        geboortejaar: 1990,
        rolInGezin: 'ouder',
        gezag: true,
        woonsituatie: 'Met de kinderen in de opvang',
        adres: { waarde: 'Geheim opvangadres (fictief)', geheim: true, zichtbaarVoor: ['voorzitter', 'casusregisseur', 'dn-mila'] },
        veiligContact: { telefoon: '06-00000000 (fictief)', tijden: 'Doordeweeks 9-12 uur', codewoord: 'tulp', zichtbaarVoor: ['casusregisseur', 'dn-mila'] },
        stemVanPersoon: 'Ik wil rust voor de kinderen.',
      },
      {
        ...m('p-mark', VT, 'dn-ingrid'),
        roepnaam: 'Mark',
        initialen: 'M.K.',
        geboortejaar: 1987,
        rolInGezin: 'ex_partner',
        gezag: true,
        woonsituatie: 'Woont in de gezinswoning',
        stemVanPersoon: 'Ik wil mijn kinderen gewoon zien.',
      },
      {
        ...m('p-noor', VT, 'dn-ingrid'),
        roepnaam: 'Noor',
        geboortejaar: 2016,
        rolInGezin: 'kind',
        stemVanPersoon: 'Ik wil dat papa en mama niet meer schreeuwen.',
      },
      { ...m('p-daan', VT, 'dn-ingrid'), roepnaam: 'Daan', geboortejaar: 2020, rolInGezin: 'kind', beperkingen: 'Onderzoek naar ontwikkeling loopt' },
    ],
    relaties: [
      {
        ...m('rel-sanne-mark', VT, 'dn-ingrid'),
        vanPersoonId: 'p-mark',
        naarPersoonId: 'p-sanne',
        type: 'ex_partner',
        geweldRichting: 'van_naar',
        omgangsregeling: 'Begeleide omgang',
        contactverbod: false,
      },
      { ...m('rel-mark-noor', VT, 'dn-ingrid'), vanPersoonId: 'p-mark', naarPersoonId: 'p-noor', type: 'ouder_kind', geweldRichting: 'onbekend' },
      { ...m('rel-sanne-daan', VT, 'dn-ingrid'), vanPersoonId: 'p-sanne', naarPersoonId: 'p-daan', type: 'ouder_kind', geweldRichting: 'geen' },
    ],
    netwerk: [
      {
        ...m('nw-oma', LT, 'dn-lotte', 'normaal'),
        naam: 'Oma Els (fictief)',
        relatieTotGezin: 'Moeder van Sanne',
        kanHelpenMet: ['opvang kinderen', 'overdracht'],
        veilig: 'ja',
        inVeiligheidsplan: true,
      },
      {
        ...m('nw-buurvrouw', LT, 'dn-lotte', 'normaal'),
        naam: 'Buurvrouw Ria (fictief)',
        relatieTotGezin: 'Buurvrouw',
        kanHelpenMet: ['alarm slaan'],
        veilig: 'ja',
        inVeiligheidsplan: true,
      },
      {
        ...m('nw-juf', LT, 'dn-lotte', 'normaal'),
        naam: 'Juf van Noor (fictief)',
        relatieTotGezin: 'School',
        kanHelpenMet: ['signalen op school'],
        veilig: 'onbekend',
        inVeiligheidsplan: false,
      },
    ],
    hulpverleners: [
      { ...m('hv-opvang', OPV, 'dn-mila'), organisatieId: OPV, wat: 'Opvang en ambulante begeleiding moeder en kinderen', sinds: '2025-02-15' },
      {
        ...m('hv-ggz', GGZ, 'dn-fatima'),
        organisatieId: GGZ,
        wat: 'Eerdere relatietherapie',
        sinds: '2023-05-01',
        tot: '2023-09-01',
        resultaat: 'Voortijdig gestopt; achteraf contra-geïndiceerd.',
      },
    ],
    gebeurtenissen: [
      {
        ...m('ev-2024-03', POL, 'dn-joost', 'strafrechtelijk'),
        datum: '2024-03',
        datumPrecisie: 'maand',
        type: 'politiecontact',
        titel: 'Melding burengerucht',
        betrokkenPersoonIds: ['p-sanne', 'p-mark'],
        bronType: 'dossier',
        betrouwbaarheid: 'gemeld',
      },
      {
        ...m('ev-2024-08-12', VT, 'dn-ingrid'),
        datum: '2024-08-12',
        datumPrecisie: 'dag',
        type: 'melding_VT',
        titel: 'Melding door school',
        omschrijving: 'Noor vertelt de juf over ruzies thuis.',
        betrokkenPersoonIds: ['p-noor'],
        bronType: 'derde',
        betrouwbaarheid: 'gemeld',
      },
      {
        ...m('ev-2025-02-14', POL, 'dn-joost', 'strafrechtelijk'),
        datum: '2025-02-14',
        datumPrecisie: 'dag',
        type: 'incident',
        titel: 'Fysiek geweld, kinderen aanwezig',
        betrokkenPersoonIds: ['p-sanne', 'p-mark', 'p-noor', 'p-daan'],
        bronType: 'eigen_waarneming',
        betrouwbaarheid: 'bevestigd',
        ernst: 4,
        kinderenAanwezig: true,
      },
      {
        ...m('ev-2025-02-14-hv', POL, 'dn-joost', 'strafrechtelijk'),
        datum: '2025-02-14',
        datumPrecisie: 'dag',
        type: 'huisverbod',
        titel: 'Tijdelijk huisverbod opgelegd',
        betrokkenPersoonIds: ['p-mark'],
        bronType: 'dossier',
        betrouwbaarheid: 'bevestigd',
      },
      {
        ...m('ev-2025-02-15', OPV, 'dn-mila'),
        datum: '2025-02-15',
        datumPrecisie: 'dag',
        type: 'opvang',
        titel: 'Moeder en kinderen in opvang',
        betrokkenPersoonIds: ['p-sanne', 'p-noor', 'p-daan'],
        bronType: 'eigen_waarneming',
        betrouwbaarheid: 'bevestigd',
      },
      {
        ...m('ev-2023', GGZ, 'dn-fatima'),
        datum: '2023',
        datumPrecisie: 'jaar',
        type: 'hulp_einde',
        titel: 'Relatietherapie gestopt',
        betrokkenPersoonIds: ['p-sanne', 'p-mark'],
        bronType: 'dossier',
        betrouwbaarheid: 'bevestigd',
      },
    ],
    secties: STANDAARD_SECTIES.map((s, i) => ({ ...m(s.id, VT, 'dn-ingrid'), titel: s.titel, volgorde: i, hulptekst: s.hulptekst })),
    perspectieven: [
      { ...m('persp-sanne', OPV, 'dn-mila'), persoonId: 'p-sanne', inEigenWoorden: tekst('"Hij bepaalt alles, ook nu nog via de app."'), datum: '2025-02-20' },
      {
        ...m('persp-mark', RECL, 'dn-pieter'),
        persoonId: 'p-mark',
        inEigenWoorden: tekst('"Het is een vechtscheiding, zij maakt het groter."'),
        datum: '2025-02-25',
      },
      { ...m('persp-oma', LT, 'dn-lotte'), persoonId: 'nw-oma', inEigenWoorden: tekst('"De kinderen zijn bij mij altijd welkom."'), datum: '2025-02-26' },
    ],
    factoren: [
      {
        ...m('f-geweld', POL, 'dn-joost'),
        soort: 'zorg',
        niveau: 'relatie',
        titel: 'Herhaald fysiek geweld',
        omschrijving: tekst('Drie politiecontacten in een jaar, laatste met letsel.'),
        persoonIds: ['p-mark', 'p-sanne'],
        bewijsGebeurtenisIds: ['ev-2024-03', 'ev-2025-02-14'],
      },
      {
        ...m('f-oma', LT, 'dn-lotte'),
        soort: 'beschermend',
        niveau: 'netwerk',
        rolInProbleem: 'beschermend',
        titel: 'Oma als veilige plek',
        omschrijving: tekst('Oma vangt de kinderen op en is betrouwbaar.'),
        persoonIds: [],
        bewijsGebeurtenisIds: [],
      },
      {
        ...m('f-alcohol', RECL, 'dn-pieter'),
        soort: 'risico',
        niveau: 'ouder',
        rolInProbleem: 'verergerend',
        titel: 'Alcoholgebruik vader',
        omschrijving: tekst('Incidenten vaker na drinken.'),
        persoonIds: ['p-mark'],
        bewijsGebeurtenisIds: ['ev-2025-02-14'],
      },
      {
        ...m('f-controle', OPV, 'dn-mila'),
        soort: 'complicerend',
        niveau: 'relatie',
        rolInProbleem: 'in_stand_houdend',
        titel: 'Controle via berichten en geld',
        omschrijving: tekst('Vader controleert via de app en de gezamenlijke rekening.'),
        persoonIds: ['p-mark'],
        bewijsGebeurtenisIds: [],
      },
      {
        ...m('f-hulp', OPV, 'dn-mila'),
        soort: 'kracht',
        niveau: 'ouder',
        titel: 'Moeder zoekt hulp',
        omschrijving: tekst('Moeder nam zelf contact op met de opvang.'),
        persoonIds: ['p-sanne'],
        bewijsGebeurtenisIds: ['ev-2025-02-15'],
      },
      {
        ...m('f-uitzondering', LT, 'dn-lotte'),
        soort: 'uitzondering',
        niveau: 'gezin',
        titel: 'Rustige overdracht bij oma',
        omschrijving: tekst('Twee overdrachten bij oma verliepen zonder incident.'),
        persoonIds: ['p-mark'],
        bewijsGebeurtenisIds: [],
      },
    ],
    hypothesen: [
      {
        ...m('hyp-terreur', VT, 'dn-ingrid'),
        titel: 'Intieme terreur',
        stelling: tekst('Het geweld is onderdeel van dwang en controle door vader.'),
        status: 'aannemelijk',
        voorgesteldDoor: 'dn-mila',
      },
      {
        ...m('hyp-stress', GGZ, 'dn-fatima'),
        titel: 'Stress en alcohol',
        stelling: tekst('Het geweld komt voort uit stress en alcohol rond de scheiding.'),
        status: 'open',
        voorgesteldDoor: 'dn-fatima',
      },
      {
        ...m('hyp-scheiding', RECL, 'dn-pieter'),
        titel: 'Vechtscheiding',
        stelling: tekst('Het gaat vooral om een conflict over de omgang.'),
        status: 'verworpen',
        voorgesteldDoor: 'p-mark',
      },
    ],
    bewijzen: [
      { ...m('bw-1', OPV, 'dn-mila'), hypotheseId: 'hyp-terreur', richting: 'voor', tekst: 'Controle gaat door na de scheiding.', factorId: 'f-controle' },
      { ...m('bw-2', POL, 'dn-joost'), hypotheseId: 'hyp-terreur', richting: 'voor', tekst: 'Herhaald geweld met letsel.', gebeurtenisId: 'ev-2025-02-14' },
      { ...m('bw-3', GGZ, 'dn-fatima'), hypotheseId: 'hyp-stress', richting: 'voor', tekst: 'Incidenten vaker na alcoholgebruik.', factorId: 'f-alcohol' },
      {
        ...m('bw-4', VT, 'dn-ingrid'),
        hypotheseId: 'hyp-scheiding',
        richting: 'tegen',
        tekst: 'Geweld begon ruim voor de scheiding.',
        gebeurtenisId: 'ev-2024-03',
      },
    ],
    meningsverschillen: [
      { ...m('mv-1', VT, 'dn-ingrid'), onderwerp: 'Is dit intieme terreur of een vechtscheiding?', hypotheseId: 'hyp-terreur', opgelost: false },
    ],
    standpunten: [
      { ...m('sp-1', VT, 'dn-ingrid'), meningsverschilId: 'mv-1', wie: 'dn-mila', standpunt: 'Intieme terreur: de controle gaat door.' },
      { ...m('sp-2', VT, 'dn-ingrid'), meningsverschilId: 'mv-1', wie: 'p-mark', standpunt: 'Het is een vechtscheiding.' },
      { ...m('sp-3', VT, 'dn-ingrid'), meningsverschilId: 'mv-1', wie: 'p-sanne', standpunt: 'Hij wil mij blijven controleren.' },
    ],
    ...demoPlanDeel(),
    ...demoLevensloopDeel(),
  };
}
