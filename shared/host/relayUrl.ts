/**
 * Relay addresses as a user configures them (DeviceSettings.relays), checked without the DOM's
 * or Node's `URL` so the rule is the same in every process. A relay URL that passes is safe to
 * put into a Content-Security-Policy: only scheme, host, port and a plain path survive.
 */

/** A relay URL split into the parts the hosts need. */
export interface RelayAddress {
  /** Normalised URL: lower-case scheme and host, default port dropped, e.g. "wss://relay.example.nl/sync". */
  readonly url: string;
  /** The WebSocket origin, e.g. "wss://relay.example.nl" or "ws://127.0.0.1:4455". */
  readonly socketOrigin: string;
  /** The matching HTTP origin on the same host and port, e.g. "https://relay.example.nl". */
  readonly httpOrigin: string;
}

/** Longest relay URL accepted; real ones are far shorter. */
export const MAX_RELAY_URL_LENGTH = 300;

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = `${LABEL}(?:\\.${LABEL})*`;
const IPV6 = '\\[[0-9a-f:.]{2,45}\\]';
const RELAY_URL = new RegExp(`^(wss?)://(${HOSTNAME}|${IPV6})(?::(\\d{1,5}))?(/[A-Za-z0-9._~/-]*)?$`);

/**
 * Parses a relay URL (`ws://` or `wss://` only; no credentials, query or fragment).
 * Returns null for anything else, so a caller never has to sanitise the parts again.
 */
export function parseRelayUrl(input: string): RelayAddress | null {
  if (input.length === 0 || input.length > MAX_RELAY_URL_LENGTH) return null;
  const trimmed = input.trim();
  // Scheme and host are case-insensitive; the path is not.
  const hostEnd = trimmed.indexOf('/', trimmed.indexOf('://') + 3);
  const lowered = hostEnd === -1 ? trimmed.toLowerCase() : trimmed.slice(0, hostEnd).toLowerCase() + trimmed.slice(hostEnd);
  const match = RELAY_URL.exec(lowered);
  if (!match) return null;
  const [, scheme, host, portText, pathText] = match;
  if (scheme === undefined || host === undefined) return null;
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (port < 1 || port > 65_535)) return null;
  const secure = scheme === 'wss';
  const isDefaultPort = port === undefined || port === (secure ? 443 : 80);
  const authority = isDefaultPort ? host : `${host}:${port}`;
  const path = pathText === undefined || pathText === '/' ? '' : pathText;
  return {
    url: `${scheme}://${authority}${path}`,
    socketOrigin: `${scheme}://${authority}`,
    httpOrigin: `${secure ? 'https' : 'http'}://${authority}`,
  };
}

/** True when `input` is a relay URL `parseRelayUrl` accepts. */
export function isRelayUrl(input: string): boolean {
  return parseRelayUrl(input) !== null;
}

/**
 * How well a relay connection is protected in transit: `wss://` is; plain `ws://` is only safe to
 * this machine itself (loopback); anywhere else everyone in the path reads and changes it, so the
 * sync client refuses it unless the operator allowed it for a closed network (and the UI says so).
 */
export function transportProtection(url: string): 'protected' | 'loopback' | 'unprotected' {
  const relay = parseRelayUrl(url);
  if (relay === null) return 'unprotected';
  if (relay.url.startsWith('wss://')) return 'protected';
  const host = relay.socketOrigin.slice('ws://'.length).replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ? 'loopback' : 'unprotected';
}

/**
 * The WebSocket address of one room on a relay: the room id as the last path segment (`/r/<room>`),
 * so a load balancer may keep a room on one relay node (sticky routing) if its operator wants;
 * the relay does not depend on it, and refuses a login for another room than the path names.
 */
export function roomSocketUrl(relayUrl: string, room: string): string {
  return `${relayUrl.replace(/\/+$/, '')}/r/${room}`;
}

/** The room a WebSocket path names (`…/r/<room>`), or undefined. */
export function roomOfSocketPath(path: string): string | undefined {
  return /\/r\/([A-Za-z0-9_-]{22})\/?(?:\?.*)?$/.exec(path)?.[1];
}
