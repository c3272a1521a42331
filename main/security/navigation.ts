/**
 * What the main window may navigate to and open. The renderer is a single page on our own
 * origin: it never navigates away and never opens windows. An https link the user clicks is
 * handed to the system browser after it is checked; everything else is refused.
 */
import { isAppUrl } from '../appOrigin.js';

export type NavigationDecision = { readonly action: 'allow' } | { readonly action: 'deny' } | { readonly action: 'open-external'; readonly url: string };

/** Longest link handed to the system browser. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised URL if `url` is fit for the system browser: https only, a real host name, no
 * credentials, no control characters or spaces. Otherwise null.
 */
export function externalLinkOrNull(url: string): string | null {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex -- exactly what we refuse
  if (/[\u0000-\u0020\u007f]/.test(url)) return null;
  const parsed = URL.parse(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '' || !parsed.hostname.includes('.')) return null;
  return parsed.href;
}

/** `will-navigate` / `will-redirect` in the main window: stay on our origin. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { action: 'allow' };
  const external = externalLinkOrNull(url);
  return external ? { action: 'open-external', url: external } : { action: 'deny' };
}

/** `setWindowOpenHandler`: never a new Electron window; https links go to the system browser. */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, { action: 'allow' }> {
  const external = externalLinkOrNull(url);
  return external ? { action: 'open-external', url: external } : { action: 'deny' };
}
