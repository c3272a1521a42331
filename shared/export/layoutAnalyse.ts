/**
 * The agreed case behind the plan as document sections: the verklarende analyse section by
 * section (headings and lists as written), hypotheses with their evidence, factors,
 * disagreements, the tijdlijn, the risicotaxaties and the gezinsprofiel with each expert's own
 * position and where it differs. Every writer lays these out like the rest (layout.ts).
 */
import type { AnalyseDocument, HypotheseRegel } from './analyseDocument.js';
import { opsomming } from './labels.js';
import type { Blok, ExportSectie } from './blokken.js';
import { tekstBlokken } from './text.js';

const kop = (niveau: 3 | 4 | 5, tekst: string): Blok => ({ soort: 'kop', niveau, tekst });
const alinea = (tekst: string): Blok => ({ soort: 'alinea', tekst });
const lijst = (items: readonly string[]): Blok => ({ soort: 'lijst', items });
const velden = (...rows: Array<readonly [string, string | undefined]>): Blok => ({
  soort: 'velden',
  velden: rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== ''),
});

/** Agreed text as blocks: its subheadings one level below `niveau`, its lists as lists. */
export function tekstAlsBlokken(tekst: string, niveau: 4 | 5 = 4, leeg?: string): Blok[] {
  const blokken = tekstBlokken(tekst).map((b): Blok =>
    b.soort === 'kop'
      ? kop(niveau, b.tekst)
      : b.soort === 'lijst'
        ? { soort: 'lijst', items: b.items, ...(b.genummerd ? { genummerd: true } : {}) }
        : alinea(b.tekst),
  );
  return blokken.length === 0 && leeg !== undefined ? [alinea(leeg)] : blokken;
}

function hypotheseBlokken(h: HypotheseRegel, titel: string): Blok[] {
  return [
    kop(3, titel),
    ...tekstAlsBlokken(h.stelling, 4),
    ...(h.voor.length > 0 ? [kop(4, 'Onderbouwing voor'), lijst(h.voor)] : []),
    ...(h.tegen.length > 0 ? [kop(4, 'Onderbouwing tegen'), lijst(h.tegen)] : []),
  ];
}

const NIET_VASTGELEGD = 'Niet vastgelegd: deze versie is vastgesteld met een eerdere versie van Tafel.';

/** The verklarende analyse, hypotheses, factors and disagreements. */
export function analyseSecties(a: AnalyseDocument): ExportSectie[] {
  return [
    {
      titel: 'Verklarende analyse',
      blokken:
        a.secties.length === 0 ? [alinea('Geen secties.')] : a.secties.flatMap((s) => [kop(3, s.titel), ...tekstAlsBlokken(s.tekst, 4, 'Niet ingevuld.')]),
    },
    {
      titel: 'Werkhypothese en andere verklaringen',
      blokken: [
        ...(a.werkhypothese ? hypotheseBlokken(a.werkhypothese, `Werkhypothese: ${a.werkhypothese.titel}`) : [alinea('Er is geen werkhypothese gekozen.')]),
        ...a.andereHypothesen.flatMap((h) => hypotheseBlokken(h, `${h.titel} (${h.status})`)),
      ],
    },
    ...(a.factoren.length > 0
      ? [
          {
            titel: 'Factoren',
            blokken: a.factoren.flatMap((g) => [
              kop(3, g.soort),
              lijst(g.factoren.map((f) => `${f.titel}${f.omschrijving === '' ? '' : `: ${f.omschrijving}`} (ingebracht door ${f.bron})`)),
            ]),
          },
        ]
      : []),
    ...(a.meningsverschillen.length > 0
      ? [
          {
            titel: 'Meningsverschillen',
            blokken: a.meningsverschillen.flatMap((m) => [kop(3, `${m.opgelost ? 'Opgelost' : 'Nog niet eens'}: ${m.onderwerp}`), lijst(m.standpunten)]),
          },
        ]
      : []),
  ];
}

/** The tijdlijn and the risicotaxaties with the safety scales. */
export function feitenEnRisicoSecties(a: AnalyseDocument): ExportSectie[] {
  const tijdlijn =
    a.tijdlijn === undefined
      ? [alinea(NIET_VASTGELEGD)]
      : a.tijdlijn.length === 0
        ? [alinea('Geen gebeurtenissen vastgelegd.')]
        : [
            lijst(
              a.tijdlijn.map((g) =>
                [
                  `${g.datum}, ${g.soort}: ${g.titel}`,
                  ...(g.omschrijving === undefined ? [] : [g.omschrijving]),
                  [`bron: ${g.bron}`, ...g.kenmerken, ...(g.betrokken.length > 0 ? [`betrokken: ${opsomming(g.betrokken)}`] : [])].join('; '),
                ].join('\n'),
              ),
            ),
          ];
  const taxaties =
    a.risicotaxaties === undefined
      ? [alinea(NIET_VASTGELEGD)]
      : a.risicotaxaties.length === 0
        ? [alinea('Geen risicotaxaties vastgelegd.')]
        : a.risicotaxaties.flatMap((r) => [
            kop(3, r.kop),
            velden(['Uitgevoerd door', r.uitgevoerdDoor], ['Betreft', opsomming(r.betreft)], ['Uitkomst', r.uitkomst], ['Geldig tot', r.geldigTot]),
            ...(r.oordeel === '' ? [] : [kop(4, 'Professioneel oordeel'), ...tekstAlsBlokken(r.oordeel, 5)]),
          ]);
  const schalen =
    a.veiligheidsschalen !== undefined && a.veiligheidsschalen.length > 0
      ? [kop(3, 'Veiligheidsschalen'), lijst(a.veiligheidsschalen.map((s) => s.tekst))]
      : [];
  const o = a.onveiligheid;
  // Shown when judged: the split the table's actions follow (acute first, then structureel).
  const onveiligheid: ExportSectie[] =
    o === undefined
      ? []
      : [
          {
            titel: 'Acute en structurele onveiligheid bij het vaststellen',
            blokken: [velden(['Beoordeeld op', o.datum], ['Acute onveiligheid', o.acuut], ['Structurele onveiligheid', o.structureel]), alinea(o.onderbouwing)],
          },
        ];
  return [...onveiligheid, { titel: 'Tijdlijn', blokken: tijdlijn }, { titel: 'Risicotaxaties', blokken: [...taxaties, ...schalen] }];
}

/** The joint gezinsprofiel and, per expert, their own position and where it differs. */
export function gezinsprofielSectie(a: AnalyseDocument): ExportSectie {
  const g = a.gezinsprofiel;
  const standpunten =
    g.standpunten === undefined
      ? [kop(3, 'Standpunten van de deskundigen'), alinea(NIET_VASTGELEGD)]
      : g.standpunten.length === 0
        ? []
        : [
            kop(3, 'Standpunten van de deskundigen'),
            ...g.standpunten.flatMap((s) => [
              kop(4, s.wie),
              velden(
                ['Primair profiel', s.primair],
                ['Ook van toepassing', opsomming(s.ookVanToepassing)],
                ['Uitgesloten', opsomming(s.uitgesloten)],
                ['Datum', s.datum],
                ['Waarom', s.toelichting],
              ),
              ...(s.verschillen.length > 0
                ? [kop(5, 'Verschilt van het gezamenlijk oordeel'), lijst(s.verschillen)]
                : [alinea('Zelfde als het gezamenlijk oordeel.')]),
            ]),
          ];
  return {
    titel: 'Gezinsprofiel',
    blokken: [
      kop(3, 'Gezamenlijk oordeel'),
      velden(
        ['Primair profiel', g.primair ?? 'nog niet gekozen'],
        ['Ook van toepassing', opsomming(g.secundair)],
        ['Uitgesloten', opsomming(g.uitgesloten)],
        ['Machtsongelijkheid', g.machtsongelijkheid],
        ['Accent bescherming', g.beschermingsAccent],
      ),
      ...tekstAlsBlokken(g.toelichting, 4),
      ...(g.aanpak.length > 0 ? [kop(3, `Wat ${g.primair ?? 'het profiel'} betekent voor de aanpak`), lijst(g.aanpak)] : []),
      ...standpunten,
    ],
  };
}
