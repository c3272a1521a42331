/**
 * The agreed case behind the plan, as every export of the plan shows it: the verklarende analyse
 * (each section's text as written, the werkhypothese with its evidence, the other hypotheses,
 * factors and disagreements), the tijdlijn, the risicotaxatie outcomes and the gezinsprofiel with
 * each expert's own position and where it differs from the joint judgement. Pure: from an agreed
 * version's content to plain Dutch; the layout lays it out (layoutAnalyse.ts).
 */
import type { AgreedContent, HypotheseInhoud, ProfielStandpuntInhoud } from './agreedContent.js';
import { datumMetPrecisieNl, datumNl } from './dates.js';
import {
  accentLabel,
  bronTypeLabel,
  FACTOR_VOLGORDE,
  factorSoortLabel,
  gebeurtenisTypeLabel,
  hypotheseStatusLabel,
  jaNeeLabel,
  profielLabel,
  taxatieTypeLabel,
} from './labels.js';
import type { Names } from './names.js';
import { PROFIELEN, type Profiel } from '../model/index.js';
import { STANDAARD_PROFIELGIDS } from '../profielen/index.js';

const isProfiel = (p: string | undefined): p is Profiel => (PROFIELEN as readonly (string | undefined)[]).includes(p);
import { jaNeeOnbekendNl } from './afrondingLabels.js';

export interface HypotheseRegel {
  readonly titel: string;
  readonly stelling: string;
  readonly status: string;
  readonly voor: readonly string[];
  readonly tegen: readonly string[];
}
export interface FactorGroep {
  readonly soort: string;
  readonly factoren: ReadonlyArray<{ readonly titel: string; readonly omschrijving: string; readonly bron: string }>;
}
export interface MeningsverschilRegel {
  readonly onderwerp: string;
  readonly opgelost: boolean;
  readonly standpunten: readonly string[];
}
export interface GebeurtenisRegel {
  readonly datum: string;
  readonly soort: string;
  readonly titel: string;
  readonly omschrijving?: string;
  readonly bron: string;
  readonly betrokken: readonly string[];
  readonly kenmerken: readonly string[];
}
export interface RisicotaxatieRegel {
  readonly kop: string;
  readonly uitgevoerdDoor: string;
  readonly betreft: readonly string[];
  readonly uitkomst: string;
  readonly geldigTot?: string;
  readonly oordeel: string;
}
export interface SchaalRegel {
  readonly tekst: string;
}
export interface ProfielStandpuntRegel {
  readonly wie: string;
  readonly datum?: string;
  readonly primair: string;
  readonly ookVanToepassing: readonly string[];
  readonly uitgesloten: readonly string[];
  readonly toelichting?: string;
  /** Where this position differs from the joint judgement, in sentences; empty when it does not. */
  readonly verschillen: readonly string[];
}

export interface AnalyseDocument {
  readonly secties: ReadonlyArray<{ readonly titel: string; readonly tekst: string }>;
  readonly werkhypothese?: HypotheseRegel;
  readonly andereHypothesen: readonly HypotheseRegel[];
  readonly factoren: readonly FactorGroep[];
  readonly meningsverschillen: readonly MeningsverschilRegel[];
  /** Undefined for content agreed before Tafel kept it (layout < 3): "not recorded", never "none". */
  readonly tijdlijn?: readonly GebeurtenisRegel[];
  readonly risicotaxaties?: readonly RisicotaxatieRegel[];
  readonly veiligheidsschalen?: readonly SchaalRegel[];
  /** Acute and structurele onveiligheid as judged when the version was agreed; undefined when not judged (or before layout 4). */
  readonly onveiligheid?: { readonly datum: string; readonly acuut: string; readonly structureel: string; readonly onderbouwing: string };
  readonly gezinsprofiel: {
    readonly primair?: string;
    readonly secundair: readonly string[];
    readonly uitgesloten: readonly string[];
    readonly machtsongelijkheid: string;
    readonly beschermingsAccent?: string;
    readonly toelichting: string;
    readonly standpunten?: readonly ProfielStandpuntRegel[];
    /** What the primary profile means for the approach (the guide, shared/profielen); empty without one. */
    readonly aanpak: readonly string[];
  };
}

function hypotheseRegel(h: HypotheseInhoud, inhoud: AgreedContent): HypotheseRegel {
  const bewijzen = (inhoud.analyse.bewijzen ?? []).filter((b) => b.hypotheseId === h.id);
  const bron = (b: { factorId?: string; gebeurtenisId?: string }): string => {
    const factor = inhoud.analyse.factoren.find((f) => f.id === b.factorId);
    const feit = inhoud.tijdlijn?.find((g) => g.id === b.gebeurtenisId);
    const delen = [factor && `factor: ${factor.titel}`, feit && `feit: ${feit.titel} (${datumMetPrecisieNl(feit.datum, feit.datumPrecisie)})`];
    const tekst = delen.filter((d) => d !== undefined).join('; ');
    return tekst === '' ? '' : ` (${tekst})`;
  };
  const regels = (richting: string): string[] => bewijzen.filter((b) => b.richting === richting).map((b) => `${b.tekst}${bron(b)}`);
  return { titel: h.titel, stelling: h.stelling, status: hypotheseStatusLabel(h.status), voor: regels('voor'), tegen: regels('tegen') };
}

/** A stand per profile, as a set of profile keys. */
function standen(s: { primair?: string; secundair: readonly string[]; uitgesloten: readonly string[] }): { ziet: Set<string>; sluitUit: Set<string> } {
  return { ziet: new Set([...(s.primair === undefined ? [] : [s.primair]), ...s.secundair]), sluitUit: new Set(s.uitgesloten) };
}

/** Where one expert's own position differs from the joint judgement, in plain sentences. */
function verschillenMet(inhoud: AgreedContent, s: ProfielStandpuntInhoud): string[] {
  const gezamenlijk = inhoud.gezinsprofiel;
  const tafel = standen({
    primair: gezamenlijk.primair,
    secundair: Object.keys(gezamenlijk.oordelen).filter((p) => gezamenlijk.oordelen[p] === 'secundair'),
    uitgesloten: Object.keys(gezamenlijk.oordelen).filter((p) => gezamenlijk.oordelen[p] === 'uitgesloten'),
  });
  const eigen = standen(s);
  const zinnen: string[] = [];
  if (s.primair !== gezamenlijk.primair && s.primair !== undefined)
    zinnen.push(
      `Primair profiel: ${profielLabel(s.primair)}; het gezamenlijk oordeel is ${gezamenlijk.primair === undefined ? 'nog geen primair profiel' : profielLabel(gezamenlijk.primair)}.`,
    );
  for (const p of eigen.ziet) if (tafel.sluitUit.has(p)) zinnen.push(`Ziet ${profielLabel(p)}, dat gezamenlijk is uitgesloten.`);
  for (const p of eigen.sluitUit) if (tafel.ziet.has(p)) zinnen.push(`Sluit ${profielLabel(p)} uit, dat gezamenlijk wel van toepassing is.`);
  return zinnen;
}

/** The analysis part of the plan document. */
export function analyseDocument(inhoud: AgreedContent, names: Names): AnalyseDocument {
  const werk = inhoud.analyse.hypothesen.find((h) => h.id === inhoud.analyse.werkhypotheseId);
  const profiel = inhoud.gezinsprofiel;
  const zorgNummer = new Map(inhoud.plan.zorgen.map((z, i) => [z.id, i + 1]));
  return {
    secties: inhoud.analyse.secties.map((s) => ({ titel: s.titel, tekst: s.tekst })),
    werkhypothese: werk && hypotheseRegel(werk, inhoud),
    andereHypothesen: inhoud.analyse.hypothesen.filter((h) => h !== werk).map((h) => hypotheseRegel(h, inhoud)),
    factoren: FACTOR_VOLGORDE.map((soort) => ({
      soort: factorSoortLabel(soort),
      factoren: inhoud.analyse.factoren
        .filter((f) => f.soort === soort)
        .map((f) => ({ titel: f.titel, omschrijving: f.omschrijving, bron: names.organisatie(f.bronOrgId) })),
    })).filter((g) => g.factoren.length > 0),
    meningsverschillen: inhoud.analyse.meningsverschillen.map((m) => ({
      onderwerp: m.onderwerp,
      opgelost: m.opgelost,
      standpunten: m.standpunten.map((s) => `${names.persoon(s.wie)}: ${s.standpunt}`),
    })),
    tijdlijn: inhoud.tijdlijn?.map((g) => ({
      datum: datumMetPrecisieNl(g.datum, g.datumPrecisie),
      soort: gebeurtenisTypeLabel(g.type),
      titel: g.titel,
      omschrijving: g.omschrijving,
      bron: `${names.organisatie(g.bronOrgId)} (${bronTypeLabel(g.bronType)})`,
      betrokken: g.betrokkenPersoonIds.map(names.persoon),
      kenmerken: [
        ...(g.betrouwbaarheid === undefined ? [] : [g.betrouwbaarheid]),
        ...(g.ernst === undefined ? [] : [`ernst ${g.ernst} van 5`]),
        ...(g.kinderenAanwezig === true ? ['kinderen waren aanwezig'] : []),
      ],
    })),
    risicotaxaties: inhoud.risico?.taxaties.map((r) => ({
      kop: `${r.instrument}${r.instrumentVersie === undefined ? '' : ` (${r.instrumentVersie})`}, ${taxatieTypeLabel(r.type)} van ${datumNl(r.datum)}`,
      uitgevoerdDoor: names.organisatie(r.uitgevoerdDoorOrgId),
      betreft: r.betreftPersoonIds.map(names.persoon),
      uitkomst: r.uitkomst,
      geldigTot: r.geldigTot === undefined ? undefined : datumNl(r.geldigTot),
      oordeel: r.professioneelOordeel,
    })),
    veiligheidsschalen: inhoud.risico?.schalen.map((s) => ({
      tekst: `Zorg ${zorgNummer.get(s.zorgStatementId) ?? '?'}, ${datumNl(s.datum)}: ${names.persoon(s.wie)} geeft ${s.score} van 10${s.waarom === undefined ? '' : `: ${s.waarom}`}`,
    })),
    onveiligheid:
      inhoud.onveiligheid === undefined
        ? undefined
        : {
            datum: datumNl(inhoud.onveiligheid.datum),
            acuut: jaNeeOnbekendNl(inhoud.onveiligheid.acuut),
            structureel: jaNeeOnbekendNl(inhoud.onveiligheid.structureel),
            onderbouwing: inhoud.onveiligheid.onderbouwing,
          },
    gezinsprofiel: {
      primair: profiel.primair === undefined ? undefined : profielLabel(profiel.primair),
      secundair: Object.entries(profiel.oordelen)
        .filter(([, o]) => o === 'secundair')
        .map(([p]) => profielLabel(p)),
      uitgesloten: Object.entries(profiel.oordelen)
        .filter(([, o]) => o === 'uitgesloten')
        .map(([p]) => profielLabel(p)),
      machtsongelijkheid: jaNeeLabel(profiel.machtsongelijkheid),
      beschermingsAccent: profiel.beschermingsAccent === undefined ? undefined : accentLabel(profiel.beschermingsAccent),
      toelichting: profiel.toelichting,
      standpunten: profiel.standpunten?.map((s) => ({
        wie: names.metOrganisatie(s.deelnemerId),
        datum: s.datum === undefined ? undefined : datumNl(s.datum),
        primair: s.primair === undefined ? 'geen' : profielLabel(s.primair),
        ookVanToepassing: s.secundair.map(profielLabel),
        uitgesloten: s.uitgesloten.map(profielLabel),
        toelichting: s.toelichting,
        verschillen: verschillenMet(inhoud, s),
      })),
      aanpak: isProfiel(profiel.primair) ? STANDAARD_PROFIELGIDS.profielen[profiel.primair].aanpak : [],
    },
  };
}
