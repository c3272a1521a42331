/**
 * The relay's HTTP side: /healthz, /metrics and the built renderer. WebSocket upgrades are
 * handled by the ws adapter, not here.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setSecurityHeaders } from './securityHeaders.js';
import { serveStatic } from './staticFiles.js';

export interface HttpDeps {
  /** Directory of the built renderer (dist/renderer). */
  readonly staticDir: string;
  /** 'ok', else /healthz answers 503 so load balancers stop sending clients: shutting down, or the store cannot write. */
  readonly health: () => 'ok' | 'shutting-down' | 'store-unavailable';
  readonly metrics: () => string;
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
  /** The operator allows plain ws:// here (a closed network): said at /transport.json. */
  readonly closedNetwork: boolean;
}

/** Constant-time comparison of a presented bearer token (hashing first equalises lengths). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(token));
}

/** A request listener for node:http. */
export function createHttpHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    setSecurityHeaders(req, res);
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    const head = method === 'HEAD';
    if (urlPath === '/healthz') {
      const status = deps.health();
      res.writeHead(status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(head ? undefined : JSON.stringify({ status }));
      return;
    }
    if (urlPath === '/transport.json') {
      // Clients ask before they use plain ws:// to a relay outside their own machine.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(head ? undefined : JSON.stringify({ closedNetwork: deps.closedNetwork }));
      return;
    }
    if (urlPath === '/metrics') {
      if (deps.metricsToken !== undefined && !bearerMatches(req.headers.authorization, deps.metricsToken)) {
        res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' });
        res.end(head ? undefined : 'Unauthorized\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(head ? undefined : deps.metrics());
      return;
    }
    serveStatic(deps.staticDir, urlPath, head, res);
  };
}
