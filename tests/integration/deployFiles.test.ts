// docs/deploy.md shows the deployment files as they are in deploy/ (the tests run HAProxy with
// deploy/haproxy.cfg), so what an operator copies from the page is what was tested.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const page = fs.readFileSync(path.join(ROOT, 'docs', 'deploy.md'), 'utf8');

describe('docs/deploy.md', () => {
  for (const file of ['deploy/haproxy.cfg', 'deploy/tafel-relay.service']) {
    it(`shows ${file} as it is`, () => {
      expect(page).toContain(fs.readFileSync(path.join(ROOT, file), 'utf8').trimEnd());
    });
  }
});
