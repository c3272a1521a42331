/**
 * Who may read a restricted annotation thread is decided by keys, not by the screen. Each audience
 * ('voorzitter', or one organisation) has an ECDH key pair per epoch: its public key lies in the
 * case document for anyone to seal to; its private key is wrapped for every member device of the
 * audience. A thread gets its own random key, wrapped for the audience's current public key and
 * for its author's device. Any device that holds an audience key wraps it for members that joined
 * later (`grantPending`); `rotate` starts a new epoch for the members of now, so someone who left
 * the audience cannot read threads sealed afterwards; `rotateForLeavers` does so by itself when a
 * holder of the current key was removed from the case or left the audience. A reply written after
 * such a rotation gets its own key (`keyForNewReply`), so the old thread key opens no later reply.
 * See docs/annotaties.md.
 */
import type * as Y from 'yjs';
import {
  generateDeviceKeyMaterial,
  importBoxPrivate,
  newSymmetricKey,
  unwrapKeyForDevice,
  wrapKeyForDevice,
  type DeviceKeyMaterial,
  type DeviceKeys,
} from '../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url } from '../protocol/ids.js';
import type { DeviceInfo } from '../protocol/messages.js';
import { annotatieSleutelMap } from '../model/index.js';
import { AnnotatieError } from './errors.js';
import {
  decodeMaterial,
  draadContext,
  draadName,
  encodeMaterial,
  isZicht,
  LID,
  privContext,
  privName,
  privPrefix,
  PUB,
  reactieContext,
  reactieName,
  readClaim,
  readPublic,
  toAudience,
  toDevice,
  type PublicEntry,
  type Publiek,
} from './keyMapEntries.js';

export type { Publiek } from './keyMapEntries.js';

/** The audience of a thread's visibility, for an author of organisation `orgId`; null: everyone. */
export function publiekVoor(zichtbaarheid: 'alle_deelnemers' | 'eigen_organisatie' | 'voorzitter', orgId: string): Publiek | null {
  if (zichtbaarheid === 'alle_deelnemers') return null;
  return zichtbaarheid === 'voorzitter' ? 'voorzitter' : `org:${orgId}`;
}

/** What the keyring needs from the session and the case. */
export interface AnnotatieKeyringDeps {
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
  /**
   * Who belongs to the audiences of restricted values (`zicht:`). A keyring given this looks after
   * those audiences only; one without it looks after the threads' audiences only. Both share the
   * key map, its wrapping, granting and rotation.
   */
  readonly zicht?: ZichtLeden;
}

/** Membership of a restricted value's audience (shared/afscherming/zichtLeden.ts). */
export interface ZichtLeden {
  /** True if this device's user is in the audience. */
  isLid(publiek: Publiek): boolean;
  /** The devices, among the signed membership log's, that belong to the audience. */
  apparaten(publiek: Publiek): ReadonlySet<string>;
}

/** The annotation keys of one case on one device. Unwrapped keys live in memory only. */
export class AnnotatieKeyring {
  private readonly map: Y.Map<string>;
  private readonly audiencePrivate = new Map<string, CryptoKeyHandle>();
  private readonly threadKeys = new Map<string, Uint8Array>();
  private readonly replyKeys = new Map<string, Uint8Array>();

  constructor(private readonly deps: AnnotatieKeyringDeps) {
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
    if (isZicht(publiek)) return this.deps.zicht?.isLid(publiek) ?? false;
    return publiek === 'voorzitter' ? this.deps.self.voorzitter : publiek === `org:${this.deps.self.orgId}`;
  }

  /** Member devices of `publiek` now, with their box public keys: the relay's active devices plus this one. */
  members(publiek: Publiek): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const d of this.deps.devices()) {
      if (d.status !== 'active') continue;
      const belongs = isZicht(publiek)
        ? (this.deps.zicht?.apparaten(publiek).has(d.id) ?? false)
        : publiek === 'voorzitter'
          ? d.role === 'admin'
          : this.claimedOrg(d.id) === publiek.slice(4);
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
   * Rotates every audience of this device whose current key was wrapped for a device that has left
   * it (see `hasLeft`: removed from the case, no longer admin, or now claiming another
   * organisation), so threads started and replies written afterwards are closed to it. Resolves
   * the audiences rotated. Without the relay's list (before the first welcome, or a case only on
   * this device; the list must contain this device) nobody is known to have left: nothing rotates.
   */
  async rotateForLeavers(): Promise<Publiek[]> {
    const listed = new Map<string, DeviceInfo>(this.deps.devices().map((d) => [d.id, d]));
    if (!listed.has(this.deviceId)) return [];
    const stale = new Set<Publiek>();
    for (const [keyId, entry] of this.publicEntries()) {
      if (!this.handles(entry.publiek) || !this.isMember(entry.publiek) || keyId !== this.currentKeyId(entry.publiek)) continue;
      if (this.holders(keyId).some((id) => id !== this.deviceId && this.hasLeft(id, entry.publiek, listed.get(id)))) stale.add(entry.publiek);
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
      if (!this.handles(entry.publiek)) continue;
      const members = this.members(entry.publiek);
      const missing = [...members].filter(([id]) => !this.map.has(privName(keyId, id)));
      if (missing.length === 0) continue;
      const material = await this.unwrapMaterial(keyId);
      if (material === undefined) continue;
      for (const [id, box] of missing)
        writes.push([privName(keyId, id), toBase64Url(await wrapKeyForDevice(this.deps.crypto, encodeMaterial(material), box, privContext(keyId, id)))]);
    }
    if (writes.length > 0) this.write(() => writes.forEach(([k, v]) => this.map.set(k, v)));
    return writes.length;
  }

  /** A fresh key for a new thread of `publiek`, wrapped for the audience and for this (the author's) device. */
  async newThreadKey(annotatieId: string, publiek: Publiek): Promise<Uint8Array> {
    const keyId = this.currentKeyId(publiek) ?? (this.isMember(publiek) ? await this.ensureAudienceKey(publiek) : undefined);
    const audienceBox = keyId === undefined ? undefined : this.publicBox(keyId);
    if (keyId === undefined || audienceBox === undefined) throw new AnnotatieError('geen_publiekssleutel');
    const key = newSymmetricKey(this.deps.crypto);
    const recipients: Array<[string, Uint8Array]> = [
      [toAudience(keyId), audienceBox],
      [toDevice(this.deviceId), this.deps.device.boxPublicSpki],
    ];
    const writes = await Promise.all(
      recipients.map(
        async ([to, box]) =>
          [draadName(annotatieId, to), toBase64Url(await wrapKeyForDevice(this.deps.crypto, key, box, draadContext(annotatieId, to)))] as const,
      ),
    );
    this.write(() => writes.forEach(([k, v]) => this.map.set(k, v)));
    this.threadKeys.set(annotatieId, key);
    return key;
  }

  /** The key of a restricted thread, or undefined if this device is not in its audience (nor its author). */
  async threadKey(annotatieId: string): Promise<Uint8Array | undefined> {
    const known = this.threadKeys.get(annotatieId);
    if (known !== undefined) return known;
    const key = await this.unwrapAddressed(
      (to) => draadName(annotatieId, to),
      (to) => draadContext(annotatieId, to),
    );
    if (key !== undefined) this.threadKeys.set(annotatieId, key);
    return key;
  }

  /**
   * The key to seal reply `reactieId` in the sealed thread `annotatieId` of `publiek` with; undefined
   * if this device holds no key for the thread. While everyone holding the thread key may still read
   * the thread, that is the thread key and nothing is written. Once the audience has rotated past
   * the epoch the thread was sealed to, or the relay no longer lists the thread's author device, a
   * fresh key for this reply alone, wrapped for the audience's current public key, for this device
   * and for the author's device if the relay lists it as active — so the author still reads answers
   * to their own thread, and a device that left, holding the old thread key, reads none of them.
   */
  async keyForNewReply(annotatieId: string, reactieId: string, publiek: Publiek): Promise<Uint8Array | undefined> {
    const threadKey = await this.threadKey(annotatieId);
    if (threadKey === undefined) return undefined;
    const current = this.currentKeyId(publiek);
    const currentEpoch = current === undefined ? undefined : readPublic(this.map.get(PUB + current))?.epoch;
    const sealedEpoch = this.sealedEpoch(annotatieId, publiek);
    const rotated = currentEpoch !== undefined && (sealedEpoch === undefined || sealedEpoch < currentEpoch);
    const author = this.threadAuthor(annotatieId);
    const active = this.activeDevices();
    const authorGone = author !== undefined && active !== undefined && !active.has(author);
    // No current audience key known (an incomplete copy): nothing to seal a reply key to.
    if (current === undefined || (!rotated && !authorGone)) return threadKey;
    const audienceBox = this.publicBox(current);
    if (audienceBox === undefined) throw new AnnotatieError('geen_publiekssleutel');
    const recipients: Array<[string, Uint8Array]> = [
      [toAudience(current), audienceBox],
      [toDevice(this.deviceId), this.deps.device.boxPublicSpki],
    ];
    const authorBox = author === undefined || author === this.deviceId ? undefined : active?.get(author);
    if (author !== undefined && authorBox !== undefined) recipients.push([toDevice(author), authorBox]);
    const key = newSymmetricKey(this.deps.crypto);
    const writes = await Promise.all(
      recipients.map(
        async ([to, box]) =>
          [reactieName(reactieId, to), toBase64Url(await wrapKeyForDevice(this.deps.crypto, key, box, reactieContext(annotatieId, reactieId, to)))] as const,
      ),
    );
    this.write(() => writes.forEach(([k, v]) => this.map.set(k, v)));
    this.replyKeys.set(reactieId, key);
    return key;
  }

  /**
   * The own key of reply `reactieId` (one written after a rotation), or undefined if it has none or
   * this device holds no copy; such a reply is sealed with its thread's key.
   */
  async replyKey(annotatieId: string, reactieId: string): Promise<Uint8Array | undefined> {
    const known = this.replyKeys.get(reactieId);
    if (known !== undefined) return known;
    const key = await this.unwrapAddressed(
      (to) => reactieName(reactieId, to),
      (to) => reactieContext(annotatieId, reactieId, to),
    );
    if (key !== undefined) this.replyKeys.set(reactieId, key);
    return key;
  }

  /**
   * Wraps `key` for audience key `keyId` (its public key in the document), bound to `context`.
   * For restricted values: anyone may seal to an audience, only its members open.
   */
  async wrapForAudience(keyId: string, key: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    const box = this.publicBox(keyId);
    if (box === undefined) throw new AnnotatieError('geen_publiekssleutel');
    return wrapKeyForDevice(this.deps.crypto, key, box, context);
  }

  /** Opens a key wrapped for audience key `keyId`; undefined if this device holds no copy of it, or the wrap was changed. */
  async unwrapFromAudience(keyId: string, wrapped: Uint8Array, context: Uint8Array): Promise<Uint8Array | undefined> {
    const priv = await this.audiencePrivateKey(keyId);
    return priv === undefined ? undefined : unwrapKeyForDevice(this.deps.crypto, wrapped, priv, context);
  }

  /** The audience and epoch of key `keyId`, from its public entry. */
  audienceOf(keyId: string): PublicEntry | undefined {
    return readPublic(this.map.get(PUB + keyId));
  }

  /** True if this keyring looks after `publiek` (see `AnnotatieKeyringDeps.zicht`). */
  private handles(publiek: Publiek): boolean {
    return isZicht(publiek) === (this.deps.zicht !== undefined);
  }

  private async newEpoch(publiek: Publiek, epoch: number): Promise<string> {
    // A restricted value's audience may be chosen by someone who leaves themselves out of it.
    if (!this.isMember(publiek) && !isZicht(publiek)) throw new AnnotatieError('geen_lid');
    const material = await generateDeviceKeyMaterial(this.deps.crypto);
    const keyId = `${publiek}#${epoch}#${this.deviceId}`;
    const writes: Array<[string, string]> = [[PUB + keyId, JSON.stringify({ publiek, epoch, sleutel: toBase64Url(material.boxPublicSpki) })]];
    for (const [id, box] of this.members(publiek)) {
      writes.push([privName(keyId, id), toBase64Url(await wrapKeyForDevice(this.deps.crypto, encodeMaterial(material), box, privContext(keyId, id)))]);
    }
    this.write(() => writes.forEach(([k, v]) => this.map.set(k, v)));
    if (this.isMember(publiek)) this.audiencePrivate.set(keyId, await importBoxPrivate(this.deps.crypto, material.boxPrivatePkcs8));
    return keyId;
  }

  /**
   * A thread or reply key addressed by `name(recipient)`: this device's own copy if there is one,
   * else a copy for an audience key this device holds.
   */
  private async unwrapAddressed(name: (recipient: string) => string, context: (recipient: string) => Uint8Array): Promise<Uint8Array | undefined> {
    const own = toDevice(this.deviceId);
    const mine = await this.unwrapNamed(name(own), context(own), this.deps.device.boxPrivate);
    if (mine !== undefined) return mine;
    const prefix = name(toAudience(''));
    for (const entry of this.map.keys()) {
      if (!entry.startsWith(prefix)) continue;
      const keyId = entry.slice(prefix.length);
      const priv = await this.audiencePrivateKey(keyId);
      const key = priv === undefined ? undefined : await this.unwrapNamed(entry, context(toAudience(keyId)), priv);
      if (key !== undefined) return key;
    }
    return undefined;
  }

  private async unwrapNamed(name: string, context: Uint8Array, priv: CryptoKeyHandle): Promise<Uint8Array | undefined> {
    const wrapped = fromBase64Url(this.map.get(name) ?? '');
    if (wrapped === undefined || wrapped.length === 0) return undefined;
    return unwrapKeyForDevice(this.deps.crypto, wrapped, priv, context);
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
    const priv = await importBoxPrivate(this.deps.crypto, material.boxPrivatePkcs8);
    this.audiencePrivate.set(keyId, priv);
    return priv;
  }

  private publicBox(keyId: string): Uint8Array | undefined {
    const entry = readPublic(this.map.get(PUB + keyId));
    return entry === undefined ? undefined : fromBase64Url(entry.sleutel);
  }

  /** Devices a copy of audience key `keyId` was wrapped for. */
  private holders(keyId: string): string[] {
    const prefix = privPrefix(keyId);
    return [...this.map.keys()].filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
  }

  /**
   * True if holder `deviceId` of a key of `publiek` is known to be out of the audience: the relay
   * no longer lists it (removed; or, in a race on join, not listed here yet: at most one extra
   * epoch), it is no admin while the audience is the chair's, or its claim names another
   * organisation. A device still awaiting approval (it can only be joining), or whose claim has
   * not arrived here yet, is not known to have left, so it causes no rotation.
   */
  private hasLeft(deviceId: string, publiek: Publiek, listed: DeviceInfo | undefined): boolean {
    if (listed === undefined) return true;
    if (listed.status !== 'active') return false;
    if (isZicht(publiek)) return !(this.deps.zicht?.apparaten(publiek).has(deviceId) ?? false);
    if (publiek === 'voorzitter') return listed.role !== 'admin';
    const orgId = this.claimedOrg(deviceId);
    return orgId !== undefined && orgId !== publiek.slice(4);
  }

  /** The relay's active devices with their box public keys; undefined without the relay's list (it must contain this device). */
  private activeDevices(): Map<string, Uint8Array> | undefined {
    const devices = this.deps.devices();
    if (!devices.some((d) => d.id === this.deviceId)) return undefined;
    const out = new Map<string, Uint8Array>();
    for (const d of devices) {
      const box = d.status === 'active' ? fromBase64Url(d.boxPublicKey) : undefined;
      if (box !== undefined) out.set(d.id, box);
    }
    return out;
  }

  /** The device that started thread `annotatieId` (the one its key was wrapped for by device). */
  private threadAuthor(annotatieId: string): string | undefined {
    const prefix = draadName(annotatieId, toDevice(''));
    for (const name of this.map.keys()) if (name.startsWith(prefix)) return name.slice(prefix.length);
    return undefined;
  }

  /** The highest epoch of `publiek` that thread `annotatieId`'s key was wrapped for. */
  private sealedEpoch(annotatieId: string, publiek: Publiek): number | undefined {
    let best: number | undefined;
    for (const [keyId, entry] of this.publicEntries()) {
      if (entry.publiek === publiek && this.map.has(draadName(annotatieId, toAudience(keyId))) && (best === undefined || entry.epoch > best))
        best = entry.epoch;
    }
    return best;
  }

  private claimedOrg(deviceId: string): string | undefined {
    return readClaim(this.map.get(LID + deviceId));
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
