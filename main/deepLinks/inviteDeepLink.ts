/**
 * `tafel://join/...` invite links as they reach the desktop shell: from the command line
 * (Windows, Linux, a second instance) or macOS's open-url event. Only well-formed links pass;
 * the renderer gets the normalised string and reads the path exactly as it reads the web host's
 * `/join/...` path (room, token, and the secret in the #fragment).
 */

/** The URL scheme registered with the operating system. */
export const DEEP_LINK_SCHEME = 'tafel';

const MAX_LINK_LENGTH = 2048;
// Path segments are base64url or host-like (dots only inside, so never ".."), the fragment
// base64url; the query may carry a
// percent-encoded relay address. No spaces, quotes, backslashes or credentials anywhere.
const INVITE_LINK =
  /^tafel:\/\/join\/([A-Za-z0-9_-]+(?:\/[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*){0,7})\/?(\?[A-Za-z0-9._~%=&-]{0,1024})?(#[A-Za-z0-9_-]{0,256})?$/;

/** The normalised invite link, or null when `raw` is not a well-formed `tafel://join/...` link. */
export function parseInviteLink(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_LINK_LENGTH) return null;
  // The scheme is case-insensitive; everything after it is kept as it was.
  const candidate = raw.slice(0, DEEP_LINK_SCHEME.length).toLowerCase() + raw.slice(DEEP_LINK_SCHEME.length);
  const match = INVITE_LINK.exec(candidate);
  if (!match) return null;
  const [, path, query = '', fragment = ''] = match;
  return `${DEEP_LINK_SCHEME}://join/${path}${query}${fragment}`;
}

/**
 * The first invite link among command-line arguments (Windows and Linux pass the link as an
 * argument to the app, or to a second instance). Other arguments are ignored.
 */
export function findInviteLinkInArgv(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) continue;
    const link = parseInviteLink(arg);
    if (link) return link;
  }
  return null;
}
