/**
 * What each of the five gezinsprofielen means for the approach, in one place a region can adapt:
 * a short description, the typical indicators (offered as suggestions; the table still judges each
 * aanwezig/afwezig/onbekend with evidence), the consequences for the approach, and the words of the
 * plan checks (planToets.ts). Texts are written from the sources in docs/gezinsprofielen.md (which
 * copies what a reader needs from docs/domain.md §2 and the regional programme); a region replaces
 * them with its own through `profielGidsVoorRegio`, checked by `profielGidsSchema`.
 *
 * The texts are domain content in Dutch (like the analysis sections in shared/model/sections.ts),
 * not interface words: they are shown as written in either interface language.
 */
import { z } from 'zod';
import { PROFIELEN, type Profiel } from '../model/index.js';

/** The checks of the plan against the profile (planToets.ts), by key. */
export const TOETS_REGELS = [
  'gezamenlijk_contact',
  'overdracht_door_familie',
  'algemene_agressietraining',
  'mediation_zonder_uitsluiting',
  'secundair_zonder_indicator',
] as const;
/** A check's key. */
export type ToetsRegel = (typeof TOETS_REGELS)[number];

const tekst = z.string().min(1).max(2000);

/** One profile's guidance. */
export const profielUitlegSchema = z.strictObject({
  /** What the profile looks like, in two or three sentences. */
  beschrijving: tekst,
  /** Typical indicators, each short enough to be an indicator's name. */
  indicatoren: z.array(z.string().min(1).max(200)).min(1),
  /** What the profile means for the approach, one point per line. */
  aanpak: z.array(tekst).min(1),
  /** Source tags (docs/gezinsprofielen.md). */
  bronnen: z.array(z.string().min(1).max(200)).default([]),
});
/** One profile's guidance. */
export type ProfielUitleg = z.output<typeof profielUitlegSchema>;

/** The words of one plan check. */
export const toetsRegelTekstSchema = z.strictObject({
  /** What was found, as a short noun phrase ("gezamenlijk contact van beide partners"). */
  titel: z.string().min(1).max(200),
  /** Why it does not fit the profile. */
  waarom: tekst,
  /** What fits instead. */
  inPlaatsDaarvan: tekst,
});
/** The words of one plan check. */
export type ToetsRegelTekst = z.output<typeof toetsRegelTekstSchema>;

/** A region's whole guide: every profile and every check has its words. */
export const profielGidsSchema = z.strictObject({
  profielen: z.strictObject(Object.fromEntries(PROFIELEN.map((p) => [p, profielUitlegSchema])) as Record<Profiel, typeof profielUitlegSchema>),
  regels: z.strictObject(Object.fromEntries(TOETS_REGELS.map((r) => [r, toetsRegelTekstSchema])) as Record<ToetsRegel, typeof toetsRegelTekstSchema>),
});
/** A guide to the five profiles and the plan checks. */
export type ProfielGids = z.output<typeof profielGidsSchema>;

/** The default guide (sources: docs/gezinsprofielen.md). */
export const STANDAARD_PROFIELGIDS: ProfielGids = {
  profielen: {
    intieme_terreur: {
      beschrijving:
        'Eén partner, meestal de man, oefent dwang en controle uit over de ander: vrijheid beperken, isoleren, vernederen, intimideren, vaak ernstig fysiek en seksueel geweld. Slachtoffer en kinderen voelen zich voortdurend bedreigd. Het geweld gaat vaak door na de scheiding: stalking, bedreiging, de rechtsgang gebruiken, professionals bespelen.',
      indicatoren: [
        'Machtsongelijkheid tussen de partners',
        'Dwang en controle (geld, telefoon, contacten)',
        'Isoleren van familie en vrienden',
        'Ernstig fysiek of seksueel geweld',
        'Slachtoffer en kinderen voelen zich voortdurend bedreigd',
        'Stalking of bedreiging na de scheiding',
        'Bezitsdrang en jaloezie bij de pleger',
        'Persoonlijkheidsproblematiek of middelengebruik bij de pleger',
      ],
      aanpak: [
        'Veiligheid eerst: het geweld staat altijd op de voorgrond, met vooral maatregelen uit het veiligheidsdomein.',
        'Bescherming en specialistische hulp zijn altijd nodig: een veilige plek voor slachtoffer en kinderen, optreden van de politie.',
        'Specialistische daderhulp in een strafrechtelijk kader (OM, reclassering), gericht op dwang en controle; geen algemene training agressieregulatie.',
        'Geen mediation, geen gezamenlijke gesprekken of ouderschapsbegeleiding van beide partners, geen relatie- of partnertherapie.',
        'Overdrachten van de kinderen professioneel begeleid (bijvoorbeeld in een omgangshuis), niet door familie.',
        'Na een scheiding: blijf letten op stalking en op de veiligheid van een geheim adres.',
        'Overweeg een contact- of gebiedsverbod en aangifte.',
        'Aparte contactpersonen voor slachtoffer en pleger.',
      ],
      bronnen: ['S2', 'S3', 'S8', 'RP'],
    },
    gezin_in_de_stress: {
      beschrijving:
        'Het evenwicht tussen draagkracht en draaglast is zoek. Een opeenstapeling van stressoren (schulden, het overlijden van een ouder, alcohol) loopt uit op herhaalde conflicten. Het geweld, soms ernstig, kan van beide kanten komen; vaak drinkt een van de partners te veel. De kinderen zijn slachtoffer en getuige.',
      indicatoren: [
        'Opeenstapeling van stressoren',
        'Schulden of onzekere bestaanszekerheid',
        'Alcohol- of middelenmisbruik van een partner',
        'Geweld van beide kanten',
        'Herhaalde, escalerende conflicten',
        'Kinderen getuige van het geweld',
      ],
      aanpak: [
        'Verminder de stressoren: schulden, bestaanszekerheid (inkomen, werk, wonen), alcohol.',
        'Hulp staat voorop, met bescherming erbij: hoe meer risicofactoren, hoe groter de kans op geweld.',
        'Het geweld kan wederzijds zijn: kijk naar beide partners, als pleger en als slachtoffer.',
        'Verslaving verlaagt de drempel voor agressie: betrek verslavingszorg.',
        'De kinderen zijn slachtoffer en getuige: zorg voor hun veiligheid en eigen hulp.',
      ],
      bronnen: ['S2', 'S4', 'S7', 'RP'],
    },
    langdurige_zorg: {
      beschrijving:
        'Eén of beide partners hebben langdurig zorg nodig door een beperking of psychische problemen. Partnergeweld kan een rol spelen. De opvoedsituatie is onveilig; verwaarlozing komt veel voor.',
      indicatoren: [
        'Verstandelijke beperking van een ouder',
        'Langdurige psychische problemen van een ouder',
        'Verwaarlozing van de kinderen',
        'Onveilige opvoedsituatie',
        'Partnergeweld',
      ],
      aanpak: [
        'Langdurige zorg en ondersteuning voor de ouder(s), geen kort traject dat stopt als het even beter gaat.',
        'De veiligheid van de kinderen wordt apart bewaakt, ook als de ouders van goede wil zijn.',
        'Let op verwaarlozing: basiszorg, gezondheid, school.',
      ],
      bronnen: ['S2'],
    },
    kindgedrag_en_opvoedstress: {
      beschrijving:
        'Een kind heeft (ernstige) gedragsproblemen, als reactie op geweld thuis of aangeboren (bijvoorbeeld autisme, ADHD, een chronische ziekte). Het gedrag leidt tot conflicten en geweld tussen de ouders of tussen ouder en kind. Er is veel opvoedstress en onveiligheid.',
      indicatoren: [
        'Ernstige gedragsproblemen van een kind',
        'Autisme, ADHD of een chronische ziekte bij een kind',
        'Conflicten tussen de ouders over het gedrag van het kind',
        'Geweld tussen ouder en kind',
        'Veel opvoedstress bij de ouders',
      ],
      aanpak: [
        'Hulp gericht op de problemen van het kind en op de opvoedstress van de ouders.',
        'Ga na of het gedrag van het kind een reactie is op geweld thuis.',
        'Ondersteun de ouders in de opvoeding en ontlast het gezin.',
      ],
      bronnen: ['S2', 'S7'],
    },
    complexe_conflictscheiding: {
      beschrijving:
        'De problemen gaan vooral over de omgang na de scheiding: vooral psychisch geweld en een juridische strijd om de kinderen. De kinderen lijden onder de conflicten van hun ouders.',
      indicatoren: [
        'Strijd over omgang en gezag',
        'Juridische procedures over de kinderen',
        'Psychisch geweld tussen de ex-partners',
        'Kinderen klem tussen de ouders',
      ],
      aanpak: [
        'Onderscheid vroeg: is er een (acuut) veiligheidsprobleem, of gaat het vooral om de scheiding?',
        'Sluit intieme terreur uitdrukkelijk uit voordat u mediation of gezamenlijke gesprekken inzet.',
        'Zet de kinderen centraal: zij lijden onder het conflict.',
        'Gebruik de regionale scheidingsaanpak.',
      ],
      bronnen: ['S2', 'S8', 'S11', 'RP'],
    },
  },
  regels: {
    gezamenlijk_contact: {
      titel: 'gezamenlijk contact van beide partners',
      waarom:
        'Bij intieme terreur zijn mediation, gezamenlijke gesprekken of ouderschapsbegeleiding van beide partners en relatietherapie sterk af te raden: naast de pleger spreekt het slachtoffer niet vrijuit, en het contact geeft de pleger nieuwe kansen op dwang en controle.',
      inPlaatsDaarvan: 'Aparte gesprekken met elk van de partners, met aparte contactpersonen.',
    },
    overdracht_door_familie: {
      titel: 'overdracht door familie of netwerk',
      waarom:
        'Bij intieme terreur is elke overdracht een moment van contact met de pleger. Familie kan dat niet veilig begeleiden en komt zelf onder druk te staan.',
      inPlaatsDaarvan: 'Een professioneel begeleide overdracht, bijvoorbeeld in een omgangshuis.',
    },
    algemene_agressietraining: {
      titel: 'training agressieregulatie',
      waarom: 'Bij intieme terreur gaat het om dwang en controle, niet om opwellende boosheid: een algemene training agressieregulatie pakt dat niet aan.',
      inPlaatsDaarvan: 'Specialistische daderhulp in een strafrechtelijk kader (OM, reclassering).',
    },
    mediation_zonder_uitsluiting: {
      titel: 'mediation of gezamenlijk contact terwijl intieme terreur niet is uitgesloten',
      waarom: 'Bij een complexe (conflict)scheiding kan mediation passen, maar alleen als intieme terreur is uitgesloten.',
      inPlaatsDaarvan: 'Beoordeel eerst intieme terreur en leg het oordeel vast (uitgesloten of niet).',
    },
    secundair_zonder_indicator: {
      titel: 'secundair profiel zonder aanwezige indicator',
      waarom: 'Een secundair profiel dat alleen op onbekende indicatoren rust, stuurt de aanpak zonder onderbouwing.',
      inPlaatsDaarvan: 'Onderzoek de indicatoren en leg vast wat aanwezig is, of kies het profiel niet als secundair.',
    },
  },
};

/**
 * The guide for `regio`: the region's own from `configuratie` (e.g. a JSON file the region keeps,
 * parsed with `profielGidsSchema`), or the default.
 */
export function profielGidsVoorRegio(regio: string, configuratie: Readonly<Record<string, ProfielGids>> = {}): ProfielGids {
  return Object.hasOwn(configuratie, regio) ? (configuratie[regio] ?? STANDAARD_PROFIELGIDS) : STANDAARD_PROFIELGIDS;
}
