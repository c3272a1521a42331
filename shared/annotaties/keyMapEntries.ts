/**
 * The names and values in the key map `annotatie:sleutels` (shared/model/annotatieSleutels.ts) and
 * the contexts their wrapped keys are bound to. Every wrapped key is bound (HKDF info and
 * associated data, shared/crypto/keyWrap.ts) to exactly what its name says — key id and device,
 * thread and recipient, thread, reply and recipient — so a copy moved to another name does not
 * unwrap. See docs/annotaties.md.
 */
import { fromUtf8, ownBytes, utf8, type DeviceKeyMaterial } from '../crypto/index.js';
import { fromBase64Url, toBase64Url } from '../protocol/ids.js';

/**
 * An audience: the chair(s), the members of one organisation (threads), or the people a restricted
 * value is visible for (`zicht:` + its sorted `zichtbaarVoor`, shared/afscherming).
 */
export type Publiek = 'voorzitter' | `org:${string}` | `zicht:${string}`;

/** True for the audience of a restricted value. */
export const isZicht = (publiek: Publiek): publiek is `zicht:${string}` => publiek.startsWith('zicht:');

/** A public audience key (`pub:<keyId>`). */
export interface PublicEntry {
  readonly publiek: Publiek;
  readonly epoch: number;
  readonly sleutel: string;
}

/** A device's claim of its organisation. */
export const LID = 'lid:';
/** An audience's public key of one epoch. */
export const PUB = 'pub:';
const PRIV = 'priv:';
const DRAAD = 'draad:';
const REACTIE = 'reactie:';

/** Recipient of a wrapped thread or reply key: an audience key, or one device. */
export const toAudience = (keyId: string): string => `pub:${keyId}`;
export const toDevice = (deviceId: string): string => `dev:${deviceId}`;

/** Audience private key `keyId`, wrapped for device `deviceId`. */
export const privName = (keyId: string, deviceId: string): string => `${PRIV}${keyId}>${deviceId}`;
export const privPrefix = (keyId: string): string => `${PRIV}${keyId}>`;
export const privContext = (keyId: string, deviceId: string): Uint8Array => utf8(`tafel/annotatie-publiek/v1|${keyId}|${deviceId}`);

/** A thread's key, wrapped for `recipient`. */
export const draadName = (annotatieId: string, recipient: string): string => `${DRAAD}${annotatieId}>${recipient}`;
export const draadContext = (annotatieId: string, recipient: string): Uint8Array => utf8(`tafel/annotatie-draad/v1|${annotatieId}|${recipient}`);

/** One reply's own key (written after its audience rotated), wrapped for `recipient`. */
export const reactieName = (reactieId: string, recipient: string): string => `${REACTIE}${reactieId}>${recipient}`;
/** Names the thread as well as the reply: a reply key wrapped for one reply does not open in another, nor under another thread. */
export const reactieContext = (annotatieId: string, reactieId: string, recipient: string): Uint8Array =>
  utf8(`tafel/annotatie-reactie/v1|${annotatieId}|${reactieId}|${recipient}`);

export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function readPublic(value: string | undefined): PublicEntry | undefined {
  const v = parseJson(value);
  if (typeof v !== 'object' || v === null) return undefined;
  const { publiek, epoch, sleutel } = v as Record<string, unknown>;
  if (typeof publiek !== 'string' || typeof epoch !== 'number' || typeof sleutel !== 'string') return undefined;
  if (publiek !== 'voorzitter' && !publiek.startsWith('org:') && !publiek.startsWith('zicht:')) return undefined;
  return { publiek: publiek as Publiek, epoch, sleutel };
}

/** The organisation in a device's claim (`lid:<deviceId>`), or undefined if there is none (yet). */
export function readClaim(value: string | undefined): string | undefined {
  const claim = parseJson(value);
  const orgId = typeof claim === 'object' && claim !== null ? (claim as Record<string, unknown>)['orgId'] : undefined;
  return typeof orgId === 'string' ? orgId : undefined;
}

export function encodeMaterial(m: DeviceKeyMaterial): Uint8Array {
  return utf8(JSON.stringify([m.signPrivatePkcs8, m.signPublicSpki, m.boxPrivatePkcs8, m.boxPublicSpki].map(toBase64Url)));
}

export function decodeMaterial(bytes: Uint8Array): DeviceKeyMaterial | undefined {
  const parts = parseJson(fromUtf8(bytes));
  if (!Array.isArray(parts) || parts.length !== 4) return undefined;
  const [signPrivatePkcs8, signPublicSpki, boxPrivatePkcs8, boxPublicSpki] = parts.map((p) => (typeof p === 'string' ? fromBase64Url(p) : undefined));
  if (signPrivatePkcs8 === undefined || signPublicSpki === undefined || boxPrivatePkcs8 === undefined || boxPublicSpki === undefined) return undefined;
  return {
    signPrivatePkcs8: ownBytes(signPrivatePkcs8),
    signPublicSpki: ownBytes(signPublicSpki),
    boxPrivatePkcs8: ownBytes(boxPrivatePkcs8),
    boxPublicSpki: ownBytes(boxPublicSpki),
  };
}
