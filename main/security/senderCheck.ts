/**
 * Who may call main over IPC: only the main frame of a page on our own origin. An iframe, a
 * page that somehow navigated elsewhere, or a frame already gone is refused.
 */
import { isAppUrl } from '../appOrigin.js';

/** The part of Electron's WebFrameMain this check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** True when an IPC message comes from our own app's main frame. */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
