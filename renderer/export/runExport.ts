/**
 * Exports, start to finish: document, writer, host (save dialog or download), log record. One
 * document at a time (`runExport`), or every organisation's extract at once (`naarAlleOrganisaties`:
 * one folder on the desktop, one zip in the browser), each watermarked for its recipient.
 */
import {
  ExportError,
  exportLogRegel,
  organisatiesAanTafel,
  organisatieUittreksel,
  uittrekselLayout,
  type AgreedVersion,
  type ExportFormaat,
  type ExportLogRegel,
} from '../../shared/export/index.js';
import type { ExportRequest, HostApi, HostError } from '../../shared/host/hostApi.js';
import type { Viewer } from '../../shared/model/index.js';
import { nlMoment } from '../../shared/export/dates.js';
import { exportDocument, writeExport, type ExportKeuze, type UiFormaat } from './exportDocument.js';

export type ExportUitkomst =
  | { readonly ok: true; readonly fileName: string; readonly regels: readonly ExportLogRegel[] }
  | { readonly ok: false; readonly reden: 'geen_verslag' | 'geannuleerd' | 'host'; readonly hostFout?: HostError };

type Resultaat = Awaited<ReturnType<HostApi['exportFile']>>;

function uitkomst(result: Resultaat, regels: () => ExportLogRegel[]): ExportUitkomst {
  if (!result.ok) return result.error.code === 'cancelled' ? { ok: false, reden: 'geannuleerd' } : { ok: false, reden: 'host', hostFout: result.error };
  return { ok: true, fileName: result.value.fileName, regels: regels() };
}

/** Runs an export through the host. Throws ExportError when the core refuses (e.g. unknown organisation, a withdrawn version). */
export async function runExport(
  host: HostApi,
  versie: AgreedVersion,
  keuze: ExportKeuze,
  viewer: Viewer,
  now: () => Date = () => new Date(),
): Promise<ExportUitkomst> {
  // A withdrawn plan must not go round again; the version stays readable in the app.
  if (versie.ingetrokken !== undefined) throw new ExportError('versie_ingetrokken');
  const document = exportDocument(versie, keuze, viewer);
  if (document === undefined) return { ok: false, reden: 'geen_verslag' };
  const result = await host.exportFile(await writeExport(versie, document, keuze));
  const formaat: ExportFormaat = keuze.formaat;
  return uitkomst(result, () => [
    exportLogRegel({
      op: now().toISOString(),
      door: viewer.deelnemerId,
      namensOrgId: viewer.orgId,
      soort: keuze.soort,
      formaat,
      ontvangerOrgId: keuze.ontvangerOrgId,
      versie,
    }),
  ]);
}

/**
 * For every organisation at the table its own extract, in each chosen format, handed to the host
 * as one folder (desktop) or one zip (browser); one log record per file, as for single exports.
 */
export async function naarAlleOrganisaties(
  host: HostApi,
  versie: AgreedVersion,
  formaten: readonly UiFormaat[],
  viewer: Viewer,
  now: () => Date = () => new Date(),
): Promise<ExportUitkomst> {
  if (versie.ingetrokken !== undefined) throw new ExportError('versie_ingetrokken');
  const files: ExportRequest[] = [];
  const gemaakt: Array<{ ontvangerOrgId: string; formaat: UiFormaat }> = [];
  for (const org of organisatiesAanTafel(versie)) {
    const document = uittrekselLayout(organisatieUittreksel(versie, org.id, viewer));
    for (const formaat of formaten) {
      files.push(await writeExport(versie, document, { soort: 'uittreksel', formaat, ontvangerOrgId: org.id, ontvangerNaam: org.naam }));
      gemaakt.push({ ontvangerOrgId: org.id, formaat });
    }
  }
  const hex = versie.vingerafdruk.replace(/^sha256:/, '').slice(0, 8);
  const result = await host.exportFiles({ folderName: `tafel-uittreksels-${nlMoment(versie.vastgesteldOp).dag}-${hex}`, files });
  const op = now().toISOString();
  return uitkomst(result, () =>
    gemaakt.map(({ ontvangerOrgId, formaat }) =>
      exportLogRegel({ op, door: viewer.deelnemerId, namensOrgId: viewer.orgId, soort: 'uittreksel', formaat, ontvangerOrgId, versie }),
    ),
  );
}
