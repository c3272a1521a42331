/**
 * Devices on copies of one case, each with its own device keys, keyring for the audiences of
 * restricted values and `WaardenAfscherming`, exchanging updates directly (no relay). The
 * devices' list is the signed membership log's as the test sets it. For unit tests of
 * shared/afscherming; tests/integration/afscherming*.test.ts go through the real relay.
 */
import * as Y from 'yjs';
import { generateDeviceKeyMaterial, importDeviceKeys, type DeviceKeys } from '../../shared/crypto/index.js';
import { AnnotatieKeyring } from '../../shared/annotaties/index.js';
import { WaardenAfscherming, zichtLeden } from '../../shared/afscherming/index.js';
import { defaultContext, localOrigin, openCase, type CaseModel, type Viewer } from '../../shared/model/index.js';
import { toBase64Url } from '../../shared/protocol/ids.js';
import type { DeviceInfo } from '../../shared/protocol/messages.js';

export interface Apparaat {
  readonly naam: string;
  readonly doc: Y.Doc;
  readonly device: DeviceKeys;
  readonly viewer: Viewer;
  readonly model: CaseModel;
  readonly keyring: AnnotatieKeyring;
  readonly afscherming: WaardenAfscherming;
  stop(): void;
}

export interface Wie {
  readonly deelnemerId: string;
  readonly orgId: string;
  readonly rollen: Viewer['rollen'];
  /** The label the device joined with (deelnemer's naam, organisation's naam). */
  readonly label: { readonly name: string; readonly organisation: string };
}

/** The log's entry for a device, as `CaseSession.devices` gives it. */
export function logInfo(a: Apparaat, label: Wie['label'], role: DeviceInfo['role'] = 'member'): DeviceInfo {
  return {
    id: a.device.id,
    role,
    label,
    signPublicKey: toBase64Url(a.device.signPublicSpki),
    boxPublicKey: toBase64Url(a.device.boxPublicSpki),
    status: 'active',
    online: true,
  };
}

/** A device for `wie` on a copy of `seed`; `devices()` is the log's member list it sees. */
export async function apparaat(seed: Y.Doc, wie: Wie, devices: () => readonly DeviceInfo[]): Promise<Apparaat> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  const crypto = globalThis.crypto;
  const device = await importDeviceKeys(crypto, await generateDeviceKeyMaterial(crypto));
  const viewer: Viewer = { deelnemerId: wie.deelnemerId, orgId: wie.orgId, rollen: wie.rollen };
  const model = openCase(doc, defaultContext({ deelnemerId: wie.deelnemerId, orgId: wie.orgId, apparaatId: device.id }));
  const origin = localOrigin(wie.deelnemerId);
  const keyring = new AnnotatieKeyring({
    crypto,
    doc,
    device,
    devices,
    self: { orgId: wie.orgId, voorzitter: wie.rollen.includes('voorzitter') },
    origin,
    zicht: zichtLeden({ model, viewer, devices }),
  });
  const afscherming = new WaardenAfscherming({
    crypto,
    doc,
    keyring,
    origin,
    onError: (e) => {
      throw e;
    },
  });
  const stop = afscherming.start();
  return { naam: wie.deelnemerId, doc, device, viewer, model, keyring, afscherming, stop };
}

/** Exchanges updates among `devices` and lets their passes run, until nothing changes. */
export async function settle(...devices: Apparaat[]): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const before = devices.map((d) => toBase64Url(Y.encodeStateVector(d.doc))).join();
    for (const a of devices) for (const b of devices) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
    for (const d of devices) await d.afscherming.klaar();
    if (devices.map((d) => toBase64Url(Y.encodeStateVector(d.doc))).join() === before) return;
  }
}

/** True if `bytes` contain `text` in UTF-8 or UTF-16 (LE or BE). */
export function bevat(bytes: Uint8Array, text: string): boolean {
  const needles = [new TextEncoder().encode(text), utf16(text, true), utf16(text, false)];
  return needles.some((n) => indexOf(bytes, n) >= 0);
}

function utf16(text: string, little: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), little);
  return out;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Every form of a device's case state an attacker with its keys could read: Y.Doc updates (V1, V2) and the decoded JSON. */
export function staatVan(doc: Y.Doc): Uint8Array[] {
  const json = JSON.stringify(Object.fromEntries([...doc.share.entries()].map(([k, t]) => [k, t.toJSON() as unknown])));
  return [Y.encodeStateAsUpdate(doc), Y.encodeStateAsUpdateV2(doc), new TextEncoder().encode(json)];
}
