/** Rewrites the golden Markdown files: `npx tsx tests/golden/updateGolden.ts`. Review the diff. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenMarkdown } from './goldenFiles.js';

for (const [name, text] of Object.entries(await goldenMarkdown())) {
  writeFileSync(fileURLToPath(new URL(name, import.meta.url)), text);
  console.log(`written tests/golden/${name}`);
}
