/**
 * Web permissions (camera, microphone, notifications, geolocation, …) are refused by default.
 * The one exception: our own main frame may write sanitised text to the clipboard, so a
 * "copy invite link" button works.
 */
import { isAppUrl } from '../appOrigin.js';

const ALLOWED_FOR_APP = new Set<string>(['clipboard-sanitized-write']);

/** Input both Electron permission hooks can provide. */
export interface PermissionQuery {
  readonly permission: string;
  /** URL or origin of the frame that asks. */
  readonly requestingUrl: string;
  /** Whether the asking frame is a main frame (unknown counts as "no"). */
  readonly isMainFrame: boolean;
}

/** Decision for `setPermissionRequestHandler` and `setPermissionCheckHandler`. */
export function isPermissionAllowed(query: PermissionQuery): boolean {
  return ALLOWED_FOR_APP.has(query.permission) && query.isMainFrame && isAppUrl(query.requestingUrl);
}
