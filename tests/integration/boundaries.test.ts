// The boundary rules must keep failing on forbidden imports, or they silently rot. This runs the
// same dependency-cruiser configuration CI uses (`npm run boundaries`) on a fixture tree that
// breaks every rule once, and on the real tree, which must be clean.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

const CLI = 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs';

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

describe('architecture boundaries', () => {
  it('rejects every forbidden import in the fixture tree', () => {
    const { status, violations } = cruise('tests/fixtures/boundary-violation');
    expect(status).not.toBe(0);
    const found = violations.map(
      (v) => `${v.rule.name}: ${v.from.replace('tests/fixtures/boundary-violation/', '')} -> ${v.to.replace('tests/fixtures/boundary-violation/', '')}`,
    );
    expect(found.sort()).toEqual(
      [
        'renderer-not-to-main-or-server: renderer/forbidden.ts -> main/secret.ts',
        'renderer-not-to-main-or-server: renderer/forbidden.ts -> server/relayInternals.ts',
        'server-not-to-renderer-or-main: server/usesRenderer.ts -> renderer/forbidden.ts',
        'shared-imports-nothing-of-the-others: shared/usesNode.ts -> main/secret.ts',
        'shared-no-node-or-electron: shared/usesNode.ts -> fs',
      ].sort(),
    );
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
