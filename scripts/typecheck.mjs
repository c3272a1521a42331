// Typechecks every area with its own compiler settings (shared/ without DOM or Node types,
// main/ against Electron's types, the renderer with the DOM, tests with both). The areas are the
// references of the solution file tsconfig.json, so the editor, `tsc -b` and this script check
// the same projects; this runs them one by one and says how long each took.
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const solution = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
if (solution.error) throw new Error(ts.flattenDiagnosticMessageText(solution.error.messageText, '\n'));
const projects = solution.config.references.map((reference) => reference.path);

let failed = false;
for (const project of projects) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${project}/tsconfig.json`], {
    stdio: 'inherit',
  });
  const ok = run.status === 0;
  failed ||= !ok;
  console.log(`typecheck ${project}: ${ok ? 'ok' : 'FAILED'} (${Date.now() - started} ms)`);
}
process.exit(failed ? 1 : 0);
