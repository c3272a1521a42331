/**
 * The documents in reading order, as headings, paragraphs, lists and label/value lines. Every
 * writer lays out this one structure, so Markdown, HTML and Word always say the same thing.
 */
import type { OrganisatieUittreksel } from './extract.js';
import { fingerprintForPeople } from './fingerprint.js';
import type { Blok, ExportDocument, ExportSectie } from './blokken.js';
import type { ExportKop } from './header.js';
import { opsomming } from './labels.js';
import { analyseSecties, feitenEnRisicoSecties, gezinsprofielSectie, tekstAlsBlokken } from './layoutAnalyse.js';
import type { AfspraakRegel, PlanDocument } from './planDocument.js';
import type { ActiepuntRegel, VerslagDocument } from './verslag.js';

export type { Blok, ExportSectie, ExportDocument } from './blokken.js';

const kop = (niveau: 3 | 4 | 5, tekst: string): Blok => ({ soort: 'kop', niveau, tekst });
const alinea = (tekst: string): Blok => ({ soort: 'alinea', tekst });
const lijst = (items: readonly string[]): Blok => ({ soort: 'lijst', items });
const velden = (...rows: Array<readonly [string, string | undefined]>): Blok => ({
  soort: 'velden',
  velden: rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== ''),
});
const ofGeen = (items: readonly string[], geen: string): Blok => (items.length > 0 ? lijst(items) : alinea(geen));

/** The header as label/value lines, in the order every export shows them. */
export function kopVelden(k: ExportKop): ReadonlyArray<readonly [string, string]> {
  const rows: Array<readonly [string, string | undefined]> = [
    ['Casus', k.casus],
    ['Casusnummer', k.casusnummer],
    ['Datum', k.datum],
    ['Vastgesteld op', k.vastgesteldOp],
    ['Vastgesteld door', k.vastgesteldDoor.join('; ')],
    ['Aanwezig', k.aanwezigen.join('; ') || 'niet vastgelegd'],
    ['Vingerafdruk', `${k.vingerafdruk} (${fingerprintForPeople(k.vingerafdruk)})`],
    ['Ontvanger', k.ontvanger],
  ];
  return rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== '');
}

function afspraakBlokken(a: AfspraakRegel, niveau: 3 | 5): Blok[] {
  return [
    kop(niveau, `Afspraak ${a.nummer}`),
    velden(
      ['Wat', a.wat],
      ['Wie', opsomming(a.wie)],
      ['Wanneer', a.wanneer],
      ['Waar', a.waar],
      ['Wie controleert', opsomming(a.controleDoor)],
      ['Fase', a.fase],
      ['Status', a.status],
    ),
  ];
}

/** Agreed while items were still open: the chair's reason and what was open, first thing a reader sees. */
function vaststellingSectie(p: PlanDocument): ExportSectie[] {
  if (p.vaststelling === undefined) return [];
  return [
    {
      titel: 'Vastgesteld met open punten',
      blokken: [
        alinea('De voorzitter heeft deze versie vastgesteld terwijl deze punten nog open stonden:'),
        lijst(p.vaststelling.openPunten),
        kop(3, 'Waarom toch vastgesteld'),
        ...tekstAlsBlokken(p.vaststelling.reden, 4),
      ],
    },
  ];
}

function planSecties(p: PlanDocument, uittreksel = false): ExportSectie[] {
  // In an extract an empty list means "nothing of this organisation", not "nothing at all".
  const geen = (wat: string): string => (uittreksel ? `Geen ${wat} van of voor ${p.kop.ontvanger}.` : `Geen ${wat} vastgelegd.`);
  const secties: ExportSectie[] = [...vaststellingSectie(p)];
  if (p.plan) {
    secties.push({
      titel: 'Over dit plan',
      blokken: [velden(['Soort', p.plan.type], ['Evaluatie', opsomming(p.plan.evaluatieMomenten)])],
    });
  }
  secties.push(...analyseSecties(p.analyse), ...feitenEnRisicoSecties(p.analyse), gezinsprofielSectie(p.analyse));
  secties.push({
    titel: 'Veiligheidsvoorwaarden',
    blokken: [
      ofGeen(
        p.veiligheidsvoorwaarden.map((v) => `${v.tekst} (gesteld door ${v.gesteldDoor})`),
        geen('veiligheidsvoorwaarden'),
      ),
    ],
  });
  secties.push({
    titel: 'Zorgen, doelen en afspraken',
    blokken:
      p.zorgen.length === 0
        ? [alinea(geen('zorgen en afspraken'))]
        : p.zorgen.flatMap((z) => [
            kop(3, `Zorg ${z.nummer}`),
            velden(
              ['Waarover', z.waarover],
              ['Wie maakt zich zorgen', z.wieMaaktZichZorgen],
              ['Als er niets verandert', z.watAlsNietsVerandert],
              ['Betwist door', opsomming(z.betwistDoor)],
            ),
            ...z.doelen.flatMap((d) => [
              kop(4, `Veiligheidsdoel ${d.nummer}`),
              velden(['Doel', d.doel], ['Hoe lang volhouden', d.hoeLangVolhouden]),
              ...d.afspraken.flatMap((a) => afspraakBlokken(a, 5)),
            ]),
          ]),
  });
  if (p.overigeAfspraken.length > 0) secties.push({ titel: 'Overige afspraken', blokken: p.overigeAfspraken.flatMap((a) => afspraakBlokken(a, 3)) });
  secties.push({
    titel: 'Signalen',
    blokken: [
      ofGeen(
        p.signalen.map((s) => `${s.bij ? `Bij ${s.bij}: ` : ''}${s.signaal} Wat dan te doen: ${s.watDanTeDoen}`),
        geen('signalen'),
      ),
    ],
  });
  secties.push({
    titel: 'Noodcontacten',
    blokken: [
      ofGeen(
        p.noodcontacten.map((n) => `${n.naam}: ${n.telefoon} (${n.wanneer})`),
        'Geen noodcontacten in deze export.',
      ),
    ],
  });
  if (p.netwerkRollen.length > 0) {
    secties.push({
      titel: 'Netwerk',
      blokken: [
        lijst(
          p.netwerkRollen.map(
            (r) => `${r.wie}: ${r.taak}${r.controleertAfspraken.length > 0 ? ` (controleert afspraak ${opsomming(r.controleertAfspraken.map(String))})` : ''}`,
          ),
        ),
      ],
    });
  }
  if (p.plan?.gezinsVersie) secties.push({ titel: 'Het plan in de woorden van het gezin', blokken: tekstAlsBlokken(p.plan.gezinsVersie) });
  return secties;
}

const actiepuntBlokken =
  (naam: string) =>
  (a: ActiepuntRegel): Blok[] => [
    kop(3, `${naam} ${a.nummer}`),
    velden(
      ['Wat', a.omschrijving],
      ['Eigenaar', `${a.eigenaar}, ${a.organisatie}`],
      ['Uiterlijk', a.deadline],
      ['Status', a.status],
      ['Terugkoppeling', a.terugkoppeling],
    ),
  ];

/** The review of earlier actiepunten (docs/domain.md §4.2), before the besluiten as in the meeting itself. */
function terugblik(v: VerslagDocument, uittreksel: boolean): ExportSectie {
  const blokken =
    v.terugblik === undefined
      ? [alinea('Niet vastgelegd: deze versie is vastgesteld met een eerdere versie van Tafel.')]
      : v.terugblik.length === 0
        ? [
            alinea(
              uittreksel
                ? `Geen actiepunten van of voor ${v.kop.ontvanger} uit eerdere overleggen besproken.`
                : 'Geen actiepunten van eerdere overleggen besproken.',
            ),
          ]
        : v.terugblik.flatMap(actiepuntBlokken('Eerder actiepunt'));
  return { titel: 'Terugblik op actiepunten', blokken };
}

function besluitenEnActies(v: VerslagDocument, uittreksel = false): ExportSectie[] {
  const geen = (wat: string): string => (uittreksel ? `Geen ${wat} van of voor ${v.kop.ontvanger}.` : `Geen ${wat}.`);
  return [
    terugblik(v, uittreksel),
    {
      titel: 'Besluiten',
      blokken:
        v.besluiten.length === 0
          ? [alinea(geen('besluiten'))]
          : v.besluiten.flatMap((b) => [
              kop(3, `Besluit ${b.nummer}`),
              velden(
                ['Besluit', b.tekst],
                ['Onderbouwing', b.onderbouwing],
                ['Genomen door', opsomming(b.genomenDoor)],
                ['Tegenspraak', b.tegenspraak && `${b.tegenspraak.door}: ${b.tegenspraak.tekst}`],
                ['Gezin', b.gezin],
              ),
            ]),
    },
    {
      titel: 'Actiepunten',
      blokken: v.actiepunten.length === 0 ? [alinea(geen('actiepunten'))] : v.actiepunten.flatMap(actiepuntBlokken('Actiepunt')),
    },
  ];
}

/** The plan as a document: the whole agreed case, with the meeting's besluiten and actiepunten. */
export function planLayout(p: PlanDocument): ExportDocument {
  return { titel: p.plan?.titel ?? 'Veiligheidsplan', kop: p.kop, secties: [...planSecties(p), ...(p.verslag ? besluitenEnActies(p.verslag) : [])] };
}

/** The verslag as a document. */
export function verslagLayout(v: VerslagDocument): ExportDocument {
  return {
    titel: `Verslag ${v.overleg.soort.toLowerCase()} ${v.overleg.datum}`,
    kop: v.kop,
    secties: [
      {
        titel: 'Overleg',
        blokken: [
          velden(['Soort', v.overleg.soort], ['Datum', v.overleg.datum], ['Voorzitter', v.overleg.voorzitter], ['Notulist', v.overleg.notulist]),
          ...(v.overleg.agenda.length > 0 ? [kop(3, 'Agenda'), lijst(v.overleg.agenda)] : []),
        ],
      },
      {
        titel: 'Aanwezigheid',
        blokken: [
          kop(3, 'Aanwezig'),
          ofGeen(v.aanwezig, 'Niemand vastgelegd.'),
          ...(v.afwezigMetInformatie.length > 0 ? [kop(3, 'Afwezig, informatie gestuurd'), lijst(v.afwezigMetInformatie)] : []),
          ...(v.afwezig.length > 0 ? [kop(3, 'Afwezig'), lijst(v.afwezig)] : []),
        ],
      },
      { titel: 'Samenvatting', blokken: tekstAlsBlokken(v.samenvatting, 4, 'Geen samenvatting.') },
      { titel: 'Weging en kwalificatie', blokken: tekstAlsBlokken(v.wegingEnKwalificatie, 4, 'Geen weging vastgelegd.') },
      ...besluitenEnActies(v),
    ],
  };
}

/** The per-organisation extract as a document. */
export function uittrekselLayout(u: OrganisatieUittreksel): ExportDocument {
  return {
    titel: `Uittreksel voor ${u.kop.ontvanger}`,
    kop: u.kop,
    secties: [
      {
        titel: 'Over dit uittreksel',
        blokken: [
          alinea(
            `Dit uittreksel bevat de vastgestelde verklarende analyse, tijdlijn, risicotaxaties en het gezinsprofiel, en van het plan en het overleg alleen de onderdelen die ${u.kop.ontvanger} heeft ingebracht of uitvoert.`,
          ),
        ],
      },
      ...planSecties(u.plan, true),
      ...(u.verslag ? besluitenEnActies(u.verslag, true) : []),
    ],
  };
}
