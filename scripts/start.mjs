// `npm start`: build Tafel, then open the desktop app in Electron. Where the Electron binary
// cannot be had (no network to its download host), say so in plain words, name the browser
// version, and exit non-zero: no stack trace. The decisions live in electronLauncher.mjs.
//   node scripts/start.mjs [--skip-build] [--verbose] [-- extra Electron arguments]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFailedMessage, decideLaunch, downloadElectronOnce } from './electronLauncher.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const skipBuild = args.includes('--skip-build');
const separator = args.indexOf('--');
const electronArgs = separator === -1 ? [] : args.slice(separator + 1);
const DOWNLOAD_TIMEOUT_MS = Number(process.env['TAFEL_ELECTRON_DOWNLOAD_TIMEOUT_MS'] ?? 120_000);

function fail(message, details) {
  if (verbose && details) console.error(details.trim());
  console.error(message);
  process.exit(1);
}

if (!skipBuild) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) fail(buildFailedMessage());
}

const mainEntry = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).main;
if (typeof mainEntry !== 'string' || !existsSync(path.join(root, mainEntry))) {
  fail(`${buildFailedMessage()}\n(${String(mainEntry)} ontbreekt / is missing)`);
}

const decision = await decideLaunch({
  electronDir,
  env: process.env,
  platform: process.platform,
  download: () => {
    console.log('Electron ontbreekt nog; downloaden... / Electron is missing; downloading...');
    return downloadElectronOnce({ electronDir, timeoutMs: DOWNLOAD_TIMEOUT_MS });
  },
});
if (decision.kind === 'unavailable') fail(decision.message, decision.details);

const child = spawn(decision.executable, [root, ...electronArgs], { cwd: root, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', () => fail('Tafel kan Electron niet openen. / Tafel could not run Electron.'));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
