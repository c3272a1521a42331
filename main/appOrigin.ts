/**
 * The renderer's own origin. The desktop shell serves dist/renderer under `app://tafel/` (a
 * privileged standard scheme) rather than file://, so every response can carry a real
 * Content-Security-Policy header and "our origin" is one exact scheme + host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the main window starts. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to our app origin. Compares scheme and host, not `URL.origin`:
 * WHATWG URL reports the origin of a non-special scheme such as `app:` as "null".
 */
export function isAppUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
