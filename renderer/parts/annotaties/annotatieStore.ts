/**
 * The annotation state of the open case on this device: the keyring (from the sync session, or
 * an in-memory device for the demo case), the threads the viewer may see (decrypted), the last
 * selection in a rich-text field, the thread shown in the text, and what is new since the last
 * visit. One per open workspace; React reads it through `useSyncExternalStore`.
 */
import {
  AnnotatieKeyring,
  autoGrant,
  handelAf,
  heropen,
  loadBezoek,
  readDraden,
  nieuwSinds,
  nieuwVoorKijker,
  reageer,
  startDraad,
  type AnnotatieContext,
  type Anker,
  type Bezoek,
  type DraadWeergave,
  type NieuweDraad,
  type NieuwSinds,
} from '../../../shared/annotaties/index.js';
import { generateDeviceKeyMaterial, importDeviceKeys, type DeviceKeys } from '../../../shared/crypto/index.js';
import type { HostVault } from '../../../shared/host/hostApi.js';
import { annotatieSleutelMap, localOrigin, observePart, type CaseModel, type Viewer } from '../../../shared/model/index.js';
import type { CaseSession } from '../../../shared/sync/session/caseSession.js';
import type { Extensions } from '@tiptap/core';
import * as Y from 'yjs';
import { annotatieMarkeringen, type AnkerMarkering, type MarkeringBron } from '../../editors/richText/annotaties/highlights.js';
import { doelVanFragment, zelfdeDoel, type Doel } from '../../editors/richText/annotaties/doel.js';
import { keepLastVisit, type LastVisitKeeper } from '../../session/lastVisitKeeper.js';

export interface AnnotatieStoreInput {
  readonly room: string;
  readonly model: CaseModel;
  readonly viewer: Viewer;
  readonly canEdit: boolean;
  readonly crypto: Crypto;
  /** The sync session; null for a case without one (the demo): keys then live in memory only. */
  readonly session: CaseSession | null;
  /** Where the last visit is kept; null: not remembered. */
  readonly vault: HostVault | null;
}

/** What the panel renders. A new object on every change. */
export interface AnnotatieSnapshot {
  readonly draden: readonly DraadWeergave[] | null;
  readonly fout: boolean;
  readonly selectie: { readonly doel: Doel; readonly anker: Anker } | null;
  readonly actief: string | null;
  readonly nieuw: NieuwSinds | null;
  /** False until the keyring is ready (restricted threads cannot be written before). */
  readonly gereed: boolean;
}

export class AnnotatieStore implements MarkeringBron {
  private snapshot: AnnotatieSnapshot = { draden: null, fout: false, selectie: null, actief: null, nieuw: null, gereed: false };
  private readonly listeners = new Set<() => void>();
  private readonly stops: Array<() => void> = [];
  private ctx: AnnotatieContext;
  private bezoekBewaarder: LastVisitKeeper | undefined;
  private reading: Promise<void> = Promise.resolve();
  private nieuwTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by start and dispose, so work of an earlier start (React may start, stop, start) stops. */
  private generation = 0;
  private readonly extensions = new WeakMap<Y.XmlFragment, Extensions>();

  constructor(private readonly input: AnnotatieStoreInput) {
    this.ctx = { model: input.model, crypto: input.crypto, keyring: null };
  }

  /** Sets up keys, subscriptions and the last visit; call once. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    const { model, viewer, session } = this.input;
    this.stops.push(observePart(model, { soort: 'collectie', naam: 'annotaties' }, () => this.reload()));
    this.stops.push(observePart(model, { soort: 'collectie', naam: 'reacties' }, () => this.reload()));
    const keyMap = annotatieSleutelMap(model.doc);
    const onKeys = (): void => this.reload();
    keyMap.observe(onKeys);
    this.stops.push(() => keyMap.unobserve(onKeys));
    this.reload();

    const device: DeviceKeys = session?.device ?? (await importDeviceKeys(this.input.crypto, await generateDeviceKeyMaterial(this.input.crypto)));
    if (generation !== this.generation) return;
    const keyring = new AnnotatieKeyring({
      crypto: this.input.crypto,
      doc: model.doc,
      device,
      devices: () => session?.devices ?? [],
      self: { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') },
      origin: localOrigin(viewer.deelnemerId),
    });
    this.ctx = { ...this.ctx, keyring };
    if (this.input.canEdit) {
      keyring.register();
      if (viewer.rollen.includes('voorzitter')) await keyring.ensureAudienceKey('voorzitter');
      if (generation !== this.generation) return;
      // A failed grant pass is retried on the next change; its cause carries no content.
      if (session !== null) this.stops.push(autoGrant(keyring, model.doc, session, () => undefined));
    }
    this.set({ gereed: true });
    this.reload();
    await this.startBezoek(generation);
  }

  /** Ends subscriptions and remembers this visit. */
  async dispose(): Promise<void> {
    this.generation++;
    for (const stop of this.stops.splice(0)) stop();
    if (this.nieuwTimer !== undefined) clearTimeout(this.nieuwTimer);
    // Before the stored visit was read, this visit's own client ids are not known: nothing is saved.
    await this.bezoekBewaarder?.stop();
  }

  /** Marks the store as failed (start could not set up keys or subscriptions). */
  failed(): void {
    this.set({ fout: true });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AnnotatieSnapshot => this.snapshot;

  // ---- MarkeringBron (the rich-text fields) ----

  /** The highlight extension for a rich-text field (the same array for the same fragment). */
  extensionsFor(fragment: Y.XmlFragment): Extensions {
    const known = this.extensions.get(fragment);
    if (known !== undefined) return known;
    const doel = doelVanFragment(fragment);
    const extensions = doel === null ? [] : [annotatieMarkeringen(this, doel)];
    this.extensions.set(fragment, extensions);
    return extensions;
  }

  markeringen(doel: Doel): readonly AnkerMarkering[] {
    const out: AnkerMarkering[] = [];
    for (const d of this.snapshot.draden ?? []) {
      if (d.anker === undefined || d.status !== 'open' || !zelfdeDoel(doel, { doelId: d.doelId, doelVeld: d.doelVeld })) continue;
      out.push({ id: d.id, anker: d.anker, actief: d.id === this.snapshot.actief });
    }
    return out;
  }

  selectie(doel: Doel, anker: Anker | null): void {
    if (anker === null) {
      if (this.snapshot.selectie !== null && zelfdeDoel(this.snapshot.selectie.doel, doel)) this.set({ selectie: null });
      return;
    }
    this.set({ selectie: { doel, anker } });
  }

  // ---- what the panel does ----

  toon(id: string | null): void {
    this.set({ actief: id });
  }

  async plaatsDraad(draad: NieuweDraad): Promise<string> {
    const id = await startDraad(this.ctx, draad);
    this.set({ selectie: null });
    return id;
  }

  reageer(annotatieId: string, tekst: string): Promise<string> {
    return reageer(this.ctx, annotatieId, tekst);
  }

  handelAf(annotatieId: string, status: 'verwerkt' | 'afgewezen'): void {
    handelAf(this.input.model, annotatieId, status);
  }

  heropen(annotatieId: string): void {
    heropen(this.input.model, annotatieId);
  }

  /** True if this device can start a thread with this visibility now. */
  kanAfschermen(zichtbaarheid: NieuweDraad['zichtbaarheid']): boolean {
    const keyring = this.ctx.keyring;
    if (zichtbaarheid === 'alle_deelnemers') return true;
    if (keyring === null) return false;
    return zichtbaarheid === 'eigen_organisatie' || keyring.currentKeyId('voorzitter') !== undefined;
  }

  private async startBezoek(generation: number): Promise<void> {
    const { vault, room, model } = this.input;
    if (vault === null) return;
    const vorig = await loadBezoek(vault, room);
    if (generation !== this.generation) return;
    this.bezoekBewaarder = keepLastVisit({ doc: model.doc, vault, room, vorig, page: { document, window } });
    if (vorig === null) return;
    // What this session writes is this user's own: its Yjs client joins the visit's own clients
    // (as keepLastVisit stores it), and its deletions, which Yjs does not attribute, are collected here.
    const bezoek: Bezoek = { ...vorig, eigenClients: [...new Set([...vorig.eigenClients, model.doc.clientID])] };
    let eigenVerwijderd = Y.createDeleteSet();
    const compute = (): void => {
      this.nieuwTimer = undefined;
      if (generation === this.generation)
        this.set({ nieuw: nieuwVoorKijker(model, nieuwSinds(model.doc, bezoek, this.input.viewer.deelnemerId, eigenVerwijderd), this.input.viewer) });
    };
    compute();
    // Others' changes arriving while the case is open are new too; recomputed at most once a second.
    const onUpdate = (_u: Uint8Array, _o: unknown, _d: unknown, tr: Y.Transaction): void => {
      if (tr.local && tr.deleteSet.clients.size > 0) eigenVerwijderd = Y.mergeDeleteSets([eigenVerwijderd, tr.deleteSet]);
      if (!tr.local && this.nieuwTimer === undefined) this.nieuwTimer = setTimeout(compute, 1000);
    };
    model.doc.on('update', onUpdate);
    this.stops.push(() => model.doc.off('update', onUpdate));
  }

  private reload(): void {
    this.reading = this.reading.then(async () => {
      try {
        const draden = await readDraden(this.ctx, this.input.viewer);
        this.set({ draden, fout: false });
      } catch {
        this.set({ fout: true });
      }
    });
  }

  private set(patch: Partial<AnnotatieSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }
}
