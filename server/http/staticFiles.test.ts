import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStatic } from './staticFiles.js';
import { contentSecurityPolicy, safeHost } from './securityHeaders.js';

const root = '/srv/tafel/renderer';
const files = new Set([`${root}/index.html`, `${root}/assets/app-abc123.js`, `${root}/assets/app-abc123.css`, `${root}/.env`, `${root}/favicon.svg`]);
const exists = (f: string) => files.has(f);

describe('resolveStatic', () => {
  it('serves the app shell for / and invite links, hashed assets as immutable', () => {
    expect(resolveStatic(root, '/', exists)).toEqual({ kind: 'file', file: `${root}/index.html`, immutable: false });
    expect(resolveStatic(root, '/join/abc/def', exists)).toEqual({ kind: 'file', file: `${root}/index.html`, immutable: false });
    expect(resolveStatic(root, '/assets/app-abc123.js', exists)).toEqual({ kind: 'file', file: `${root}/assets/app-abc123.js`, immutable: true });
    expect(resolveStatic(root, '/favicon.svg', exists)).toMatchObject({ kind: 'file', immutable: false });
    expect(resolveStatic('/nowhere', '/', exists)).toEqual({ kind: 'no-renderer' });
  });

  it.each([
    ['/../../etc/passwd', 'not-found'],
    ['/%2e%2e/%2e%2e/etc/passwd', 'not-found'],
    ['/assets/..%2f..%2f..%2fetc%2fpasswd', 'not-found'],
    ['/..%5c..%5cwindows', 'bad-request'],
    ['/%00index.html', 'bad-request'],
    ['/%E0%A4%A', 'bad-request'],
    ['/.env', 'not-found'],
    ['/missing.js', 'not-found'],
    ['/assets', 'not-found'],
  ])('refuses %s (%s)', (p, kind) => {
    const target = resolveStatic(root, p, exists);
    expect(target.kind).toBe(kind);
    if (target.kind === 'file') expect(target.file.startsWith(root + path.sep)).toBe(true);
  });
});

describe('security headers', () => {
  it('lets the page connect only to its own relay origin', () => {
    expect(contentSecurityPolicy('relay.example.nl:4455')).toContain("connect-src 'self' ws://relay.example.nl:4455 wss://relay.example.nl:4455");
    expect(contentSecurityPolicy('evil.nl; script-src *')).toContain("connect-src 'self';");
    expect(safeHost('[::1]:4455')).toBe('[::1]:4455');
    expect(safeHost('a b')).toBeUndefined();
  });
});
