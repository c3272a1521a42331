/**
 * The renderer's Content-Security-Policy, built in one place so the desktop shell (a response
 * header of the app:// protocol) and the web host (a header of the relay) cannot drift apart.
 * Only `connect-src` differs between them: the desktop allows exactly the relays the user
 * configured, the web host its own origin.
 */
import { parseRelayUrl } from './relayUrl.js';

/** Input of {@link buildContentSecurityPolicy}. */
export interface ContentSecurityPolicyOptions {
  /** Sources for `connect-src`; empty means `'none'`. Use {@link relayConnectSources} for relays. */
  readonly connectSources: readonly string[];
}

/**
 * Builds the policy. `style-src-attr 'unsafe-inline'` is the one relaxation: ProseMirror renders
 * node and mark attributes through `setAttribute('style', …)` (e.g. text alignment, colours,
 * collaboration selections) and the browser checks those against `style-src-attr`. A style
 * attribute cannot run script or load anything `img-src`/`font-src` forbid, while `<style>`
 * elements and stylesheets stay `'self'` (so the renderer turns off Tiptap's `injectCSS` and
 * ships that CSS in its own stylesheet).
 */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const connect = options.connectSources.length > 0 ? options.connectSources.join(' ') : "'none'";
  const directives: readonly (readonly [string, string])[] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', connect],
    ['worker-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * `connect-src` sources for the configured relays: each relay's WebSocket origin and the HTTP
 * origin on the same host and port (for its HTTP endpoints). Invalid entries are left out,
 * never passed through, so a settings file cannot inject directives.
 */
export function relayConnectSources(relays: readonly string[]): string[] {
  const sources = new Set<string>();
  for (const relay of relays) {
    const address = parseRelayUrl(relay);
    if (!address) continue;
    sources.add(address.socketOrigin);
    sources.add(address.httpOrigin);
  }
  return [...sources];
}
