/**
 * The golden Markdown exports of the demo case (agreed at a fixed time). The test
 * (shared/export/writers.test.ts) compares against these files; after an intended change to the
 * export text, rewrite them with `npx tsx tests/golden/updateGolden.ts` and review the diff.
 */
import { organisatieUittreksel, planDocument, planLayout, uittrekselLayout, verslagDocument, verslagLayout, writeMarkdown } from '../../shared/export/index.js';
import { agreedDemo, CHAIR } from './agreedFixture.js';
import { agreedScenario } from './scenario.js';

/** The chair (Veilig Thuis) as the one who exports, for the scenario's documents. */
export const VOOR_VOORZITTER = { ontvangerOrgId: 'org-vt', viewer: { deelnemerId: CHAIR, orgId: 'org-vt', rollen: ['voorzitter' as const] } };

/** The receiving organisation and viewer of the golden plan and verslag: the casusregisseur. */
export const VOOR_LOTTE = {
  ontvangerOrgId: 'org-lokaalteam',
  viewer: { deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam', rollen: ['casusregisseur' as const] },
};

/** File name → expected Markdown. */
export async function goldenMarkdown(): Promise<Record<string, string>> {
  const version = await agreedDemo();
  const verslag = verslagDocument(version, VOOR_LOTTE);
  if (!verslag) throw new Error('the demo version has no verslag');
  const scenario = await agreedScenario();
  return {
    'demo-plan.md': writeMarkdown(planLayout(planDocument(version, VOOR_LOTTE))),
    'demo-verslag.md': writeMarkdown(verslagLayout(verslag)),
    'demo-uittreksel-reclassering.md': writeMarkdown(uittrekselLayout(organisatieUittreksel(version, 'org-reclassering'))),
    'scenario-plan.md': writeMarkdown(planLayout(planDocument(scenario, VOOR_VOORZITTER))),
    'scenario-uittreksel-politie.md': writeMarkdown(uittrekselLayout(organisatieUittreksel(scenario, 'org-politie', VOOR_VOORZITTER.viewer))),
  };
}
