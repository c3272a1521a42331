/**
 * What an agreed version holds: the analysis, the gezinsprofiel, the plan and (when agreed in an
 * overleg) its verslag, plus the names needed to show them, in one plain value. It is built from
 * the live case at the moment of "Vaststellen", stored inside the case and hashed; every export
 * and every diff reads this value, never the live case, so a reopened version shows exactly what
 * was agreed.
 *
 * Only what was agreed is kept: ids (for diffs), bronOrgId (for per-organisation extracts) and the
 * fields people agreed on. Bookkeeping (aangemaakt/gewijzigd op/door) is left out, so touching an
 * item without changing it does not change the fingerprint.
 */

/** Format marker of the stored content. */
export const AGREED_CONTENT_FORMAT = 'tafel.vastgesteld';
/**
 * The newest content layout this Tafel reads (bump with a reader for the old one when it changes).
 * Content is marked with the lowest layout that shows all of it, so an older Tafel still opens
 * what it can show in full and refuses ("inhoud_te_nieuw") what it would show incomplete:
 * 1 — the original layout (an empty `terugblik` may be present: an older reader ignores it and
 *     loses nothing); 2 — the overleg holds reviewed actiepunten in `terugblik`; 3 — the content
 *     holds a tijdlijn, risicotaxaties, the experts' own gezinsprofiel positions or the evidence
 *     for and against hypotheses (`tijdlijn`, `risico`, `gezinsprofiel.standpunten`,
 *     `analyse.bewijzen`; empty lists may be present in any layout); 4 — the content holds the
 *     judgement of acute and structurele onveiligheid that counted when it was agreed (`onveiligheid`).
 */
export const AGREED_CONTENT_VERSION = 4;
/** A content layout this Tafel reads. */
export type AgreedContentVersie = 1 | 2 | 3 | typeof AGREED_CONTENT_VERSION;

/** Every item carries its id and the organisation that contributed it. */
export interface Item {
  readonly id: string;
  readonly bronOrgId: string;
}

export interface NaamOrganisatie extends Item {
  readonly naam: string;
}
export interface NaamDeelnemer extends Item {
  readonly naam: string;
  readonly organisatieId: string;
  readonly functie?: string;
  readonly rollen: readonly string[];
}
export interface NaamPersoon extends Item {
  readonly roepnaam: string;
  readonly rolInGezin: string;
}
export interface NaamNetwerk extends Item {
  readonly naam: string;
  readonly relatieTotGezin: string;
}

export interface SectieInhoud extends Item {
  readonly titel: string;
  readonly tekst: string;
}
export interface HypotheseInhoud extends Item {
  readonly titel: string;
  readonly stelling: string;
  readonly status: string;
}
export interface FactorInhoud extends Item {
  readonly soort: string;
  readonly titel: string;
  readonly omschrijving: string;
}
export interface BewijsInhoud extends Item {
  readonly hypotheseId: string;
  readonly richting: string;
  readonly tekst: string;
  readonly factorId?: string;
  readonly gebeurtenisId?: string;
}
/** One expert's own gezinsprofiel position (their personal statement, DOMAIN.md §2). */
export interface ProfielStandpuntInhoud extends Item {
  readonly deelnemerId: string;
  readonly primair?: string;
  readonly secundair: readonly string[];
  readonly uitgesloten: readonly string[];
  readonly toelichting?: string;
  readonly datum?: string;
}
/** A fact on the tijdlijn with its source and how certain it is. */
export interface GebeurtenisInhoud extends Item {
  readonly datum: string;
  readonly datumPrecisie: string;
  readonly type: string;
  readonly titel: string;
  readonly omschrijving?: string;
  readonly betrokkenPersoonIds: readonly string[];
  readonly bronType: string;
  readonly betrouwbaarheid?: string;
  readonly ernst?: number;
  readonly kinderenAanwezig?: boolean;
}
/** The recorded outcome of a risk or safety assessment (never a computed score, DOMAIN.md §4.3). */
export interface RisicotaxatieInhoud extends Item {
  readonly instrument: string;
  readonly instrumentVersie?: string;
  readonly type: string;
  readonly betreftPersoonIds: readonly string[];
  readonly datum: string;
  readonly uitgevoerdDoorOrgId: string;
  readonly uitkomst: string;
  readonly professioneelOordeel: string;
  readonly geldigTot?: string;
}
/** One person's 0–10 safety score for a zorg. */
export interface SchaalInhoud extends Item {
  readonly zorgStatementId: string;
  readonly datum: string;
  readonly wie: string;
  readonly score: number;
  readonly waarom?: string;
}
export interface MeningsverschilInhoud extends Item {
  readonly onderwerp: string;
  readonly opgelost: boolean;
  readonly standpunten: ReadonlyArray<Item & { readonly wie: string; readonly standpunt: string }>;
}

export interface ZorgInhoud extends Item {
  readonly planId: string;
  readonly wieMaaktZichZorgen: string;
  readonly waarover: string;
  readonly watAlsNietsVerandert: string;
  readonly betwistDoor: readonly string[];
}
export interface DoelInhoud extends Item {
  readonly zorgStatementId: string;
  readonly doel: string;
  readonly hoeLangVolhouden?: string;
}
export interface VoorwaardeInhoud extends Item {
  readonly planId: string;
  readonly tekst: string;
  readonly gesteldDoorOrgId: string;
}
export interface AfspraakInhoud extends Item {
  readonly planId: string;
  readonly veiligheidsdoelId?: string;
  readonly fase: string;
  readonly wie: readonly string[];
  readonly wat: string;
  readonly wanneer: string;
  readonly waar?: string;
  readonly controleDoor: readonly string[];
  readonly status: string;
}
export interface SignaalInhoud extends Item {
  readonly planId: string;
  readonly persoonId?: string;
  readonly signaal: string;
  readonly watDanTeDoen: string;
}
/** Restricted: shown only to a viewer named in `zichtbaarVoor` (see visibility.ts). */
export interface NoodcontactInhoud extends Item {
  readonly planId: string;
  readonly naam: string;
  readonly telefoon: string;
  readonly wanneer: string;
  readonly zichtbaarVoor: readonly string[];
  /** Sealed for its audience (docs/afscherming.md): naam, telefoon and wanneer are empty until an audience device opens it for an export. */
  readonly verzegeld?: string;
}
export interface NetwerkRolInhoud extends Item {
  readonly planId: string;
  readonly netwerkLidId: string;
  readonly taak: string;
  readonly controleertAfspraakIds: readonly string[];
}

export interface PlanInhoud extends Item {
  readonly type: string;
  readonly titel: string;
  readonly status: string;
  readonly evaluatieMomenten: readonly string[];
  readonly gezinsVersie: string;
}

export interface AanwezigheidInhoud extends Item {
  readonly wie: string;
  readonly organisatieId?: string;
  readonly rol: string;
  readonly aanwezig: string;
  readonly informatieOntvangenOp?: string;
  readonly vertrouwelijkheidBevestigd: boolean;
}
export interface BesluitInhoud extends Item {
  readonly datum: string;
  readonly tekst: string;
  readonly onderbouwing: string;
  readonly genomenDoor: readonly string[];
  readonly tegenspraakDoor?: string;
  readonly tegenspraak?: string;
  readonly gezinGeinformeerd: boolean;
  readonly reactieGezin?: string;
}
export interface ActiepuntInhoud extends Item {
  readonly besluitId?: string;
  readonly omschrijving: string;
  readonly eigenaarDeelnemerId: string;
  readonly eigenaarOrgId: string;
  readonly deadline: string;
  readonly status: string;
  readonly terugkoppeling?: string;
}
/**
 * An actiepunt of an earlier overleg as reviewed in this one (docs/domain.md §4.2: "niet gedaan" versus
 * "niet mogelijk door gewijzigde omstandigheden"), with its status and terugkoppeling as they
 * stood at the moment of agreement. Its besluit belongs to the earlier overleg, so is left out.
 */
export type TerugblikInhoud = Omit<ActiepuntInhoud, 'besluitId'>;
export interface OverlegInhoud extends Item {
  readonly type: string;
  readonly datum: string;
  readonly voorzitterId?: string;
  readonly notulistId?: string;
  readonly agenda: readonly string[];
  readonly verslag: string;
  readonly wegingEnKwalificatie: string;
  readonly aanwezigheid: readonly AanwezigheidInhoud[];
  readonly besluiten: readonly BesluitInhoud[];
  readonly actiepunten: readonly ActiepuntInhoud[];
  /**
   * The actiepunten of earlier overleggen reviewed in this one; empty when none was. Absent in
   * content agreed before Tafel recorded the review: there it is unknown, not "none".
   */
  readonly terugblik?: readonly TerugblikInhoud[];
}

/**
 * The judgement of acute and structurele onveiligheid that counted when the version was agreed
 * (the latest one, docs/case-model.md "Levensloop"): ja, nee or onbekend for each, with its date
 * and onderbouwing.
 */
export interface OnveiligheidInhoud {
  readonly acuut: string;
  readonly structureel: string;
  readonly onderbouwing: string;
  readonly datum: string;
}

/** The agreed content of one version. */
export interface AgreedContent {
  readonly formaat: typeof AGREED_CONTENT_FORMAT;
  readonly versie: AgreedContentVersie;
  readonly casus: { readonly id: string; readonly titel: string; readonly casusnummer?: string; readonly regio: string; readonly fase: string };
  readonly namen: {
    readonly organisaties: readonly NaamOrganisatie[];
    readonly deelnemers: readonly NaamDeelnemer[];
    readonly personen: readonly NaamPersoon[];
    readonly netwerk: readonly NaamNetwerk[];
  };
  readonly analyse: {
    readonly status: string;
    readonly werkhypotheseId?: string;
    readonly secties: readonly SectieInhoud[];
    readonly hypothesen: readonly HypotheseInhoud[];
    readonly factoren: readonly FactorInhoud[];
    readonly meningsverschillen: readonly MeningsverschilInhoud[];
    /** Evidence for and against the hypotheses (absent before layout 3). */
    readonly bewijzen?: readonly BewijsInhoud[];
  };
  readonly gezinsprofiel: {
    readonly primair?: string;
    readonly oordelen: Readonly<Record<string, string>>;
    readonly machtsongelijkheid: string;
    readonly beschermingsAccent?: string;
    readonly datum?: string;
    readonly toelichting: string;
    /** Each expert's own position before the joint judgement (absent before layout 3). */
    readonly standpunten?: readonly ProfielStandpuntInhoud[];
  };
  /** The tijdlijn (absent before layout 3). */
  readonly tijdlijn?: readonly GebeurtenisInhoud[];
  /** Acute and structurele onveiligheid as judged when agreed (absent before layout 4, or when not judged yet). */
  readonly onveiligheid?: OnveiligheidInhoud;
  /** Risicotaxatie outcomes and safety scales (absent before layout 3). */
  readonly risico?: { readonly taxaties: readonly RisicotaxatieInhoud[]; readonly schalen: readonly SchaalInhoud[] };
  readonly plan: {
    readonly plannen: readonly PlanInhoud[];
    readonly zorgen: readonly ZorgInhoud[];
    readonly doelen: readonly DoelInhoud[];
    readonly voorwaarden: readonly VoorwaardeInhoud[];
    readonly afspraken: readonly AfspraakInhoud[];
    readonly signalen: readonly SignaalInhoud[];
    readonly noodcontacten: readonly NoodcontactInhoud[];
    readonly netwerkRollen: readonly NetwerkRolInhoud[];
  };
  /** The overleg the version was agreed in, with its verslag; absent when agreed outside one. */
  readonly overleg?: OverlegInhoud;
}
