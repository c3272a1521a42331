/**
 * Every envelope a session receives passes this gate before anything of it is applied: the sender
 * must be a member in the verified membership log, the signature must be that member's, the member
 * must be allowed to send this kind (an observer's or a removed device's change is refused by every
 * client, not only by the relay), it must be entitled to the epoch's key, the ciphertext must
 * authenticate, and an update must fit its sender's stream (integrity/streams.ts). A refusal names
 * the alarm to raise, or asks the session to fetch the log or keys first and try once more.
 */
import { z } from 'zod';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { Envelope } from '../../protocol/frames.js';
import { toBase64Url } from '../../protocol/ids.js';
import { canWrite } from '../../protocol/roles.js';
import type { AlarmKind } from '../integrity/alarms.js';
import { presenceHeadsSchema, type PresenceHeads } from '../integrity/heads.js';
import { streamDigest, type StreamTable, type StreamTableState } from '../integrity/streams.js';
import type { MemberKeys } from '../membership/memberKeys.js';
import type { Member, MembershipLog } from '../membership/membershipLog.js';
import { verifyEnvelope } from '../sealing/envelopeCrypto.js';
import { decodeUpdateInner, decodeWithJson } from '../sealing/innerPayload.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';

/** What passed the gate. */
export type Admitted =
  | { readonly kind: 'update'; readonly update: Uint8Array; readonly repeat: boolean }
  | { readonly kind: 'snapshot'; readonly snapshot: Uint8Array; readonly streams: StreamTableState }
  | { readonly kind: 'awareness'; readonly awareness: Uint8Array; readonly heads: PresenceHeads };

/** The gate's answer. */
export type GateResult =
  | { readonly ok: true; readonly value: Admitted }
  /** Not yet decidable: fetch the membership log (unknown sender or epoch) or wait for the key. */
  | { readonly ok: false; readonly retry: 'log' | 'key' }
  | { readonly ok: false; readonly alarm: AlarmKind };

const streamTableSchema = z.object({
  streams: z
    .array(
      z.object({
        device: z.string().max(32),
        stream: z.string().max(16),
        contiguous: z.number().int().min(0),
        digest: z.string().max(64),
        ahead: z.array(z.number().int().min(1)).max(1024),
      }),
    )
    .max(1024),
});

/** What the gate checks against. */
export interface GateContext {
  readonly crypto: CryptoPort;
  log(): MembershipLog;
  readonly keys: MemberKeys;
  readonly cipher: SessionCipher;
  readonly streams: StreamTable;
  /** Checks started when the frame arrived (see `startChecks`), by envelope. */
  readonly early: WeakMap<Envelope, EarlyChecks>;
}

/** The cryptographic checks of one envelope, started early; the gate still decides in order. */
export interface EarlyChecks {
  readonly signature: Promise<boolean>;
  readonly plain: Promise<Uint8Array | undefined>;
}

/**
 * Starts the signature check and the decryption of an envelope as soon as it arrives, so that a
 * catch-up of hundreds of frames checks them side by side (WebCrypto runs them off the main
 * thread) instead of one after the other. Nothing is decided here: `admit` still checks in order
 * and applies nothing that fails. Does nothing when the sender's key or the epoch's key is not
 * known yet (the gate then checks later, itself).
 */
export function startChecks(ctx: GateContext, envelope: Envelope): void {
  const { sender, epoch } = envelope.header;
  if (!ctx.log().members.has(sender) || !ctx.cipher.keyring.has(epoch) || ctx.early.has(envelope)) return;
  ctx.early.set(envelope, {
    signature: ctx.keys.verifyKey(sender).then((key) => (key === undefined ? false : verifyEnvelope(ctx.crypto, key, envelope))),
    plain: ctx.cipher.open(envelope),
  });
}

const refuse = (alarm: AlarmKind): GateResult => ({ ok: false, alarm });

/** Checks one received envelope; see the file comment for the order of checks. */
export async function admit(ctx: GateContext, envelope: Envelope): Promise<GateResult> {
  const { header } = envelope;
  const log = ctx.log();
  const member = log.members.get(header.sender);
  if (member === undefined) return { ok: false, retry: 'log' };
  const early = ctx.early.get(envelope);
  ctx.early.delete(envelope);
  const key = early === undefined ? await ctx.keys.verifyKey(header.sender) : undefined;
  const signed = early !== undefined ? await early.signature : key !== undefined && (await verifyEnvelope(ctx.crypto, key, envelope));
  if (!signed) return refuse('forged-frame');
  const standing = senderStanding(member, header.kind);
  if (standing !== 'ok' && standing !== 'within-heads') return refuse(standing);
  if (!log.epochs.has(header.epoch)) return { ok: false, retry: 'log' };
  if (!log.mayHoldKey(header.sender, header.epoch)) return refuse(member.status === 'removed' ? 'removed-device' : 'forged-frame');
  if (!ctx.cipher.keyring.has(header.epoch)) return { ok: false, retry: 'key' };
  const plain = (await early?.plain) ?? (await ctx.cipher.open(envelope));
  if (plain === undefined) return refuse('tampered');
  switch (header.kind) {
    case 'update':
      return admitUpdate(ctx, member, standing === 'within-heads', plain, envelope);
    case 'snapshot': {
      const inner = decodeWithJson(plain);
      const table = inner === undefined ? undefined : streamTableSchema.safeParse(inner.meta);
      if (inner === undefined || table === undefined || !table.success) return refuse('tampered');
      return { ok: true, value: { kind: 'snapshot', snapshot: inner.payload, streams: table.data } };
    }
    case 'awareness': {
      const inner = decodeWithJson(plain);
      const heads = inner === undefined ? undefined : presenceHeadsSchema.safeParse(inner.meta);
      if (inner === undefined || heads === undefined || !heads.success) return refuse('tampered');
      return { ok: true, value: { kind: 'awareness', awareness: inner.payload, heads: heads.data } };
    }
    default: {
      const never: never = header.kind;
      return never;
    }
  }
}

/**
 * May this member send this kind now? A device whose right to write ended (removed, or made
 * observer) may still have updates in flight from before: those within the heads the admin
 * recorded pass ('within-heads', checked per update); anything else from it is refused.
 */
function senderStanding(member: Member, kind: Envelope['header']['kind']): 'ok' | 'within-heads' | AlarmKind {
  if (member.status === 'pending') return 'not-a-writer';
  if (kind === 'awareness') return member.status === 'removed' ? 'removed-device' : 'ok';
  if (member.status === 'active' && canWrite(member.role)) return 'ok';
  if (member.writeEnded !== undefined && kind === 'update') return 'within-heads';
  return member.status === 'removed' ? 'removed-device' : 'not-a-writer';
}

async function admitUpdate(ctx: GateContext, member: Member, checkHeads: boolean, plain: Uint8Array, envelope: Envelope): Promise<GateResult> {
  const inner = decodeUpdateInner(plain);
  if (inner === undefined || inner.position.counter === 0) return refuse('tampered');
  const digest = await streamDigest(ctx.crypto, inner.position, inner.update);
  if (checkHeads) {
    const stream = toBase64Url(inner.position.stream);
    const head = member.writeEnded?.find((h) => h.stream === stream);
    if (head === undefined || inner.position.counter > head.counter) return refuse(member.status === 'removed' ? 'removed-device' : 'not-a-writer');
    if (inner.position.counter === head.counter && head.digest !== toBase64Url(digest)) return refuse('fork');
  }
  const verdict = ctx.streams.receive(envelope.header.sender, inner.position, digest);
  if (verdict === 'fork') return refuse('fork');
  return { ok: true, value: { kind: 'update', update: inner.update, repeat: verdict === 'repeat' } };
}
