// The boundary rules must keep failing on forbidden imports, or they silently rot. This runs the
// same dependency-cruiser configuration CI uses (`npm run boundaries`) on a fixture tree that
// breaks every rule once, and on the real tree, which must be clean.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

const CLI = 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs';
const FIXTURE = 'tests/fixtures/boundary-violation/';
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: { name: string }[] };

/** Runs the CLI twice: as CI does (exit status), and with JSON output (which rules fired). */
function cruise(...paths: string[]): { status: number | null; violations: Violation[] } {
  const args = [CLI, '--config', '.dependency-cruiser.cjs'];
  const asCi = spawnSync(process.execPath, [...args, ...paths], { encoding: 'utf8' });
  const json = spawnSync(process.execPath, [...args, '--output-type', 'json', ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  return { status: asCi.status, violations: report.summary.violations };
}

// Each test runs dependency-cruiser over a tree twice: tens of seconds on a loaded machine.
describe('architecture boundaries', { timeout: 120_000 }, () => {
  it('rejects every forbidden import in the fixture tree', () => {
    const { status, violations } = cruise(FIXTURE);
    expect(status).not.toBe(0);
    const found = violations.map((v) => `${v.rule.name}: ${v.from.replace(FIXTURE, '')} -> ${v.to.replace(FIXTURE, '')}`);
    expect(found.sort()).toEqual(
      [
        'app-not-to-tests: renderer/forbidden.ts -> tests/helpers/harness.ts',
        'main-not-to-renderer-or-server: main/usesRenderer.ts -> renderer/forbidden.ts',
        'no-circular: shared/cycleA.ts -> shared/cycleB.ts',
        'renderer-folder-without-layer: renderer/newFolder/unplaced.ts -> renderer/session/profile.ts',
        'renderer-layers-editors-session: renderer/editors/usesSession.ts -> renderer/session/profile.ts',
        'renderer-layers-export: renderer/export/usesSession.ts -> renderer/session/profile.ts',
        'renderer-layers-host-ui-storage-styles: renderer/ui/usesWorkspace.ts -> renderer/workspace/parts.ts',
        'renderer-layers-i18n: renderer/i18n/useT.ts -> renderer/session/profile.ts',
        'renderer-layers-parts: renderer/parts/Exporteren.ts -> renderer/app/hostContext.ts',
        'renderer-layers-startScreen-caseScreen: renderer/startScreen/VaultPanel.ts -> renderer/app/hostContext.ts',
        'renderer-layers-store: renderer/store/deviceSession.ts -> renderer/session/profile.ts',
        'renderer-layers-workspace: renderer/workspace/parts.ts -> renderer/parts/Exporteren.ts',
        'renderer-no-electron-or-node: renderer/forbidden.ts -> fs',
        'renderer-not-to-main-or-server: renderer/forbidden.ts -> main/secret.ts',
        'renderer-not-to-main-or-server: renderer/forbidden.ts -> server/relayInternals.ts',
        'server-not-to-renderer-or-main: server/usesRenderer.ts -> renderer/forbidden.ts',
        'shared-and-renderer-no-electron: renderer/forbidden.ts -> node_modules/electron/index.js',
        'shared-imports-nothing-of-the-others: shared/usesNode.ts -> main/secret.ts',
        'shared-no-node-or-electron: shared/usesNode.ts -> fs',
      ].sort(),
    );
  });

  it('has a fixture import for every rule, so no rule can silently stop matching', () => {
    const tripped = new Set(cruise(FIXTURE).violations.map((v) => v.rule.name));
    const rules = config.forbidden.map((rule) => rule.name);
    expect(rules.length).toBeGreaterThanOrEqual(18);
    expect(rules.filter((name) => !tripped.has(name))).toEqual([]);
  });

  it('finds no violation in the real tree', () => {
    const { status, violations } = cruise('main', 'renderer', 'shared', 'server');
    expect(violations).toEqual([]);
    expect(status).toBe(0);
  });

  it('is what `npm run boundaries` runs', () => {
    const scripts = JSON.parse(execFileSync('npm', ['pkg', 'get', 'scripts'], { encoding: 'utf8' })) as Record<string, string>;
    expect(scripts['boundaries']).toContain('--config .dependency-cruiser.cjs');
    expect(scripts['test']).toContain('npm run boundaries');
  });
});
