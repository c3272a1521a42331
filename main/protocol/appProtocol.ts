/**
 * Serves the built renderer (dist/renderer) under app://tafel/. Only GET and HEAD, only files
 * inside the root, an explicit Content-Type per extension, and the Content-Security-Policy on
 * every response. Paths without an extension fall back to index.html so client-side routes load.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rendererContentType } from '../../shared/host/rendererContentTypes.js';
import { APP_HOST, APP_SCHEME } from '../appOrigin.js';

export type AppAsset = { readonly kind: 'file'; readonly filePath: string; readonly contentType: string } | { readonly kind: 'bad-request' };

/** Maps an app:// request URL to a file inside `rootDir`, or refuses it. Never leaves the root. */
export function resolveAppAsset(requestUrl: string, rootDir: string): AppAsset {
  const url = URL.parse(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'bad-request' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad-request' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(':'))) {
    return { kind: 'bad-request' };
  }
  const last = segments.at(-1);
  const relative = last === undefined || path.extname(last) === '' ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (!filePath.startsWith(root + path.sep)) return { kind: 'bad-request' };
  const contentType = rendererContentType(path.extname(filePath)) ?? 'application/octet-stream';
  return { kind: 'file', filePath, contentType };
}

export interface AppProtocolOptions {
  /** The built renderer (dist/renderer). */
  readonly rootDir: string;
  /** The policy for the next response; read per request so a settings change applies on reload. */
  readonly contentSecurityPolicy: () => string;
}

/** A `protocol.handle` handler for the app scheme. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = new Headers({
      'Content-Security-Policy': options.contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      headers.set('Allow', 'GET, HEAD');
      return new Response(null, { status: 405, headers });
    }
    const asset = resolveAppAsset(request.url, options.rootDir);
    if (asset.kind === 'bad-request') return new Response(null, { status: 400, headers });
    let body: Uint8Array;
    try {
      body = await readFile(asset.filePath);
    } catch {
      return new Response(null, { status: 404, headers });
    }
    headers.set('Content-Type', asset.contentType);
    headers.set('Content-Length', String(body.byteLength));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
