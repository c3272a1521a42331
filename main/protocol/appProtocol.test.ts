import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppAsset } from './appProtocol.js';

let root: string;
let outside: string;
const POLICY = "default-src 'self'";

beforeAll(async () => {
  outside = await mkdtemp(path.join(os.tmpdir(), 'tafel-protocol-'));
  root = path.join(outside, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Tafel</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  await writeFile(path.join(outside, 'secret.txt'), 'not for the renderer');
});
afterAll(() => rm(outside, { recursive: true, force: true }));

const handler = () => createAppProtocolHandler({ rootDir: root, contentSecurityPolicy: () => POLICY });

describe('app:// protocol', () => {
  it('serves the renderer with the right content types and the CSP header', async () => {
    const serve = handler();
    const html = await serve(new Request('app://tafel/index.html'));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toBe(POLICY);
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await html.text()).toContain('<title>Tafel</title>');
    const js = await serve(new Request('app://tafel/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve(new Request('app://tafel/assets/index-abc.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await serve(new Request('app://tafel/assets/font.woff2'))).headers.get('content-type')).toBe('font/woff2');
  });

  it('answers routes without an extension with index.html and unknown files with 404', async () => {
    const serve = handler();
    const route = await serve(new Request('app://tafel/join/abc'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Tafel</title>');
    expect((await serve(new Request('app://tafel/'))).status).toBe(200);
    expect((await serve(new Request('app://tafel/assets/missing.js'))).status).toBe(404);
  });

  it('never reads outside the renderer folder', async () => {
    const serve = handler();
    for (const url of [
      'app://tafel/../secret.txt',
      'app://tafel/%2e%2e/secret.txt',
      'app://tafel/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://tafel/..%5csecret.txt',
      'app://tafel/%00.js',
      'app://tafel/%E0%A4%A.js',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain('not for the renderer');
    }
    expect(resolveAppAsset('app://other/index.html', root)).toEqual({ kind: 'bad-request' });
    expect(resolveAppAsset('app://tafel/assets/%2e%2e%2f%2e%2e%2fsecret.txt', root)).toEqual({ kind: 'bad-request' });
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await handler()(new Request('app://tafel/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    const head = await handler()(new Request('app://tafel/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
