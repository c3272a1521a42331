/**
 * Who may read a restricted annotation thread is decided by keys, not by the screen. Each audience
 * ('voorzitter', or one organisation) has an ECDH key pair per epoch: its public key lies in the
 * case document for anyone to seal to; its private key is wrapped for every member device of the
 * audience. A thread gets its own random key, wrapped for the audience's current public key and
 * for its author's device. Any device that holds an audience key wraps it for members that joined
 * later (`grantPending`); `rotate` starts a new epoch for the members of now, so someone who left
 * the audience cannot read threads sealed afterwards; `rotateForRemoved` does so when a holder of
 * the current key was removed from the case. See docs/annotations.md.
 */
import type * as Y from 'yjs';
import { fromUtf8, generateDeviceKeyMaterial, ownBytes, importDeviceKeys, newSymmetricKey, unwrapKeyForDevice, utf8, wrapKeyForDevice, type DeviceKeyMaterial, type DeviceKeys } from '../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url } from '../protocol/ids.js';
import type { DeviceInfo } from '../protocol/messages.js';
import { annotatieSleutelMap } from '../model/index.js';
import { AnnotationError } from './errors.js';

/** An audience: the chair(s), or the members of one organisation. */
export type Publiek = 'voorzitter' | `org:${string}`;

/** The audience of a thread's visibility, for an author of organisation `orgId`; null: everyone. */
export function publiekVoor(zichtbaarheid: 'alle_deelnemers' | 'eigen_organisatie' | 'voorzitter', orgId: string): Publiek | null {
  if (zichtbaarheid === 'alle_deelnemers') return null;
  return zichtbaarheid === 'voorzitter' ? 'voorzitter' : `org:${orgId}`;
}

/** What the keyring needs from the session and the case. */
export interface AnnotationKeyringDeps {
  readonly crypto: CryptoPort;
  readonly doc: Y.Doc;
  /** This device's keys (`session.device`). */
  readonly device: DeviceKeys;
  /** The relay's list of the case's devices (`session.devices`); empty for a case only on this device. */
  readonly devices: () => readonly DeviceInfo[];
  /** This device's place in the case: its deelnemer's organisation and whether it acts as chair. */
  readonly self: { readonly orgId: string; readonly voorzitter: boolean };
  /** Transaction origin for writes into the key map. */
  readonly origin: unknown;
}

interface PublicEntry {
  readonly publiek: Publiek;
  readonly epoch: number;
  readonly sleutel: string;
}

const LID = 'lid:';
const PUB = 'pub:';
const PRIV = 'priv:';
const DRAAD = 'draad:';

const privName = (keyId: string, deviceId: string): string => `${PRIV}${keyId}>${deviceId}`;
const draadName = (annotatieId: string, recipient: string): string => `${DRAAD}${annotatieId}>${recipient}`;
const privContext = (keyId: string, deviceId: string): Uint8Array => utf8(`tafel/annotatie-publiek/v1|${keyId}|${deviceId}`);
const draadContext = (annotatieId: string, recipient: string): Uint8Array => utf8(`tafel/annotatie-draad/v1|${annotatieId}|${recipient}`);

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readPublic(value: string | undefined): PublicEntry | undefined {
  const v = parseJson(value);
  if (typeof v !== 'object' || v === null) return undefined;
  const { publiek, epoch, sleutel } = v as Record<string, unknown>;
  if (typeof publiek !== 'string' || typeof epoch !== 'number' || typeof sleutel !== 'string') return undefined;
  if (publiek !== 'voorzitter' && !publiek.startsWith('org:')) return undefined;
  return { publiek: publiek as Publiek, epoch, sleutel };
}

function encodeMaterial(m: DeviceKeyMaterial): Uint8Array {
  return utf8(JSON.stringify([m.signPrivatePkcs8, m.signPublicSpki, m.boxPrivatePkcs8, m.boxPublicSpki].map(toBase64Url)));
}

function decodeMaterial(bytes: Uint8Array): DeviceKeyMaterial | undefined {
  const parts = parseJson(fromUtf8(bytes));
  if (!Array.isArray(parts) || parts.length !== 4) return undefined;
  const [signPrivatePkcs8, signPublicSpki, boxPrivatePkcs8, boxPublicSpki] = parts.map((p) => (typeof p === 'string' ? fromBase64Url(p) : undefined));
  if (signPrivatePkcs8 === undefined || signPublicSpki === undefined || boxPrivatePkcs8 === undefined || boxPublicSpki === undefined) return undefined;
  return { signPrivatePkcs8: ownBytes(signPrivatePkcs8), signPublicSpki: ownBytes(signPublicSpki), boxPrivatePkcs8: ownBytes(boxPrivatePkcs8), boxPublicSpki: ownBytes(boxPublicSpki) };
}

/** The annotation keys of one case on one device. Unwrapped keys live in memory only. */
export class AnnotationKeyring {
  private readonly map: Y.Map<string>;
  private readonly audiencePrivate = new Map<string, CryptoKeyHandle>();
  private readonly threadKeys = new Map<string, Uint8Array>();

  constructor(private readonly deps: AnnotationKeyringDeps) {
    this.map = annotatieSleutelMap(deps.doc);
  }

  get deviceId(): string {
    return this.deps.device.id;
  }

  /** Writes this device's claim of its organisation, so organisation members can grant it their key. */
  register(): void {
    const claim = JSON.stringify({ orgId: this.deps.self.orgId });
    if (this.map.get(LID + this.deviceId) !== claim) this.write(() => this.map.set(LID + this.deviceId, claim));
  }

  /** True if this device belongs to `publiek`. */
  isMember(publiek: Publiek): boolean {
    return publiek === 'voorzitter' ? this.deps.self.voorzitter : publiek === `org:${this.deps.self.orgId}`;
  }

  /** Member devices of `publiek` now, with their box public keys: the relay's active devices plus this one. */
  members(publiek: Publiek): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const d of this.deps.devices()) {
      if (d.status !== 'active') continue;
      const belongs = publiek === 'voorzitter' ? d.role === 'admin' : this.claimedOrg(d.id) === publiek.slice(4);
      const box = fromBase64Url(d.boxPublicKey);
      if (belongs && box !== undefined) out.set(d.id, box);
    }
    if (this.isMember(publiek)) out.set(this.deviceId, this.deps.device.boxPublicSpki);
    else out.delete(this.deviceId);
    return out;
  }

  /** The key id new threads of `publiek` are sealed to: highest epoch; concurrent creations tie-break on id. */
  currentKeyId(publiek: Publiek): string | undefined {
    let best: { id: string; epoch: number } | undefined;
    for (const [id, entry] of this.publicEntries()) {
      if (entry.publiek !== publiek) continue;
      if (best === undefined || entry.epoch > best.epoch || (entry.epoch === best.epoch && id < best.id)) best = { id, epoch: entry.epoch };
    }
    return best?.id;
  }

  /** Makes the audience's first key pair if there is none; only a member may. Resolves its key id. */
  async ensureAudienceKey(publiek: Publiek): Promise<string> {
    return this.currentKeyId(publiek) ?? this.newEpoch(publiek, 1);
  }

  /** A new epoch for `publiek`, wrapped for its members of now only. Member only. */
  async rotate(publiek: Publiek): Promise<string> {
    const current = this.currentKeyId(publiek);
    const epoch = current === undefined ? 1 : (readPublic(this.map.get(PUB + current))?.epoch ?? 0) + 1;
    return this.newEpoch(publiek, epoch);
  }

  /**
   * Rotates every audience of this device whose current key was wrapped for a device the relay no
   * longer lists (it was removed from the case), so threads started afterwards are closed to it.
   * Resolves the audiences rotated. Without the relay's list (before the first welcome, or a case
   * only on this device) no device is known to be removed, so nothing rotates.
   */
  async rotateForRemoved(): Promise<Publiek[]> {
    const listed = new Set<string>(this.deps.devices().map((d) => d.id));
    if (!listed.has(this.deviceId)) return [];
    const stale = new Set<Publiek>();
    for (const [keyId, entry] of this.publicEntries()) {
      if (!this.isMember(entry.publiek) || keyId !== this.currentKeyId(entry.publiek)) continue;
      if (this.holders(keyId).some((id) => !listed.has(id))) stale.add(entry.publiek);
    }
    for (const publiek of stale) await this.rotate(publiek);
    return [...stale];
  }

  /**
   * Wraps every audience key this device holds for members that have none yet (devices that joined
   * or registered later). Resolves how many copies were written.
   */
  async grantPending(): Promise<number> {
    const writes: Array<[string, string]> = [];
    for (const [keyId, entry] of this.publicEntries()) {
      const members = this.members(entry.publiek);
      const missing = [...members].filter(([id]) => !this.map.has(privName(keyId, id)));
      if (missing.length === 0) continue;
      const material = await this.unwrapMaterial(keyId);
      if (material === undefined) continue;
      for (const [id, box] of missing) writes.push([privName(keyId, id), toBase64Url(await wrapKeyForDevice(this.deps.crypto, encodeMaterial(material), box, privContext(keyId, id)))]);
    }
    if (writes.length > 0) this.write(() => writes.forEach(([k, v]) => this.map.set(k, v)));
    return writes.length;
  }

  /** A fresh key for a new thread of `publiek`, wrapped for the audience and for this (the author's) device. */
  async newThreadKey(annotatieId: string, publiek: Publiek): Promise<Uint8Array> {
    const keyId = this.currentKeyId(publiek) ?? (this.isMember(publiek) ? await this.ensureAudienceKey(publiek) : undefined);
    const entry = keyId === undefined ? undefined : readPublic(this.map.get(PUB + keyId));
    const audienceBox = entry === undefined ? undefined : fromBase64Url(entry.sleutel);
    if (keyId === undefined || audienceBox === undefined) throw new AnnotationError('geen_publiekssleutel');
    const key = newSymmetricKey(this.deps.crypto);
    const toAudience = `pub:${keyId}`;
    const toAuthor = `dev:${this.deviceId}`;
    const forAudience = toBase64Url(await wrapKeyForDevice(this.deps.crypto, key, audienceBox, draadContext(annotatieId, toAudience)));
    const forAuthor = toBase64Url(await wrapKeyForDevice(this.deps.crypto, key, this.deps.device.boxPublicSpki, draadContext(annotatieId, toAuthor)));
    this.write(() => {
      this.map.set(draadName(annotatieId, toAudience), forAudience);
      this.map.set(draadName(annotatieId, toAuthor), forAuthor);
    });
    this.threadKeys.set(annotatieId, key);
    return key;
  }

  /** The key of a restricted thread, or undefined if this device is not in its audience (nor its author). */
  async threadKey(annotatieId: string): Promise<Uint8Array | undefined> {
    const known = this.threadKeys.get(annotatieId);
    if (known !== undefined) return known;
    const own = `dev:${this.deviceId}`;
    let key = await this.unwrapDraad(annotatieId, own, this.deps.device.boxPrivate);
    const prefix = `${DRAAD}${annotatieId}>pub:`;
    for (const name of this.map.keys()) {
      if (key !== undefined) break;
      if (!name.startsWith(prefix)) continue;
      const keyId = name.slice(prefix.length);
      const priv = await this.audiencePrivateKey(keyId);
      if (priv !== undefined) key = await this.unwrapDraad(annotatieId, `pub:${keyId}`, priv);
    }
    if (key !== undefined) this.threadKeys.set(annotatieId, key);
    return key;
  }

  private async newEpoch(publiek: Publiek, epoch: number): Promise<string> {
    if (!this.isMember(publiek)) throw new AnnotationError('geen_lid');
    const material = await generateDeviceKeyMaterial(this.deps.crypto);
    const keyId = `${publiek}#${epoch}#${this.deviceId}`;
    const writes: Array<[string, string]> = [[PUB + keyId, JSON.stringify({ publiek, epoch, sleutel: toBase64Url(material.boxPublicSpki) })]];
    for (const [id, box] of this.members(publiek)) {
      writes.push([privName(keyId, id), toBase64Url(await wrapKeyForDevice(this.deps.crypto, encodeMaterial(material), box, privContext(keyId, id)))]);
    }
    this.write(() => writes.forEach(([k, v]) => this.map.set(k, v)));
    this.audiencePrivate.set(keyId, (await importDeviceKeys(this.deps.crypto, material)).boxPrivate);
    return keyId;
  }

  private async unwrapDraad(annotatieId: string, recipient: string, priv: CryptoKeyHandle): Promise<Uint8Array | undefined> {
    const wrapped = fromBase64Url(this.map.get(draadName(annotatieId, recipient)) ?? '');
    if (wrapped === undefined || wrapped.length === 0) return undefined;
    return unwrapKeyForDevice(this.deps.crypto, wrapped, priv, draadContext(annotatieId, recipient));
  }

  private async unwrapMaterial(keyId: string): Promise<DeviceKeyMaterial | undefined> {
    const wrapped = fromBase64Url(this.map.get(privName(keyId, this.deviceId)) ?? '');
    if (wrapped === undefined || wrapped.length === 0) return undefined;
    const raw = await unwrapKeyForDevice(this.deps.crypto, wrapped, this.deps.device.boxPrivate, privContext(keyId, this.deviceId));
    return raw === undefined ? undefined : decodeMaterial(raw);
  }

  private async audiencePrivateKey(keyId: string): Promise<CryptoKeyHandle | undefined> {
    const known = this.audiencePrivate.get(keyId);
    if (known !== undefined) return known;
    const material = await this.unwrapMaterial(keyId);
    if (material === undefined) return undefined;
    const priv = (await importDeviceKeys(this.deps.crypto, material)).boxPrivate;
    this.audiencePrivate.set(keyId, priv);
    return priv;
  }

  /** Devices a copy of audience key `keyId` was wrapped for. */
  private holders(keyId: string): string[] {
    const prefix = `${PRIV}${keyId}>`;
    return [...this.map.keys()].filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
  }

  private claimedOrg(deviceId: string): string | undefined {
    const claim = parseJson(this.map.get(LID + deviceId));
    const orgId = typeof claim === 'object' && claim !== null ? (claim as Record<string, unknown>)['orgId'] : undefined;
    return typeof orgId === 'string' ? orgId : undefined;
  }

  private *publicEntries(): Generator<[string, PublicEntry]> {
    for (const [name, value] of this.map.entries()) {
      if (!name.startsWith(PUB)) continue;
      const entry = readPublic(value);
      if (entry !== undefined) yield [name.slice(PUB.length), entry];
    }
  }

  private write(fn: () => void): void {
    this.deps.doc.transact(fn, this.deps.origin);
  }
}
