/**
 * The gezinsprofiel's consequences checked across the whole plan: afspraken, actiepunten,
 * besluiten and hulpverlening. Each finding says which item, which rule, what was found (a marked
 * form of contact or the clause it was read from) and whether the table recorded a reasoned
 * exception (a besluit with `afwijkingDoelId` and `afwijkingRegel`).
 *
 * The rules (words in profielGids.ts, so a region can change them):
 * - intieme terreur plausible (primary, secondary, or an indicator of it present) →
 *   `gezamenlijk_contact` (mediation, relatietherapie, a joint conversation or parenting sessions of
 *   both partners), `overdracht_door_familie` (a handover supervised by family or network) and
 *   `algemene_agressietraining` (agressieregulatie instead of specialised daderhulp);
 * - complexe (conflict)scheiding primary or secondary while intieme terreur is neither plausible
 *   nor excluded → `mediation_zonder_uitsluiting` for the same joint forms;
 * - a secondary profile without any indicator marked present → `secundair_zonder_indicator`.
 *
 * What is checked: afspraken unless vervallen; actiepunten still meant to happen (open, niet
 * gedaan, niet mogelijk door gewijzigde omstandigheden); besluiten (except the exceptions
 * themselves); hulpverlening that has not ended. Done and lapsed items are history, not plan.
 *
 *   const bevindingen = toetsPlan(leesToetsInvoer(model, '2025-03-10'));
 *   // [{ regel: 'gezamenlijk_contact', soort: 'actiepunt', doelId: 'ap-3', naam: 'Gesprek met vader en moeder samen.', gevonden: 'gesprek met vader en moeder samen', … }]
 */
import { plainTextOf, type CaseModel, type Contactvorm, type GezinsprofielBeoordeling, type Profiel, type ProfielIndicator } from '../model/index.js';
import type { ToetsRegel } from './profielGids.js';
import { herken, overdrachtZin, type Herkenning } from './tekstHerkenning.js';

/** The kinds of plan item the check reads. */
export type ToetsSoort = 'afspraak' | 'actiepunt' | 'besluit' | 'hulpverlening' | 'profiel';

/** One item as the check reads it: its text, marked forms of contact, and whether it still counts. */
export interface ToetsItem {
  readonly soort: Exclude<ToetsSoort, 'profiel'>;
  readonly id: string;
  /** How the item reads in one line (its text). */
  readonly naam: string;
  /** All text the check reads (wat and waar, omschrijving, tekst and onderbouwing …). */
  readonly tekst: string;
  readonly contactvormen: readonly Contactvorm[];
  /** Wie of an afspraak includes a network member (family, neighbours): a handover by them is by family. */
  readonly doorNetwerk: boolean;
}

/** A recorded exception: the besluit that records it, for which item and rule. */
export interface ToetsUitzondering {
  readonly besluitId: string;
  readonly doelId: string;
  readonly regel: string;
  readonly reden: string;
}

/** Everything the check reads. */
export interface ToetsInvoer {
  readonly keuze: Pick<GezinsprofielBeoordeling, 'primair' | 'oordelen'>;
  readonly indicatoren: readonly Pick<ProfielIndicator, 'profiel' | 'aanwezig'>[];
  readonly items: readonly ToetsItem[];
  readonly uitzonderingen: readonly ToetsUitzondering[];
  /** The parents' and partners' names, read as "ouder" in the text. */
  readonly ouderNamen: readonly string[];
}

/** One finding. */
export interface ToetsBevinding {
  readonly regel: ToetsRegel;
  /** The profile whose approach the item goes against (or the secondary profile in question). */
  readonly profiel: Profiel;
  readonly soort: ToetsSoort;
  /** The item (or, for `secundair_zonder_indicator`, the profile key). */
  readonly doelId: string;
  readonly naam: string;
  /** What was found: the clause it was read from, or the marked form of contact. */
  readonly gevonden: string;
  /** True if found through a marked form of contact rather than words (`gevonden` is then the Contactvorm). */
  readonly gemarkeerd: boolean;
  /** For `secundair_zonder_indicator`: how many of its indicators are onbekend and afwezig (0 for items). */
  readonly onbekend: number;
  readonly afwezig: number;
  readonly uitzondering?: ToetsUitzondering;
}

/** True if intieme terreur is plausible: chosen as primary or secondary, or an indicator of it present. */
export function intiemeTerreurAannemelijk(invoer: Pick<ToetsInvoer, 'keuze' | 'indicatoren'>): boolean {
  const { keuze, indicatoren } = invoer;
  if (keuze.primair === 'intieme_terreur' || keuze.oordelen.intieme_terreur === 'secundair') return true;
  return indicatoren.some((i) => i.profiel === 'intieme_terreur' && i.aanwezig === 'ja');
}

const gekozen = (keuze: ToetsInvoer['keuze'], p: Profiel): boolean => keuze.primair === p || keuze.oordelen[p] === 'secundair';

/** What an item proposes, from its marks first and then its words. */
function voorstellen(item: ToetsItem, ouderNamen: readonly string[]): { wat: Herkenning; gevonden: string; gemarkeerd: boolean }[] {
  const uit: { wat: Herkenning; gevonden: string; gemarkeerd: boolean }[] = [];
  for (const vorm of item.contactvormen) {
    const wat: Herkenning = vorm === 'overdracht_door_familie' ? 'overdracht_door_familie' : vorm === 'mediation' ? 'mediation' : 'gezamenlijk_contact';
    if (!uit.some((u) => u.wat === wat)) uit.push({ wat, gevonden: vorm, gemarkeerd: true });
  }
  for (const g of herken(item.tekst, { ouderNamen })) if (!uit.some((u) => u.wat === g.wat)) uit.push({ wat: g.wat, gevonden: g.zin, gemarkeerd: false });
  // A handover written down for network members is by family, even when the words name no relative.
  if (item.doorNetwerk && !uit.some((u) => u.wat === 'overdracht_door_familie')) {
    const zin = overdrachtZin(item.tekst, { ouderNamen });
    if (zin !== undefined) uit.push({ wat: 'overdracht_door_familie', gevonden: zin, gemarkeerd: false });
  }
  return uit;
}

/** The rule a proposal breaks under this profile choice, if any. */
function regelVoor(wat: Herkenning, it: boolean, scheidingZonderUitsluiting: boolean): { regel: ToetsRegel; profiel: Profiel } | undefined {
  const samen = wat === 'gezamenlijk_contact' || wat === 'mediation';
  if (it && samen) return { regel: 'gezamenlijk_contact', profiel: 'intieme_terreur' };
  if (it && wat === 'overdracht_door_familie') return { regel: 'overdracht_door_familie', profiel: 'intieme_terreur' };
  if (it && wat === 'agressietraining') return { regel: 'algemene_agressietraining', profiel: 'intieme_terreur' };
  if (scheidingZonderUitsluiting && samen) return { regel: 'mediation_zonder_uitsluiting', profiel: 'complexe_conflictscheiding' };
  return undefined;
}

/** Every finding of the check, items in the order given, profile findings last. */
export function toetsPlan(invoer: ToetsInvoer): ToetsBevinding[] {
  const it = intiemeTerreurAannemelijk(invoer);
  const scheidingZonderUitsluiting = !it && gekozen(invoer.keuze, 'complexe_conflictscheiding') && invoer.keuze.oordelen.intieme_terreur !== 'uitgesloten';
  const uitzondering = (doelId: string, regel: string): ToetsUitzondering | undefined =>
    invoer.uitzonderingen.find((u) => u.doelId === doelId && u.regel === regel);
  const bevindingen: ToetsBevinding[] = [];
  for (const item of invoer.items) {
    for (const v of voorstellen(item, invoer.ouderNamen)) {
      const r = regelVoor(v.wat, it, scheidingZonderUitsluiting);
      if (r === undefined || bevindingen.some((b) => b.doelId === item.id && b.regel === r.regel)) continue;
      const u = uitzondering(item.id, r.regel);
      bevindingen.push({
        ...r,
        soort: item.soort,
        doelId: item.id,
        naam: item.naam,
        gevonden: v.gevonden,
        gemarkeerd: v.gemarkeerd,
        onbekend: 0,
        afwezig: 0,
        ...(u ? { uitzondering: u } : {}),
      });
    }
  }
  for (const [profiel, oordeel] of Object.entries(invoer.keuze.oordelen) as [Profiel, string | undefined][]) {
    if (oordeel !== 'secundair' || invoer.indicatoren.some((i) => i.profiel === profiel && i.aanwezig === 'ja')) continue;
    const u = uitzondering(profiel, 'secundair_zonder_indicator');
    const onbekend = invoer.indicatoren.filter((i) => i.profiel === profiel && i.aanwezig === 'onbekend').length;
    const afwezig = invoer.indicatoren.filter((i) => i.profiel === profiel && i.aanwezig === 'nee').length;
    bevindingen.push({
      regel: 'secundair_zonder_indicator',
      profiel,
      soort: 'profiel',
      doelId: profiel,
      naam: profiel,
      gevonden: '',
      gemarkeerd: false,
      onbekend,
      afwezig,
      ...(u ? { uitzondering: u } : {}),
    });
  }
  return bevindingen;
}

const ACTIEPUNT_TELT = new Set(['open', 'niet_gedaan', 'niet_mogelijk_gewijzigde_omstandigheden']);
const OUDER_ROLLEN = new Set(['ouder', 'partner', 'ex_partner', 'stiefouder']);
const eenRegel = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The check's input read from the case now; `vandaag` (YYYY-MM-DD) decides which hulpverlening has ended. */
export function leesToetsInvoer(model: CaseModel, vandaag: string): ToetsInvoer {
  const { primair, oordelen } = model.gezinsprofiel.get();
  const netwerk = new Set(model.netwerk.list().map((n) => n.id));
  const besluiten = model.besluiten.list();
  const afspraken: ToetsItem[] = model.afspraken
    .list()
    .filter((a) => a.status !== 'vervallen')
    .map((a) => {
      const wat = plainTextOf(a.wat);
      return {
        soort: 'afspraak',
        id: a.id,
        naam: eenRegel(wat),
        tekst: `${wat}\n${a.waar ?? ''}`,
        contactvormen: a.contactvormen ?? [],
        doorNetwerk: a.wie.some((w) => netwerk.has(w)),
      };
    });
  const actiepunten: ToetsItem[] = model.actiepunten
    .list()
    .filter((a) => ACTIEPUNT_TELT.has(a.status))
    .map((a) => ({
      soort: 'actiepunt',
      id: a.id,
      naam: eenRegel(a.omschrijving),
      tekst: a.omschrijving,
      contactvormen: a.contactvormen ?? [],
      doorNetwerk: false,
    }));
  const besluitItems: ToetsItem[] = besluiten
    .filter((b) => b.afwijkingDoelId === undefined)
    .map((b) => ({ soort: 'besluit', id: b.id, naam: eenRegel(b.tekst), tekst: b.tekst, contactvormen: [], doorNetwerk: false }));
  const hulp: ToetsItem[] = model.hulpverleners
    .list()
    .filter((h) => h.tot === undefined || h.tot >= vandaag)
    .map((h) => ({ soort: 'hulpverlening', id: h.id, naam: eenRegel(h.wat), tekst: h.wat, contactvormen: [], doorNetwerk: false }));
  const uitzonderingen = besluiten.flatMap((b) =>
    b.afwijkingDoelId !== undefined && b.afwijkingRegel !== undefined
      ? [{ besluitId: b.id, doelId: b.afwijkingDoelId, regel: b.afwijkingRegel, reden: eenRegel(plainTextOf(b.onderbouwing)) || eenRegel(b.tekst) }]
      : [],
  );
  return {
    keuze: primair === undefined ? { oordelen } : { primair, oordelen },
    indicatoren: model.indicatoren.list(),
    items: [...afspraken, ...actiepunten, ...besluitItems, ...hulp],
    uitzonderingen,
    ouderNamen: model.personen
      .list()
      .filter((p) => OUDER_ROLLEN.has(p.rolInGezin))
      .map((p) => p.roepnaam),
  };
}
