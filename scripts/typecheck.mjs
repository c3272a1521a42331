// Typechecks every area with its own compiler settings (shared/ without DOM or Node types,
// main/ against Electron's types, the renderer with the DOM, tests with both).
import { spawnSync } from 'node:child_process';

const projects = ['shared', 'server', 'main', 'main/preload', 'renderer', 'tests'];
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
