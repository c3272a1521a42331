import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportFilesRequest, ExportRequest, HostApi, HostResult } from '../../shared/host/hostApi.js';
import { CHAIR, agreedDemo, demoModel } from '../../tests/golden/agreedFixture.js';
import { openAgreedVersion, trekVersieIn } from '../../shared/export/index.js';
import { VOOR_LOTTE, goldenMarkdown } from '../../tests/golden/goldenFiles.js';
import { naarAlleOrganisaties, runExport } from './runExport.js';

/** The host's file door, recording what the renderer hands it (the real hosts need a window or Electron). */
function recordingHost(answer: HostResult<{ readonly fileName: string }> | null = null) {
  const files: ExportRequest[] = [];
  const folders: ExportFilesRequest[] = [];
  const host = {
    capabilities: { kind: 'web', vault: 'passphrase', saveDialog: false, deepLinks: true },
    exportFile: async (request: ExportRequest) => {
      files.push(request);
      return answer ?? { ok: true as const, value: { fileName: request.suggestedName } };
    },
    exportFiles: async (request: ExportFilesRequest) => {
      folders.push(request);
      return answer ?? { ok: true as const, value: { fileName: request.folderName } };
    },
  } as unknown as HostApi;
  return { host, files, folders };
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
      regels: [
        {
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
      ],
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

  it('writes the PDF itself: the host gets PDF bytes to save, the same on desktop and in the browser', async () => {
    const versie = await agreedDemo();
    const { host, files } = recordingHost();
    const uitkomst = await runExport(host, versie, { soort: 'uittreksel', formaat: 'pdf', ontvangerOrgId: 'org-reclassering' }, VOOR_LOTTE.viewer, NOW);
    expect(uitkomst.ok).toBe(true);
    expect(files[0]!.mimeType).toBe('application/pdf');
    expect(new TextDecoder().decode((files[0]!.data as Uint8Array).slice(0, 5))).toBe('%PDF-');
    expect(files[0]!.suggestedName).toMatch(/^tafel-uittreksel-.*\.pdf$/);
  });

  it('sends every organisation at the table its own extract in each chosen format, as one folder, each logged', async () => {
    const versie = await agreedDemo();
    const { host, folders } = recordingHost();
    const uitkomst = await naarAlleOrganisaties(host, versie, ['markdown', 'pdf'], VOOR_LOTTE.viewer, NOW);
    expect(folders).toHaveLength(1);
    const namen = folders[0]!.files.map((f) => f.suggestedName);
    // Six organisations at the table, two formats each, each file named for its recipient.
    expect(namen).toHaveLength(12);
    expect(new Set(namen).size).toBe(12);
    expect(namen).toContain(`tafel-uittreksel-reclassering-voorbeeld-2025-03-10-${versie.vingerafdruk.slice(7, 15)}.md`);
    const politie = folders[0]!.files.find(
      (f) => f.suggestedName.startsWith('tafel-uittreksel-politie-basisteam-voorbeeld') && f.suggestedName.endsWith('.md'),
    );
    expect(politie?.data).toContain('Vertrouwelijk. Alleen voor Politie, basisteam Voorbeeld.');
    expect(politie?.data).not.toContain('Intake training agressieregulatie');
    expect(uitkomst.ok && uitkomst.regels.map((r) => `${r.ontvangerOrgId}:${r.formaat}`)).toContain('org-politie:pdf');
    expect(uitkomst.ok && uitkomst.regels).toHaveLength(12);
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
    const { host, files, folders } = recordingHost();
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
    await expect(naarAlleOrganisaties(host, openAgreedVersion(model, versie.id), ['pdf'], VOOR_LOTTE.viewer, NOW)).rejects.toMatchObject({
      code: 'versie_ingetrokken',
    });
    expect(folders).toEqual([]);
  });
});
