/**
 * The verslag (meeting report) of the overleg an agreed version was agreed in: samenvatting,
 * weging en kwalificatie, the terugblik on actiepunten of earlier overleggen, besluiten with
 * onderbouwing and tegenspraak, actiepunten (docs/domain.md §4.2).
 */
import { beslistMee, isActiepuntTeLaat } from '../model/index.js';
import type { ActiepuntInhoud, BesluitInhoud, TerugblikInhoud } from './agreedContent.js';
import type { AgreedVersion } from './agreedVersion.js';
import { datumNl, nlMoment } from './dates.js';
import { exportKop, type ExportFor, type ExportKop } from './header.js';
import { actiepuntStatusLabel, overlegTypeLabel, rolLabel } from './labels.js';
import { namesOf } from './names.js';

export interface BesluitRegel {
  readonly nummer: number;
  readonly id: string;
  readonly tekst: string;
  readonly onderbouwing: string;
  readonly genomenDoor: readonly string[];
  readonly tegenspraak?: { readonly door: string; readonly tekst: string };
  /** "Het gezin is geïnformeerd. Reactie: …" or "Het gezin is (nog) niet geïnformeerd." */
  readonly gezin: string;
}
export interface ActiepuntRegel {
  readonly nummer: number;
  readonly id: string;
  readonly omschrijving: string;
  readonly eigenaar: string;
  readonly organisatie: string;
  readonly deadline: string;
  /** In Dutch words: "gedaan", "niet gedaan", "niet mogelijk door gewijzigde omstandigheden", … */
  readonly status: string;
  readonly terugkoppeling?: string;
}

/** The verslag as an export shows it. */
export interface VerslagDocument {
  readonly kop: ExportKop;
  readonly overleg: {
    readonly soort: string;
    readonly datum: string;
    readonly voorzitter?: string;
    readonly notulist?: string;
    readonly agenda: readonly string[];
  };
  readonly aanwezig: readonly string[];
  readonly afwezigMetInformatie: readonly string[];
  readonly afwezig: readonly string[];
  readonly samenvatting: string;
  readonly wegingEnKwalificatie: string;
  /**
   * The actiepunten of earlier overleggen reviewed in this one, numbered apart from this
   * overleg's own; undefined for a version agreed before Tafel recorded the review.
   */
  readonly terugblik?: readonly ActiepuntRegel[];
  readonly besluiten: readonly BesluitRegel[];
  readonly actiepunten: readonly ActiepuntRegel[];
}

/** Which besluiten and actiepunten to keep (the per-organisation extract narrows this). */
export interface VerslagFilter {
  besluit(b: BesluitInhoud, actiepunten: readonly ActiepuntInhoud[]): boolean;
  /** An actiepunt of this overleg or one reviewed in it. */
  actiepunt(a: TerugblikInhoud): boolean;
}

/** The verslag of an agreed version, or undefined when it was not agreed in an overleg. */
export function verslagDocument(version: AgreedVersion, voor: ExportFor, filter?: VerslagFilter): VerslagDocument | undefined {
  const overleg = version.inhoud.overleg;
  if (!overleg) return undefined;
  const names = namesOf(version.inhoud);
  const dag = nlMoment(version.vastgesteldOp).dag;
  // Only those with a deciding role took a besluit: never an observer, also not in content agreed
  // before Tafel filtered them out (beslissen.ts).
  const rollen = new Map(version.inhoud.namen.deelnemers.map((d) => [d.id, d.rollen]));
  const beslist = (id: string): boolean => beslistMee(rollen.get(id) ?? ['observer']);
  const bij = (status: string): string[] =>
    overleg.aanwezigheid
      .filter((a) => a.aanwezig === status)
      .map((a) => {
        const wie = names.persoon(a.wie);
        const org = a.organisatieId === undefined ? undefined : names.organisatie(a.organisatieId);
        const info = a.informatieOntvangenOp === undefined ? '' : `, informatie ontvangen op ${datumNl(a.informatieOntvangenOp)}`;
        return `${wie} (${[rolLabel(a.rol), org].filter((x) => x !== undefined).join(', ')}${info})`;
      });
  const gehoudenVan = <T extends TerugblikInhoud>(lijst: readonly T[]): Array<{ a: T; nummer: number }> =>
    lijst.map((a, i) => ({ a, nummer: i + 1 })).filter(({ a }) => filter?.actiepunt(a) ?? true);
  const regel = ({ a, nummer }: { a: TerugblikInhoud; nummer: number }): ActiepuntRegel => ({
    nummer,
    id: a.id,
    omschrijving: a.omschrijving,
    eigenaar: names.persoon(a.eigenaarDeelnemerId),
    organisatie: names.organisatie(a.eigenaarOrgId),
    deadline: datumNl(a.deadline),
    status: isActiepuntTeLaat(a, dag)
      ? `${actiepuntStatusLabel(a.status)}, te laat: de deadline was voorbij bij het vaststellen`
      : actiepuntStatusLabel(a.status),
    terugkoppeling: a.terugkoppeling,
  });
  const actiepunten = gehoudenVan(overleg.actiepunten);
  const gehouden = actiepunten.map(({ a }) => a);
  return {
    kop: exportKop(version, names, voor),
    overleg: {
      soort: overlegTypeLabel(overleg.type),
      datum: datumNl(overleg.datum),
      voorzitter: overleg.voorzitterId === undefined ? undefined : names.metOrganisatie(overleg.voorzitterId),
      notulist: overleg.notulistId === undefined ? undefined : names.metOrganisatie(overleg.notulistId),
      agenda: overleg.agenda,
    },
    aanwezig: bij('aanwezig'),
    afwezigMetInformatie: bij('afwezig_met_informatie'),
    afwezig: bij('afwezig'),
    samenvatting: overleg.verslag,
    wegingEnKwalificatie: overleg.wegingEnKwalificatie,
    terugblik: overleg.terugblik === undefined ? undefined : gehoudenVan(overleg.terugblik).map(regel),
    besluiten: overleg.besluiten
      .map((b, i) => ({ b, nummer: i + 1 }))
      .filter(({ b }) => filter?.besluit(b, gehouden) ?? true)
      .map(({ b, nummer }) => ({
        nummer,
        id: b.id,
        tekst: b.tekst,
        onderbouwing: b.onderbouwing,
        genomenDoor: b.genomenDoor.filter(beslist).map(names.persoon),
        tegenspraak:
          b.tegenspraak === undefined
            ? undefined
            : { door: b.tegenspraakDoor === undefined ? 'onbekend' : names.metOrganisatie(b.tegenspraakDoor), tekst: b.tegenspraak },
        gezin: b.gezinGeinformeerd
          ? `Het gezin is geïnformeerd.${b.reactieGezin === undefined ? '' : ` Reactie: ${b.reactieGezin}`}`
          : 'Het gezin is (nog) niet geïnformeerd.',
      })),
    actiepunten: actiepunten.map(regel),
  };
}
