/**
 * Response headers for everything the relay serves. The renderer handles case content and
 * invite links carry secrets in their #fragment: no referrers, no framing, no sniffing, and a
 * Content-Security-Policy that lets the page talk only to this relay.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Host header safe to place in a CSP (host name or [IPv6], optional port); else undefined. */
export function safeHost(host: string | undefined): string | undefined {
  if (host === undefined || host.length > 255) return undefined;
  return /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host) ? host : undefined;
}

/** The CSP for a request: `connect-src` names this relay's own ws:// and wss:// origin. */
export function contentSecurityPolicy(host: string | undefined): string {
  const h = safeHost(host);
  const connect = h === undefined ? "'self'" : `'self' ws://${h} wss://${h}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and Tiptap set style attributes (carets, layout); no inline scripts are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sets the headers every response gets. */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
}
