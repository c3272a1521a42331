/**
 * Annotation threads as people use them: start one (sealed when its visibility is restricted),
 * reply, resolve (verwerkt / afgewezen, with who and when), reopen, and read them back as the
 * viewer may see them. Threads the viewer's device holds no key for read as `tekst: null`;
 * threads the viewer may not see at all are left out. Writes go through shared/model.
 */
import type { Annotatie, CaseModel, Reactie, Viewer } from '../model/index.js';
import { magAnnotatieZien } from '../model/index.js';
import { ankerSchema } from '../model/annotaties.js';
import type { CryptoPort } from '../platform/cryptoPort.js';
import { publiekVoor, type AnnotatieKeyring } from './audienceKeys.js';
import { AnnotatieError } from './errors.js';
import { isSealed, openText, sealText } from './sealedText.js';

/** The anchor of a thread in the text of its target (Yjs relative positions and the quoted text). */
export type Anker = NonNullable<Annotatie['anker']>;
export type Zichtbaarheid = Annotatie['zichtbaarheid'];
export type AnnotatieSoort = Annotatie['soort'];

/** What the annotation functions need: the model, WebCrypto and (for restricted threads) the keyring. */
export interface AnnotatieContext {
  readonly model: CaseModel;
  readonly crypto: CryptoPort;
  /** Null when the case has no keyring yet: restricted threads then cannot be written or read. */
  readonly keyring: AnnotatieKeyring | null;
}

export interface NieuweDraad {
  readonly doelId: string;
  readonly doelVeld?: string;
  readonly anker?: Anker;
  readonly soort: AnnotatieSoort;
  readonly tekst: string;
  readonly zichtbaarheid: Zichtbaarheid;
}

/** A reply as the viewer sees it; `tekst: null` when the device holds no key for it. */
export interface ReactieWeergave {
  readonly id: string;
  readonly tekst: string | null;
  readonly door: string;
  readonly orgId: string;
  readonly op: string;
}

/** A thread as the viewer sees it. */
export interface DraadWeergave {
  readonly id: string;
  readonly doelId: string;
  readonly doelVeld: string | undefined;
  readonly soort: AnnotatieSoort;
  readonly zichtbaarheid: Zichtbaarheid;
  readonly status: Annotatie['status'];
  readonly door: string;
  readonly orgId: string;
  readonly op: string;
  readonly afgehandeldDoor: string | undefined;
  readonly afgehandeldOp: string | undefined;
  /** Null: sealed and this device holds no key (yet). */
  readonly tekst: string | null;
  readonly anker: Anker | undefined;
  readonly verzegeld: boolean;
  readonly reacties: readonly ReactieWeergave[];
}

interface SealedPayload {
  readonly tekst: string;
  readonly anker?: Anker;
}

function needKeyring(ctx: AnnotatieContext): AnnotatieKeyring {
  if (ctx.keyring === null) throw new AnnotatieError('geen_sleutel');
  return ctx.keyring;
}

/** Starts a thread; resolves its id. A restricted thread's text and anchor are sealed for its audience. */
export async function startDraad(ctx: AnnotatieContext, draad: NieuweDraad): Promise<string> {
  const { model } = ctx;
  const base = {
    doelId: draad.doelId,
    soort: draad.soort,
    zichtbaarheid: draad.zichtbaarheid,
    ...(draad.doelVeld === undefined ? {} : { doelVeld: draad.doelVeld }),
  };
  const publiek = publiekVoor(draad.zichtbaarheid, model.ctx.actor.orgId);
  if (publiek === null) return model.annotaties.add({ ...base, tekst: draad.tekst, ...(draad.anker === undefined ? {} : { anker: draad.anker }) });
  const id = model.ctx.newId();
  const key = await needKeyring(ctx).newThreadKey(id, publiek);
  const payload: SealedPayload = { tekst: draad.tekst, ...(draad.anker === undefined ? {} : { anker: draad.anker }) };
  const tekst = await sealText(ctx.crypto, key, JSON.stringify(payload), { soort: 'annotatie', id });
  return model.annotaties.add({ ...base, tekst }, { id });
}

/**
 * Replies to a thread. A reply to a sealed thread is sealed with the thread's key, or — once its
 * audience rotated, or its author's device left the case — with a key of its own
 * (`AnnotatieKeyring.keyForNewReply`), so a device that left and kept the thread key cannot read it.
 */
export async function reageer(ctx: AnnotatieContext, annotatieId: string, tekst: string): Promise<string> {
  const { model } = ctx;
  const draad = model.annotaties.get(annotatieId);
  if (draad === undefined) throw new AnnotatieError('onbekende_draad');
  if (!isSealed(draad.tekst)) return model.reacties.add({ annotatieId, tekst });
  const keyring = needKeyring(ctx);
  const id = model.ctx.newId();
  const publiek = publiekVoor(draad.zichtbaarheid, draad.bronOrgId);
  const key = publiek === null ? await keyring.threadKey(annotatieId) : await keyring.keyForNewReply(annotatieId, id, publiek);
  if (key === undefined) throw new AnnotatieError('geen_sleutel');
  return model.reacties.add({ annotatieId, tekst: await sealText(ctx.crypto, key, tekst, { soort: 'reactie', id }) }, { id });
}

/** Marks a thread verwerkt or afgewezen, by the acting deelnemer, now. */
export function handelAf(model: CaseModel, annotatieId: string, status: 'verwerkt' | 'afgewezen'): void {
  model.annotaties.update(annotatieId, { status, afgehandeldDoor: model.ctx.actor.deelnemerId, afgehandeldOp: model.ctx.now() });
}

/** Opens a resolved thread again. */
export function heropen(model: CaseModel, annotatieId: string): void {
  model.annotaties.update(annotatieId, { status: 'open', afgehandeldDoor: undefined, afgehandeldOp: undefined });
}

/** The opened payload; an anchor that does not fit the model's schema is dropped (it would break the editor). */
function parsePayload(text: string): SealedPayload | undefined {
  try {
    const v = JSON.parse(text) as { tekst?: unknown; anker?: unknown } | null;
    if (typeof v !== 'object' || v === null || typeof v.tekst !== 'string') return undefined;
    const anker = v.anker === undefined ? undefined : ankerSchema.safeParse(v.anker);
    return { tekst: v.tekst, ...(anker?.success === true ? { anker: anker.data } : {}) };
  } catch {
    return undefined;
  }
}

/** A sealed reply opens with its own key (written after a rotation) or, as every reply before, with the thread key. */
async function openReply(ctx: AnnotatieContext, r: Reactie, threadKey: Uint8Array | undefined): Promise<string | null> {
  const binding = { soort: 'reactie', id: r.id } as const;
  const own = ctx.keyring === null ? undefined : await ctx.keyring.replyKey(r.annotatieId, r.id);
  const opened = own === undefined ? undefined : await openText(ctx.crypto, own, r.tekst, binding);
  if (opened !== undefined) return opened;
  return threadKey === undefined ? null : ((await openText(ctx.crypto, threadKey, r.tekst, binding)) ?? null);
}

async function readReply(ctx: AnnotatieContext, r: Reactie, threadKey: Uint8Array | undefined): Promise<ReactieWeergave> {
  const tekst = isSealed(r.tekst) ? await openReply(ctx, r, threadKey) : r.tekst;
  return { id: r.id, tekst, door: r.aangemaaktDoor, orgId: r.bronOrgId, op: r.aangemaaktOp };
}

async function readThread(ctx: AnnotatieContext, a: Annotatie, replies: readonly Reactie[]): Promise<DraadWeergave> {
  const verzegeld = isSealed(a.tekst);
  const key = verzegeld && ctx.keyring !== null ? await ctx.keyring.threadKey(a.id) : undefined;
  let tekst: string | null = a.tekst;
  let anker = a.anker;
  if (verzegeld) {
    const opened = key === undefined ? undefined : await openText(ctx.crypto, key, a.tekst, { soort: 'annotatie', id: a.id });
    const payload = opened === undefined ? undefined : parsePayload(opened);
    tekst = payload?.tekst ?? null;
    anker = payload?.anker;
  }
  return {
    id: a.id,
    doelId: a.doelId,
    doelVeld: a.doelVeld,
    soort: a.soort,
    zichtbaarheid: a.zichtbaarheid,
    status: a.status,
    door: a.aangemaaktDoor,
    orgId: a.bronOrgId,
    op: a.aangemaaktOp,
    afgehandeldDoor: a.afgehandeldDoor,
    afgehandeldOp: a.afgehandeldOp,
    tekst,
    anker,
    verzegeld,
    reacties: await Promise.all(replies.map((r) => readReply(ctx, r, key))),
  };
}

/** The threads `viewer` may see (optionally of one target), oldest first, with replies oldest first. */
export async function readDraden(ctx: AnnotatieContext, viewer: Viewer, doelId?: string): Promise<DraadWeergave[]> {
  const threads = ctx.model.annotaties
    .list()
    .filter((a) => (doelId === undefined || a.doelId === doelId) && magAnnotatieZien(viewer, a))
    .sort((x, y) => x.aangemaaktOp.localeCompare(y.aangemaaktOp) || x.id.localeCompare(y.id));
  const byThread = new Map<string, Reactie[]>();
  for (const r of ctx.model.reacties.list()) byThread.set(r.annotatieId, [...(byThread.get(r.annotatieId) ?? []), r]);
  return Promise.all(
    threads.map((a) =>
      readThread(
        ctx,
        a,
        (byThread.get(a.id) ?? []).sort((x, y) => x.aangemaaktOp.localeCompare(y.aangemaaktOp) || x.id.localeCompare(y.id)),
      ),
    ),
  );
}
