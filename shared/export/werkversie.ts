/**
 * "Werkversie met voorstellen": the rich texts of the verklarende analyse and the veiligheidsplan
 * as they are now, open proposals included and marked as whose they are and when, for a meeting
 * that settles them on paper or in Word. It is not an agreed version (no fingerprint, said in its
 * title); the agreed plan and every other export hold accepted text only (text.ts).
 */
import {
  herkomstVanVoorstel,
  readRichDoc,
  voorstelVanMarks,
  VOORSTEL_MARKERING,
  type CaseModel,
  type RichDoc,
  type RichElementNode,
  type RichNode,
  type RichTextNode,
} from '../model/index.js';
import { datumNl, momentNl, nlMoment } from './dates.js';
import { watermerkVoor } from './header.js';

/** A run of text: plain, proposed by someone, or proposed for removal by someone. */
export interface WerkversieRun {
  readonly tekst: string;
  readonly soort: 'gewoon' | 'ingevoegd' | 'verwijderd';
  /** For a proposal: the author's name and organisation, and when it was started (ISO). */
  readonly auteur?: string;
  readonly op?: string;
  readonly vet?: boolean;
  readonly cursief?: boolean;
}

/** A paragraph of a text (a heading or list item inside it, flattened). */
export interface WerkversieAlinea {
  readonly runs: readonly WerkversieRun[];
  readonly opsomming?: boolean;
  readonly kop?: boolean;
}

/** One field: its name and paragraphs. */
export interface WerkversieTekst {
  readonly titel: string;
  readonly alineas: readonly WerkversieAlinea[];
}

export interface WerkversieDocument {
  readonly titel: string;
  readonly casus: string;
  readonly casusnummer?: string;
  /** When it was made, in Dutch ("11 maart 2025 om 09:30"). */
  readonly gemaakt: string;
  readonly dag: string;
  readonly watermerk: string;
  readonly uitleg: string;
  readonly delen: ReadonlyArray<{ readonly titel: string; readonly teksten: readonly WerkversieTekst[] }>;
  /** How many proposals are open in it. */
  readonly aantalVoorstellen: number;
}

export interface WerkversieInput {
  /** The moment it is made (ISO; the UI's clock). */
  readonly op: string;
  /** The organisation it is made for (named in the watermark): the exporter's own. */
  readonly ontvangerOrgId: string;
}

function auteurNaam(model: CaseModel, id: string): string {
  const herkomst = herkomstVanVoorstel(id);
  const d = herkomst === null ? undefined : model.deelnemers.get(herkomst.auteurId);
  if (d === undefined) return 'onbekend';
  const org = model.organisaties.get(d.organisatieId)?.naam;
  return org === undefined ? d.naam : `${d.naam} (${org})`;
}

function alineas(model: CaseModel, doc: RichDoc, ids: Set<string>): WerkversieAlinea[] {
  const out: WerkversieAlinea[] = [];
  const runsVan = (nodes: readonly RichNode[]): WerkversieRun[] =>
    nodes.flatMap((n): WerkversieRun[] => {
      if (n.type === 'hardBreak') return [{ tekst: '\n', soort: 'gewoon' }];
      if (n.type !== 'text') return [];
      const t = n as RichTextNode;
      const tekst = t.text.split(VOORSTEL_MARKERING).join('');
      const m = voorstelVanMarks(t.marks);
      const opmaak = {
        ...(t.marks?.some((x) => x.type === 'bold') ? { vet: true } : {}),
        ...(t.marks?.some((x) => x.type === 'italic') ? { cursief: true } : {}),
      };
      if (m !== null) ids.add(m.id);
      if (tekst === '') return [];
      if (m === null) return [{ tekst, soort: 'gewoon', ...opmaak }];
      const sinds = herkomstVanVoorstel(m.id)?.sindsMs;
      return [
        {
          tekst,
          soort: m.soort === 'invoeging' ? 'ingevoegd' : 'verwijderd',
          auteur: auteurNaam(model, m.id),
          ...(sinds === undefined ? {} : { op: new Date(sinds).toISOString() }),
          ...opmaak,
        },
      ];
    });
  const blokken = (nodes: readonly RichNode[], inLijst: boolean): void => {
    for (const n of nodes) {
      const el = n as RichElementNode;
      if (el.type === 'paragraph' || el.type === 'heading')
        out.push({ runs: runsVan(el.content ?? []), ...(inLijst ? { opsomming: true } : {}), ...(el.type === 'heading' ? { kop: true } : {}) });
      else blokken(el.content ?? [], inLijst || el.type === 'bulletList' || el.type === 'orderedList');
    }
  };
  blokken(doc.content, false);
  return out.filter((a) => a.runs.length > 0);
}

/** The working version of the live case with its open proposals. */
export function werkversieMetVoorstellen(model: CaseModel, input: WerkversieInput): WerkversieDocument {
  const ids = new Set<string>();
  const tekst = (titel: string, doc: RichDoc): WerkversieTekst[] => {
    const a = alineas(model, doc, ids);
    return a.length === 0 ? [] : [{ titel, alineas: a }];
  };
  const casus = model.meta.get();
  const analyse = [
    ...model.analyse.secties().flatMap((s) => tekst(s.titel, readRichDoc(model.analyse.sectieFragment(s.id)))),
    ...model.factoren.list().flatMap((f) => tekst(`Factor: ${f.titel}`, f.omschrijving)),
    ...model.hypothesen.list().flatMap((h) => tekst(`Hypothese: ${h.titel}`, h.stelling)),
  ];
  const plan = [
    ...model.plannen.list().flatMap((p) => tekst(`Plan in de woorden van het gezin (${p.titel})`, p.gezinsVersie)),
    ...model.veiligheidsdoelen.list().flatMap((d, i) => tekst(`Veiligheidsdoel ${i + 1}`, d.doel)),
    ...model.afspraken.list().flatMap((a, i) => tekst(`Afspraak ${i + 1}`, a.wat)),
  ];
  const ontvanger = model.organisaties.get(input.ontvangerOrgId)?.naam ?? 'onbekend';
  return {
    titel: 'Werkversie met voorstellen (niet vastgesteld)',
    casus: casus.titel,
    ...(casus.casusnummer === undefined ? {} : { casusnummer: casus.casusnummer }),
    gemaakt: momentNl(input.op),
    dag: datumNl(nlMoment(input.op).dag),
    watermerk: watermerkVoor(ontvanger),
    uitleg:
      'De verklarende analyse en het veiligheidsplan zoals ze nu in Tafel staan, met de open voorstellen als wijzigingen van hun auteur. Dit is geen vastgestelde versie: alleen wat de voorzitter aanvaardt, komt in de vastgestelde tekst.',
    delen: [
      { titel: 'Verklarende analyse', teksten: analyse },
      { titel: 'Veiligheidsplan', teksten: plan },
    ].filter((d) => d.teksten.length > 0),
    aantalVoorstellen: ids.size,
  };
}
