import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportRequest, HostApi, HostResult, PrintToPdfRequest } from '../../shared/host/hostApi.js';
import { CHAIR, agreedDemo, demoModel } from '../../tests/golden/agreedFixture.js';
import { openAgreedVersion, trekVersieIn } from '../../shared/export/index.js';
import { VOOR_LOTTE, goldenMarkdown } from '../../tests/golden/goldenFiles.js';
import { runExport } from './runExport.js';

/** The host's file door, recording what the renderer hands it (the real hosts need a window or Electron). */
function recordingHost(answer: HostResult<{ readonly fileName: string }> | null = null) {
  const files: ExportRequest[] = [];
  const prints: PrintToPdfRequest[] = [];
  const host = {
    capabilities: { kind: 'web', vault: 'passphrase', saveDialog: false, printToPdf: false, deepLinks: true },
    exportFile: async (request: ExportRequest) => {
      files.push(request);
      return answer ?? { ok: true as const, value: { fileName: request.suggestedName } };
    },
    printToPdf: async (request: PrintToPdfRequest) => {
      prints.push(request);
      return answer ?? { ok: true as const, value: { fileName: request.suggestedName } };
    },
  } as unknown as HostApi;
  return { host, files, prints };
}

const NOW = () => new Date('2025-03-11T09:00:00.000Z');

describe('runExport', () => {
  it('hands the host the golden Markdown plan under a name without case content, and returns a content-free log record', async () => {
    const versie = await agreedDemo();
    const { host, files } = recordingHost();
    const uitkomst = await runExport(host, versie, { soort: 'plan', formaat: 'markdown', ontvangerOrgId: VOOR_LOTTE.ontvangerOrgId }, VOOR_LOTTE.viewer, NOW);
    expect(files).toHaveLength(1);
    // The same bytes as the golden file (shared/export/writers.test.ts holds that to tests/golden/demo-plan.md).
    expect(files[0]!.data).toBe((await goldenMarkdown())['demo-plan.md']);
    expect(files[0]!.suggestedName).toMatch(/^tafel-plan-2025-03-10-[0-9a-f]{8}\.md$/);
    expect(uitkomst).toEqual({
      ok: true,
      fileName: files[0]!.suggestedName,
      regel: {
        gebeurtenis: 'export',
        op: '2025-03-11T09:00:00.000Z',
        door: 'dn-lotte',
        namensOrgId: 'org-lokaalteam',
        soort: 'plan',
        formaat: 'markdown',
        versieId: versie.id,
        vingerafdruk: versie.vingerafdruk,
        ontvangerOrgId: 'org-lokaalteam',
      },
    });
  });

  it('writes Word through the docx library, with the fingerprint and the afspraken in the document', async () => {
    const versie = await agreedDemo();
    const { host, files } = recordingHost();
    await runExport(host, versie, { soort: 'verslag', formaat: 'docx', ontvangerOrgId: 'org-lokaalteam' }, VOOR_LOTTE.viewer, NOW);
    const data = files[0]!.data;
    expect(data).toBeInstanceOf(Uint8Array);
    const xml = strFromU8(unzipSync(data as Uint8Array)['word/document.xml']!);
    expect(xml).toContain(versie.vingerafdruk);
    expect(xml).toContain('Oma informeren over haar rol bij de overdracht.');
  });

  it('prints the per-organisation extract as a self-contained page for PDF', async () => {
    const versie = await agreedDemo();
    const { host, prints } = recordingHost();
    const uitkomst = await runExport(host, versie, { soort: 'uittreksel', formaat: 'pdf', ontvangerOrgId: 'org-reclassering' }, VOOR_LOTTE.viewer, NOW);
    expect(uitkomst.ok).toBe(true);
    expect(prints[0]!.html).toContain('Alleen voor');
    expect(prints[0]!.html).not.toMatch(/<style|<script/i);
    expect(prints[0]!.suggestedName).toMatch(/^tafel-uittreksel-.*\.pdf$/);
  });

  it('records nothing when the user cancels the save dialog', async () => {
    const versie = await agreedDemo();
    const { host } = recordingHost({ ok: false, error: { code: 'cancelled', message: 'Geannuleerd.' } });
    expect(await runExport(host, versie, { soort: 'plan', formaat: 'markdown', ontvangerOrgId: 'org-vt' }, VOOR_LOTTE.viewer, NOW)).toEqual({
      ok: false,
      reden: 'geannuleerd',
    });
  });

  it('refuses a withdrawn version before anything reaches the host', async () => {
    const model = demoModel();
    const versie = await agreedDemo(model);
    trekVersieIn(model, { versieId: versie.id, voorzitterId: CHAIR, reden: 'Fout in de plan-datum.', op: '2025-03-12T09:00:00.000Z' });
    const { host, files, prints } = recordingHost();
    await expect(
      runExport(
        host,
        openAgreedVersion(model, versie.id),
        { soort: 'plan', formaat: 'markdown', ontvangerOrgId: VOOR_LOTTE.ontvangerOrgId },
        VOOR_LOTTE.viewer,
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'versie_ingetrokken' });
    expect(files).toEqual([]);
    expect(prints).toEqual([]);
  });
});
