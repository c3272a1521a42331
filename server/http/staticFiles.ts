/**
 * Serves the built renderer (dist/renderer): correct MIME types, `index.html` for `/` and for
 * `/join/...` invite links, long caching for Vite's hashed assets, and nothing outside the root.
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { rendererContentType } from '../../shared/host/rendererContentTypes.js';

/** What to send for a URL path: a file inside the root, the app shell, or nothing. */
export type StaticTarget = { kind: 'file'; file: string; immutable: boolean } | { kind: 'not-found' } | { kind: 'bad-request' } | { kind: 'no-renderer' };

/** Paths that are the single-page app itself (its router reads them). */
function isAppRoute(urlPath: string): boolean {
  return urlPath === '/' || urlPath === '/index.html' || urlPath === '/join' || urlPath.startsWith('/join/');
}

/**
 * Maps a URL path (without query) to a file under `root`. Pure apart from `exists`, so the
 * traversal rules are testable on their own.
 */
export function resolveStatic(root: string, rawPath: string, exists: (file: string) => boolean): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return { kind: 'bad-request' };
  const rootAbs = path.resolve(root);
  if (isAppRoute(decoded)) {
    const index = path.join(rootAbs, 'index.html');
    return exists(index) ? { kind: 'file', file: index, immutable: false } : { kind: 'no-renderer' };
  }
  const file = path.resolve(rootAbs, `.${path.posix.normalize(decoded)}`);
  if (!file.startsWith(rootAbs + path.sep)) return { kind: 'bad-request' };
  // No dotfiles (e.g. .env next to the build) and only known types.
  if (file.split(path.sep).some((part) => part.startsWith('.')) || rendererContentType(path.extname(file)) === undefined) {
    return { kind: 'not-found' };
  }
  if (!exists(file)) return { kind: 'not-found' };
  const immutable = decoded.startsWith('/assets/');
  return { kind: 'file', file, immutable };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Serves a static path; answers 400/404 itself. `head` sends headers only. */
export function serveStatic(root: string, urlPath: string, head: boolean, res: ServerResponse): void {
  const target = resolveStatic(root, urlPath, isFile);
  if (target.kind === 'no-renderer') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(
      head
        ? undefined
        : 'De browserversie is niet gebouwd: npm run build (of npm run relay).\nThe browser version is not built: npm run build (or npm run relay).\n',
    );
    return;
  }
  if (target.kind !== 'file') {
    const status = target.kind === 'bad-request' ? 400 : 404;
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(status === 404 ? 'Niet gevonden / not found\n' : 'Ongeldig verzoek / bad request\n');
    return;
  }
  let body: Buffer;
  try {
    body = fs.readFileSync(target.file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('Niet gevonden / not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': rendererContentType(path.extname(target.file)) ?? 'application/octet-stream',
    'Content-Length': body.length,
    // Vite's assets carry content hashes; everything else (index.html) must be revalidated.
    'Cache-Control': target.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(head ? undefined : body);
}
