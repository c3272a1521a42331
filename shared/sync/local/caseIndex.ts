/**
 * The local case index: per case a title, status, phase and last change, shown in the case list.
 * Titles are case content, so each entry is sealed (AES-256-GCM, bound to its room id) under a
 * device key kept in the vault; the local store holds only ciphertext.
 */
import { z } from 'zod';
import { aeadOpen, aeadSeal, concatBytes, fromUtf8, importAeadKey, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { RoomId } from '../../protocol/ids.js';

/** One entry of the case list. */
export interface CaseIndexEntry {
  /** Pseudonymised case title, e.g. "Gezin K." (never shown to the relay). */
  readonly title: string;
  /** Free status word from the case model (e.g. "voorbereiding", "overleg", "afgerond"). */
  readonly status: string;
  /** The MDA++ phase the case is in, as the case model names it (absent in older entries). */
  readonly fase?: string;
  /** Milliseconds since the Unix epoch. */
  readonly lastChange: number;
}

const entrySchema = z.object({
  title: z.string().max(500),
  status: z.string().max(100),
  fase: z.string().max(100).optional(),
  lastChange: z.number().int().min(0),
});

function associatedData(room: RoomId): Uint8Array {
  return utf8(`tafel/case-index/v1|${room}`);
}

/** Seals an index entry. */
export async function sealCaseIndexEntry(crypto: CryptoPort, indexKey: Uint8Array, room: RoomId, entry: CaseIndexEntry): Promise<Uint8Array> {
  const key = await importAeadKey(crypto, indexKey);
  const sealed = await aeadSeal(crypto, key, utf8(JSON.stringify(entrySchema.parse(entry))), associatedData(room));
  return concatBytes(sealed.nonce, sealed.ciphertext);
}

/** Opens an index entry; `undefined` if damaged or not this room's. */
export async function openCaseIndexEntry(crypto: CryptoPort, indexKey: Uint8Array, room: RoomId, sealed: Uint8Array): Promise<CaseIndexEntry | undefined> {
  if (sealed.length < 28) return undefined;
  const key = await importAeadKey(crypto, indexKey);
  const plain = await aeadOpen(crypto, key, sealed.subarray(0, 12), sealed.subarray(12), associatedData(room));
  if (plain === undefined) return undefined;
  try {
    const parsed = entrySchema.safeParse(JSON.parse(fromUtf8(plain)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
