/** The header every export carries: case, date, attendees, vastgesteld door, fingerprint, watermark. */
import type { Viewer } from '../model/index.js';
import type { AgreedVersion } from './agreedVersion.js';
import { datumNl, momentNl, nlMoment } from './dates.js';
import { ExportError } from './errors.js';
import type { Names } from './names.js';

/** Who an export is for. */
export interface ExportFor {
  /** The receiving organisation: named in the watermark. */
  readonly ontvangerOrgId: string;
  /**
   * The person the export is made for (their roles and id decide which restricted values, such as
   * noodcontacten, are included). Without a viewer no restricted value is included.
   */
  readonly viewer?: Viewer;
}

/** The export header. */
export interface ExportKop {
  readonly casus: string;
  readonly casusnummer?: string;
  /** The day of agreement in Dutch: "10 maart 2025". */
  readonly datum: string;
  /** The moment of agreement in Dutch time: "10 maart 2025 om 15:00". */
  readonly vastgesteldOp: string;
  readonly vastgesteldDoor: readonly string[];
  readonly aanwezigen: readonly string[];
  readonly vingerafdruk: string;
  readonly ontvanger: string;
  readonly watermerk: string;
}

/** The watermark line naming the receiving organisation. */
export function watermerkVoor(ontvanger: string): string {
  return `Vertrouwelijk. Alleen voor ${ontvanger}. Niet doorsturen of kopiëren zonder toestemming van de deelnemers aan het overleg.`;
}

/** The header of an export of `version` for `voor`. Throws `onbekende_organisatie`. */
export function exportKop(version: AgreedVersion, names: Names, voor: ExportFor): ExportKop {
  if (!version.inhoud.namen.organisaties.some((o) => o.id === voor.ontvangerOrgId)) throw new ExportError('onbekende_organisatie');
  const ontvanger = names.organisatie(voor.ontvangerOrgId);
  return {
    casus: version.inhoud.casus.titel,
    casusnummer: version.inhoud.casus.casusnummer,
    datum: datumNl(nlMoment(version.vastgesteldOp).dag),
    vastgesteldOp: momentNl(version.vastgesteldOp),
    vastgesteldDoor: version.vastgesteldDoor.map((id) => names.metOrganisatie(id)),
    aanwezigen: version.aanwezigen.map((id) => names.metOrganisatie(id)),
    vingerafdruk: version.vingerafdruk,
    ontvanger,
    watermerk: watermerkVoor(ontvanger),
  };
}
