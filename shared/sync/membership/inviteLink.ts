/**
 * Invite links, built and parsed without the DOM's or Node's URL (pure, strict):
 *
 *   tafel://join/<relay-host>/<room>/<token>#<secret>     (desktop deep link)
 *   https://<relay-host>/join/<room>/<token>#<secret>     (browser; http for a LAN relay)
 *
 * The token (128 bits) is in the path: the relay sees it when the device redeems it, stores
 * only its hash and burns it on first use. The secret (256 bits) is only in the `#fragment`,
 * which browsers never send to a server; it opens the invite package.
 *
 * A `tafel://` link names the relay's host and port only. Its scheme is `wss`, except for
 * loopback and private-network hosts (a meeting on one laptop or one LAN), which use `ws`.
 */
import { isCanonical, isRoomId, type RoomId } from '../../protocol/ids.js';
import { parseRelayUrl } from '../../host/relayUrl.js';

/** Bytes of the invite secret in the fragment. */
export const INVITE_SECRET_BYTES = 32;

/** What an invite link carries. */
export interface InviteLink {
  /** The relay's WebSocket URL without a path, e.g. "wss://relay.example.nl". */
  readonly relayUrl: string;
  readonly room: RoomId;
  /** base64url of 16 random bytes. */
  readonly token: string;
  /** base64url of 32 random bytes: never sent to the relay. */
  readonly secret: string;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const AUTHORITY = `(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]{2,45}\\])(?::\\d{1,5})?`;
const B64 = '[A-Za-z0-9_-]+';
const TAFEL_LINK = new RegExp(`^tafel://join/(${AUTHORITY})/(${B64})/(${B64})#(${B64})$`);
const WEB_LINK = new RegExp(`^(https?)://(${AUTHORITY})/join/(${B64})/(${B64})#(${B64})$`);

/** True for hosts a `tafel://` link reaches over plain `ws` (loopback, private networks). */
export function isLocalHost(host: string): boolean {
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || h.endsWith('.local')) return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(h);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}

function authorityOf(relayUrl: string): { authority: string; secure: boolean } {
  const parsed = parseRelayUrl(relayUrl);
  if (parsed === null) throw new TypeError('not a relay URL');
  const secure = parsed.socketOrigin.startsWith('wss://');
  return { authority: parsed.socketOrigin.slice(secure ? 6 : 5), secure };
}

function checked(relayUrl: string, room: string, token: string, secret: string): InviteLink | null {
  if (!isRoomId(room) || !isCanonical(token, 16) || !isCanonical(secret, INVITE_SECRET_BYTES)) return null;
  const parsed = parseRelayUrl(relayUrl);
  if (parsed === null) return null;
  return { relayUrl: parsed.socketOrigin, room, token, secret };
}

/** The desktop deep link of an invite. */
export function buildTafelLink(invite: InviteLink): string {
  const { authority } = authorityOf(invite.relayUrl);
  return `tafel://join/${authority}/${invite.room}/${invite.token}#${invite.secret}`;
}

/** The browser link of an invite (served by the relay itself). */
export function buildWebLink(invite: InviteLink): string {
  const { authority, secure } = authorityOf(invite.relayUrl);
  return `${secure ? 'https' : 'http'}://${authority}/join/${invite.room}/${invite.token}#${invite.secret}`;
}

/** Parses either form of invite link; null for anything that is not exactly one. */
export function parseInviteLink(input: string): InviteLink | null {
  if (input.length > 400) return null;
  const text = input.trim();
  const tafel = TAFEL_LINK.exec(text);
  if (tafel) {
    const [, authority, room, token, secret] = tafel;
    const host = authority!.toLowerCase();
    return checked(`${isLocalHost(host) ? 'ws' : 'wss'}://${host}`, room!, token!, secret!);
  }
  const web = WEB_LINK.exec(text);
  if (web) {
    const [, scheme, authority, room, token, secret] = web;
    return checked(`${scheme === 'https' ? 'wss' : 'ws'}://${authority!.toLowerCase()}`, room!, token!, secret!);
  }
  return null;
}
