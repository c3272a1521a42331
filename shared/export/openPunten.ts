/**
 * What is still open before "Vaststellen": the checklist the chair sees first. Each kind of open
 * item is one entry in `OPEN_PUNT_SOORTEN` with its own finder, so a new kind (e.g. open
 * voorstellen) is one more entry: the dialog, the record in the agreed version and the exports
 * take every kind the same way. Everything is read from the case now; nothing is written.
 *
 *   const punten = openPunten({ model, overlegId, vandaag: '2025-03-10', viewer });
 *   // [{ soort: 'open_draad', detail: 'vraag', part: 'analyse', doelId: 'zorgen', naam: 'Zorgen (wat gaat er mis)', zin: 'Open vraag bij …' }]
 */
import {
  isActiepuntTeLaat,
  isTeLaat,
  magAnnotatieZien,
  openVoorstellen,
  plainTextOf,
  VOORSTEL_ONDERDEEL,
  zonderOpenVoorstellen,
  type CaseModel,
  type Viewer,
  type VoorstelPlek,
} from '../model/index.js';
import { datumNl, wanneerNl } from './dates.js';
import { kortLabel } from './text.js';

/** The workspace part where an open item can be settled (renderer PartId). */
export type OpenPuntPart = 'overzicht' | 'gezin' | 'tijdlijn' | 'analyse' | 'gezinsprofiel' | 'risico' | 'plan' | 'overleggen';

/** One open item. */
export interface OpenPunt {
  /** The kind (`OPEN_PUNT_SOORTEN`): the UI words it by this code. */
  readonly soort: string;
  /** A finer distinction within the kind (e.g. 'vraag' or 'bezwaar'; 'afspraak' or 'actiepunt'). */
  readonly detail?: string;
  /** Where to go to settle it, and the item there (a section, an afspraak, a besluit, an attendee …). */
  readonly part: OpenPuntPart;
  readonly doelId: string;
  /** The item as the case names it (a section's title, the start of a besluit, a person's name). */
  readonly naam: string;
  /** The open item in one Dutch sentence, as the agreed version records it. */
  readonly zin: string;
}

/** What the finders read. */
export interface OpenPuntBron {
  readonly model: CaseModel;
  /** The overleg being agreed. */
  readonly overlegId: string;
  /** Today in Dutch time, `YYYY-MM-DD` (for "te laat"). */
  readonly vandaag: string;
  /** The chair: threads they may not see are not counted (and not named). */
  readonly viewer: Viewer;
}

/** One kind of open item and how to find every instance of it. */
export interface OpenPuntSoort {
  readonly soort: string;
  zoek(bron: OpenPuntBron): OpenPunt[];
}

const ANALYSE_DOELEN = ['secties', 'factoren', 'hypothesen'] as const;

/** The name of a thread's target in the analysis or the plan, and its part; undefined elsewhere. */
function doelInAnalyseOfPlan(model: CaseModel, doelId: string): { part: OpenPuntPart; naam: string } | undefined {
  for (const c of ANALYSE_DOELEN) {
    const item = model[c].get(doelId);
    if (item !== undefined) return { part: 'analyse', naam: item.titel };
  }
  const plan = model.plannen.get(doelId);
  if (plan !== undefined) return { part: 'plan', naam: plan.titel };
  const afspraak = model.afspraken.get(doelId);
  if (afspraak !== undefined) return { part: 'plan', naam: `afspraak: ${kortLabel(plainTextOf(afspraak.wat))}` };
  return undefined;
}

const DRAAD_SOORTEN: Readonly<Record<string, string>> = { vraag: 'Open vraag', bezwaar: 'Open bezwaar', correctie: 'Open correctie' };

/** Open questions, objections and corrections on the analysis and the plan. */
export const openDraden: OpenPuntSoort = {
  soort: 'open_draad',
  zoek({ model, viewer }) {
    return model.annotaties.list().flatMap((a) => {
      const woord = DRAAD_SOORTEN[a.soort];
      if (woord === undefined || a.status !== 'open' || !magAnnotatieZien(viewer, a)) return [];
      const doel = doelInAnalyseOfPlan(model, a.doelId);
      if (doel === undefined) return [];
      return [{ soort: 'open_draad', detail: a.soort, part: doel.part, doelId: a.id, naam: doel.naam, zin: `${woord} bij ${doel.naam}.` }];
    });
  },
};

/** The analysis or a plan still in concept (not yet discussed with the family or agreed). */
export const conceptStatus: OpenPuntSoort = {
  soort: 'concept',
  zoek({ model }) {
    const punten: OpenPunt[] = [];
    if (model.analyse.get().status === 'concept') {
      const eerste = model.analyse.secties()[0];
      punten.push({
        soort: 'concept',
        detail: 'analyse',
        part: 'analyse',
        doelId: eerste?.id ?? '',
        naam: 'De verklarende analyse',
        zin: 'De verklarende analyse had de status concept (nog niet besproken met het gezin).',
      });
    }
    for (const p of model.plannen.list())
      if (p.status === 'concept')
        punten.push({ soort: 'concept', detail: 'plan', part: 'plan', doelId: p.id, naam: p.titel, zin: `Het plan ${p.titel} had de status concept.` });
    return punten;
  },
};

/** Besluiten of this overleg the family has not been told about. */
export const gezinNietGeinformeerd: OpenPuntSoort = {
  soort: 'gezin_niet_geinformeerd',
  zoek({ model, overlegId }) {
    return model.besluiten
      .list()
      .filter((b) => b.overlegId === overlegId && !b.gezinGeinformeerd)
      .map((b) => ({
        soort: 'gezin_niet_geinformeerd',
        part: 'overleggen' as const,
        doelId: b.id,
        naam: kortLabel(b.tekst),
        zin: `Het gezin was niet geïnformeerd over het besluit: ${kortLabel(b.tekst)}`,
      }));
  },
};

/** Afspraken and actiepunten whose date has passed while they are still open. */
export const teLaat: OpenPuntSoort = {
  soort: 'te_laat',
  zoek({ model, vandaag }) {
    const afspraken = model.afspraken
      .list()
      .filter((a) => isTeLaat({ wanneer: a.wanneer, status: a.status }, vandaag))
      .map((a) => {
        const naam = kortLabel(plainTextOf(a.wat)) || a.wanneer;
        return { soort: 'te_laat', detail: 'afspraak', part: 'plan' as const, doelId: a.id, naam, zin: `Afspraak te laat (${wanneerNl(a.wanneer)}): ${naam}` };
      });
    const actiepunten = model.actiepunten
      .list()
      .filter((a) => isActiepuntTeLaat(a, vandaag))
      .map((a) => {
        const naam = kortLabel(a.omschrijving);
        return {
          soort: 'te_laat',
          detail: 'actiepunt',
          part: 'overleggen' as const,
          doelId: a.id,
          naam,
          zin: `Actiepunt te laat (uiterlijk ${datumNl(a.deadline)}): ${naam}`,
        };
      });
    return [...afspraken, ...actiepunten];
  },
};

/** Attendees present who have not confirmed confidentiality (DOMAIN.md §4.2). */
export const vertrouwelijkheid: OpenPuntSoort = {
  soort: 'vertrouwelijkheid',
  zoek({ model, overlegId }) {
    return model.aanwezigheid
      .list()
      .filter((a) => a.overlegId === overlegId && a.aanwezig === 'aanwezig' && !a.vertrouwelijkheidBevestigd)
      .map((a) => {
        const naam = model.deelnemers.get(a.wie)?.naam ?? model.personen.get(a.wie)?.roepnaam ?? model.netwerk.get(a.wie)?.naam ?? 'onbekend';
        return { soort: 'vertrouwelijkheid', part: 'overleggen' as const, doelId: a.id, naam, zin: `${naam} had de vertrouwelijkheid niet bevestigd.` };
      });
  },
};

/** A text that takes proposals, as the case names it (its title, or the start of its text). */
function plekNaam(model: CaseModel, plek: VoorstelPlek): string {
  const tekstVan = (doc: Parameters<typeof zonderOpenVoorstellen>[0]): string => kortLabel(plainTextOf(zonderOpenVoorstellen(doc)));
  switch (plek.soort) {
    case 'sectie':
      return model.secties.get(plek.id)?.titel ?? '';
    case 'factoren':
      return `factor ${model.factoren.get(plek.id)?.titel ?? ''}`;
    case 'hypothesen':
      return `hypothese ${model.hypothesen.get(plek.id)?.titel ?? ''}`;
    case 'plannen':
      return `plan ${model.plannen.get(plek.id)?.titel ?? ''}`;
    case 'veiligheidsdoelen': {
      const d = model.veiligheidsdoelen.get(plek.id);
      return `veiligheidsdoel: ${d === undefined ? '' : tekstVan(d.doel)}`;
    }
    case 'afspraken': {
      const a = model.afspraken.get(plek.id);
      return `afspraak: ${a === undefined ? '' : tekstVan(a.wat)}`;
    }
  }
}

/**
 * Texts with proposals nobody accepted or rejected yet (Voorstellen mode). The agreed version
 * holds accepted text only, so each is left out of what is agreed. `doelId` is the field's
 * `data-voorstel-plek` key, which the checklist's link brings into view.
 */
export const openVoorstellenInTekst: OpenPuntSoort = {
  soort: 'open_voorstel',
  zoek({ model }) {
    return openVoorstellen(model).map(({ plek, voorstellen }) => {
      const naam = plekNaam(model, plek);
      const aantal = voorstellen.length === 1 ? '1 open voorstel' : `${voorstellen.length} open voorstellen`;
      return {
        soort: 'open_voorstel',
        detail: voorstellen.length === 1 ? 'een' : 'meer',
        part: VOORSTEL_ONDERDEEL[plek.soort],
        doelId: `${plek.soort}:${plek.id}`,
        naam,
        zin: `${aantal} in ${naam}, niet opgenomen in deze versie.`,
      };
    });
  },
};

/** Every kind the checklist shows, in the order it lists them. Add a kind here. */
export const OPEN_PUNT_SOORTEN: readonly OpenPuntSoort[] = [
  openDraden,
  openVoorstellenInTekst,
  conceptStatus,
  gezinNietGeinformeerd,
  teLaat,
  vertrouwelijkheid,
];

/** Everything still open before agreeing `bron.overlegId`, kind by kind. */
export function openPunten(bron: OpenPuntBron, soorten: readonly OpenPuntSoort[] = OPEN_PUNT_SOORTEN): OpenPunt[] {
  return soorten.flatMap((s) => s.zoek(bron));
}
