/**
 * The local case index: per case a title, status, phase and last change, shown in the case list.
 * Titles are case content, so each entry is sealed (AES-256-GCM, bound to its room id) under a
 * device key kept in the vault; the local store holds only ciphertext.
 */
import { z } from 'zod';
import { aeadOpen, aeadSeal, concatBytes, fromUtf8, importAeadKey, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { RoomId } from '../../protocol/ids.js';
import { samenvattingSchema, type Samenvatting } from '../../tafel/samenvatting.js';

/** One entry of the case list. */
export interface CaseIndexEntry {
  /** Pseudonymised case title, e.g. "Gezin K." (never shown to the relay). */
  readonly title: string;
  /**
   * Where the case is in its course, as the case model names it (a levensloop phase such as
   * "analyse" or "nazorg"; older entries hold the status words of before the levensloop).
   */
  readonly status: string;
  /** The werkfase of gefaseerd samenwerken, as the case model names it (absent in older entries). */
  readonly fase?: string;
  /** Milliseconds since the Unix epoch. */
  readonly lastChange: number;
  /** The day (YYYY-MM-DD) the shared copy is to be erased, once the case is closed for good. */
  readonly wisOp?: string;
  /** The case as the chair's table reads it (shared/tafel/samenvatting.ts); absent until the device has made it. */
  readonly tafel?: Samenvatting;
}

const entrySchema = z.object({
  title: z.string().max(500),
  status: z.string().max(100),
  fase: z.string().max(100).optional(),
  lastChange: z.number().int().min(0),
  wisOp: z.iso.date().optional(),
  // A damaged or outdated summary is dropped, never the entry: the device makes it again.
  tafel: samenvattingSchema.optional().catch(undefined),
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

/** What a notice says: a case was deleted from this device, when and why (sealed, see `StoredNotice`). */
export interface CaseNotice {
  readonly title: string;
  readonly reason: 'removed' | 'erased';
  /** Milliseconds since the Unix epoch. */
  readonly at: number;
  /** Why it was erased: its term ended, or the chair decided. */
  readonly erasedFor?: 'bewaartermijn' | 'besluit_voorzitter';
}

const noticeSchema = z.object({
  title: z.string().max(500),
  reason: z.enum(['removed', 'erased']),
  at: z.number().int().min(0),
  erasedFor: z.enum(['bewaartermijn', 'besluit_voorzitter']).optional(),
});

const noticeData = (id: string): Uint8Array => utf8(`tafel/case-notice/v1|${id}`);

/** Seals a notice under the index key, bound to the notice's own id. */
export async function sealNotice(crypto: CryptoPort, indexKey: Uint8Array, id: string, notice: CaseNotice): Promise<Uint8Array> {
  const key = await importAeadKey(crypto, indexKey);
  const sealed = await aeadSeal(crypto, key, utf8(JSON.stringify(noticeSchema.parse(notice))), noticeData(id));
  return concatBytes(sealed.nonce, sealed.ciphertext);
}

/** Opens a notice; `undefined` if damaged. */
export async function openNotice(crypto: CryptoPort, indexKey: Uint8Array, id: string, sealed: Uint8Array): Promise<CaseNotice | undefined> {
  if (sealed.length < 28) return undefined;
  const key = await importAeadKey(crypto, indexKey);
  const plain = await aeadOpen(crypto, key, sealed.subarray(0, 12), sealed.subarray(12), noticeData(id));
  if (plain === undefined) return undefined;
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(fromUtf8(plain)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
