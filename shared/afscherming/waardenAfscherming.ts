/**
 * The device's side of sealed restricted values (docs/afscherming.md): registered for the case's
 * Y.Doc, it shows the model what this device opened and takes restricted content the model is
 * about to write, sealing it for its audience before anything enters the document. Passes, one at
 * a time, after every change of the document or of the case's devices:
 *
 * 1. seal this device's new values (the newest per place; an older one still waiting is dropped);
 * 2. keep the audience keys right: rotate an audience a device has left (removed from the case,
 *    left the table, or no longer named), grant keys to members that have none yet;
 * 3. per restricted place: open a sealed text this device has not opened yet; seal a value still
 *    stored as plaintext (a case from before sealing; members of its audience only), clearing the
 *    plaintext from the entity in the same transaction; and seal again what was sealed for another
 *    audience or an older key than the audience's current one (after a change of audience or a
 *    rotation), so nobody who left can open the newest text; and, if this device knows a newer
 *    version of the value than the one stored (a concurrent re-seal won over a change), seal that
 *    one again: the value written last wins, by its time of writing, not by when it was re-sealed.
 */
import type * as Y from 'yjs';
import {
  AFGESCHERMD_ROOT,
  ANNOTATIE_SLEUTELS_ROOT,
  afgeschermdMap,
  collectionRootName,
  isLeeg,
  leegSchil,
  opgeslagenPlaatsen,
  zetAfscherming,
  type Afscherming,
} from '../model/index.js';
import type { CryptoPort } from '../platform/cryptoPort.js';
import type { AnnotatieKeyring } from '../annotaties/index.js';
import { nieuwer, openWaarde, sleutelIdVan, verzegelWaarde, type Versie, type Waarde } from './verzegeldeWaarde.js';
import { publiekVoorZicht } from './zichtLeden.js';

export interface WaardenAfschermingDeps {
  readonly crypto: CryptoPort;
  readonly doc: Y.Doc;
  /** A keyring given `zicht` (the audiences of restricted values). */
  readonly keyring: AnnotatieKeyring;
  /** Transaction origin of this device's writes. */
  readonly origin: unknown;
  /** Failures of a pass (no content); the next change tries again. */
  readonly onError: (error: unknown) => void;
  /** An observer's device: opens what it holds keys for, writes nothing (the relay would refuse it). */
  readonly alleenLezen?: boolean;
}

interface Geopend {
  readonly verzegeld: string;
  /** Undefined: this device holds no key for this text. */
  readonly inhoud: Readonly<Record<string, unknown>> | undefined;
  readonly versie: Versie | undefined;
}

interface Wachtend extends Waarde {
  readonly zichtbaarVoor: readonly string[];
}

/** A value from before sealing: older than any written since. */
const OUDSTE: Versie = { op: '', door: '' };

/** The root type `type` belongs to. */
function rootOf(type: { readonly _item: Y.Item | null }): object {
  let t = type;
  while (t._item !== null) t = t._item.parent as { readonly _item: Y.Item | null };
  return t;
}

export class WaardenAfscherming implements Afscherming {
  private readonly geopendNu = new Map<string, Geopend>();
  private readonly wachtend = new Map<string, Wachtend>();
  /** Per place, the newest version of its value this device wrote or opened. */
  private readonly nieuwste = new Map<string, Waarde>();
  private readonly luisteraars = new Set<() => void>();
  private readonly map: Y.Map<string>;
  private running: Promise<void> = Promise.resolve();
  private busy = false;
  private again = false;
  private stopped = false;

  constructor(private readonly deps: WaardenAfschermingDeps) {
    this.map = afgeschermdMap(deps.doc);
  }

  /** Registers for the document and starts the passes; returns the stop function. */
  start(): () => void {
    const { doc } = this.deps;
    zetAfscherming(doc, this);
    // Only what can change a pass's outcome wakes it: typing in the analysis does not.
    const roots = new Set<object>(
      [AFGESCHERMD_ROOT, ANNOTATIE_SLEUTELS_ROOT, ...['personen', 'noodcontacten', 'deelnemers', 'organisaties'].map(collectionRootName)].map((n) =>
        doc.getMap(n),
      ),
    );
    const onTransaction = (tr: Y.Transaction): void => {
      for (const type of tr.changed.keys()) if (roots.has(rootOf(type))) return this.plan();
    };
    doc.on('afterTransaction', onTransaction);
    this.plan();
    return () => {
      this.stopped = true;
      doc.off('afterTransaction', onTransaction);
      zetAfscherming(doc, undefined);
    };
  }

  /** Runs a pass now (after the case's devices changed). */
  plan(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.running = this.running
      .then(async () => {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      })
      .catch(this.deps.onError)
      .finally(() => {
        this.busy = false;
      });
  }

  /** Resolves once this device's values are sealed and no pass is running (before an export, a close, in tests). */
  async klaar(): Promise<void> {
    while (this.busy || this.wachtend.size > 0) {
      if (!this.busy) this.plan();
      await this.running;
    }
  }

  geopend(plaats: string): Readonly<Record<string, unknown>> | undefined {
    const wacht = this.wachtend.get(plaats);
    if (wacht !== undefined) return wacht.inhoud;
    const g = this.geopendNu.get(plaats);
    return g !== undefined && g.verzegeld === this.map.get(plaats) ? g.inhoud : undefined;
  }

  /** True if `plaats` holds a sealed text this device has not (yet) opened. */
  isDicht(plaats: string): boolean {
    return this.map.has(plaats) && this.geopend(plaats) === undefined;
  }

  async openTekst(plaats: string, verzegeld: string): Promise<Readonly<Record<string, unknown>> | undefined> {
    return (await openWaarde(this.deps.crypto, this.deps.keyring, plaats, verzegeld))?.inhoud;
  }

  verzegel(plaats: string, zichtbaarVoor: readonly string[], inhoud: Readonly<Record<string, unknown>>): void {
    // A change of the audience alone keeps the value's version: it must not win over a concurrent change of the value.
    const bekend = this.nieuwste.get(plaats);
    const zelfde = bekend !== undefined && JSON.stringify(bekend.inhoud) === JSON.stringify(inhoud);
    const versie = zelfde ? bekend.versie : { op: new Date().toISOString(), door: this.deps.keyring.deviceId };
    this.wachtend.set(plaats, { inhoud, versie, zichtbaarVoor: [...zichtbaarVoor] });
    this.plan();
  }

  vergeet(plaats: string): void {
    this.wachtend.delete(plaats);
    this.geopendNu.delete(plaats);
    this.nieuwste.delete(plaats);
  }

  opGeopend(f: () => void): () => void {
    this.luisteraars.add(f);
    return () => this.luisteraars.delete(f);
  }

  private onthoud(plaats: string, w: { readonly inhoud: Waarde['inhoud'] | undefined; readonly versie: Versie | undefined }): void {
    if (w.inhoud === undefined || w.versie === undefined) return;
    const bekend = this.nieuwste.get(plaats);
    if (bekend === undefined || nieuwer(w.versie, bekend.versie)) this.nieuwste.set(plaats, { inhoud: w.inhoud, versie: w.versie });
  }

  private meld(): void {
    for (const f of [...this.luisteraars]) f();
  }

  private async pass(): Promise<void> {
    const { keyring } = this.deps;
    let veranderd = false;
    for (const [plaats, wacht] of [...this.wachtend]) {
      const verzegeld = await this.verzegelVoor(plaats, wacht.zichtbaarVoor, wacht);
      // A newer value for the same place came in while this one was sealed: that one goes next.
      if (this.wachtend.get(plaats) !== wacht) continue;
      this.geopendNu.set(plaats, { verzegeld, inhoud: wacht.inhoud, versie: wacht.versie });
      this.onthoud(plaats, wacht);
      this.write(() => this.map.set(plaats, verzegeld));
      this.wachtend.delete(plaats);
    }
    const schrijft = this.deps.alleenLezen !== true;
    if (schrijft) {
      await keyring.rotateForLeavers();
      await keyring.grantPending();
    }
    for (const p of opgeslagenPlaatsen(this.deps.doc)) {
      if (this.wachtend.has(p.sleutel)) continue;
      const lid = schrijft && keyring.isMember(publiekVoorZicht(p.zichtbaarVoor));
      if (!isLeeg(p.plaats, p.inhoud)) {
        // Plaintext from before sealing (or from an older Tafel): sealed by the first member to see it.
        if (!lid) continue;
        const verzegeld = await this.verzegelVoor(p.sleutel, p.zichtbaarVoor, { inhoud: p.inhoud, versie: OUDSTE });
        this.geopendNu.set(p.sleutel, { verzegeld, inhoud: p.inhoud, versie: OUDSTE });
        this.write(() => {
          this.map.set(p.sleutel, verzegeld);
          leegSchil(this.deps.doc, p.plaats);
        });
        veranderd = true;
        continue;
      }
      const verzegeld = this.map.get(p.sleutel);
      if (verzegeld === undefined) continue;
      let g = this.geopendNu.get(p.sleutel);
      // Not opened yet, or not with the keys held then (a key granted since opens it now).
      if (g?.verzegeld !== verzegeld || g.inhoud === undefined) {
        const geopend = await openWaarde(this.deps.crypto, keyring, p.sleutel, verzegeld);
        g = { verzegeld, inhoud: geopend?.inhoud, versie: geopend?.versie };
        if (g.inhoud !== undefined || this.geopendNu.get(p.sleutel)?.verzegeld !== verzegeld) veranderd = true;
        this.geopendNu.set(p.sleutel, g);
        this.onthoud(p.sleutel, g);
      }
      if (!lid || this.map.get(p.sleutel) !== verzegeld) continue;
      const bekend = this.nieuwste.get(p.sleutel);
      const teOud = bekend !== undefined && (g.versie === undefined || nieuwer(bekend.versie, g.versie));
      if (g.inhoud === undefined && !teOud) continue;
      const publiek = publiekVoorZicht(p.zichtbaarVoor);
      const keyId = sleutelIdVan(verzegeld);
      const current = keyring.currentKeyId(publiek);
      const goed = keyId !== undefined && current !== undefined && keyring.audienceOf(keyId)?.publiek === publiek && keyId === current;
      if (goed && !teOud) continue;
      const waarde: Waarde = teOud ? bekend : { inhoud: g.inhoud!, versie: g.versie ?? OUDSTE };
      const opnieuw = await this.verzegelVoor(p.sleutel, p.zichtbaarVoor, waarde);
      if (this.map.get(p.sleutel) !== verzegeld) continue;
      this.geopendNu.set(p.sleutel, { verzegeld: opnieuw, inhoud: waarde.inhoud, versie: waarde.versie });
      veranderd ||= teOud;
      this.write(() => this.map.set(p.sleutel, opnieuw));
    }
    if (veranderd) this.meld();
  }

  private async verzegelVoor(plaats: string, zichtbaarVoor: readonly string[], waarde: Waarde): Promise<string> {
    const { keyring } = this.deps;
    const publiek = publiekVoorZicht(zichtbaarVoor);
    const keyId = keyring.currentKeyId(publiek) ?? (await keyring.ensureAudienceKey(publiek));
    return verzegelWaarde(this.deps.crypto, keyring, keyId, plaats, { inhoud: waarde.inhoud, versie: waarde.versie });
  }

  private write(fn: () => void): void {
    this.deps.doc.transact(fn, this.deps.origin);
  }
}
