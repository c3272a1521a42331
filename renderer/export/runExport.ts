/** One export, start to finish: document, writer, host (save dialog, download or print), log record. */
import { ExportError, exportLogRegel, type AgreedVersion, type ExportFormaat, type ExportLogRegel } from '../../shared/export/index.js';
import type { HostApi, HostError } from '../../shared/host/hostApi.js';
import type { Viewer } from '../../shared/model/index.js';
import { exportDocument, writeExport, type ExportKeuze } from './exportDocument.js';

export type ExportUitkomst =
  | { readonly ok: true; readonly fileName: string; readonly regel: ExportLogRegel }
  | { readonly ok: false; readonly reden: 'geen_verslag' | 'geannuleerd' | 'host'; readonly hostFout?: HostError };

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
  const opdracht = await writeExport(versie, document, keuze);
  const result = opdracht.soort === 'pdf' ? await host.printToPdf(opdracht.request) : await host.exportFile(opdracht.request);
  if (!result.ok) return result.error.code === 'cancelled' ? { ok: false, reden: 'geannuleerd' } : { ok: false, reden: 'host', hostFout: result.error };
  const formaat: ExportFormaat = keuze.formaat;
  const regel = exportLogRegel({
    op: now().toISOString(),
    door: viewer.deelnemerId,
    namensOrgId: viewer.orgId,
    soort: keuze.soort,
    formaat,
    ontvangerOrgId: keuze.ontvangerOrgId,
    versie,
  });
  return { ok: true, fileName: result.value.fileName, regel };
}
