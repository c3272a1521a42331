/**
 * Keeps the user's last visit of the open case up to date while it is open, not only when it
 * closes: an app that is killed or a laptop whose battery dies would otherwise show everything
 * since the visit before as new. Saved a few seconds after changes (at most once per interval),
 * when the page is hidden or unloaded, and when the case closes.
 *
 * Before any of that, the session's Yjs client id is added to the stored visit (its snapshot left
 * as it was): what this user writes is theirs even if the app dies before the next save, so a chair
 * who starts an overleg and closes the window at once does not find "Overleggen" new next time.
 * The user's own deletions are saved after a second, not five: a deletion has no author in Yjs,
 * so one made in the last second before a kill may still show as someone else's next time.
 *
 *   const keeper = keepLastVisit({ doc, vault, room, vorig: await loadBezoek(vault, room), page: { document, window } });
 *   await keeper.stop();   // saves once more
 */
import type * as Y from 'yjs';
import { bezoekNu, saveBezoek, type Bezoek } from '../../shared/annotaties/index.js';
import type { HostVault } from '../../shared/host/hostApi.js';
import { flushWhenHidden, type PageEvents } from '../storage/flushWhenHidden.js';
import { holdCaseNewsUntil } from './caseNews.js';

export interface LastVisitInput {
  readonly doc: Y.Doc;
  readonly vault: HostVault;
  readonly room: string;
  /** The stored visit (null on a first visit): its Yjs client ids of earlier sessions stay this device's own. */
  readonly vorig: Bezoek | null;
  readonly page: PageEvents;
  /** Wait after a change before saving (ms). Default 5000. */
  readonly intervalMs?: number;
  /** Wait after this user deleted something (ms). Default 1000. */
  readonly eigenVerwijderingMs?: number;
}

export interface LastVisitKeeper {
  /** Saves now (chained after a save in progress). */
  save(): Promise<void>;
  /** Stops listening and saves a last time. */
  stop(): Promise<void>;
}

export function keepLastVisit(input: LastVisitInput): LastVisitKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Number.POSITIVE_INFINITY;
  let chain: Promise<void> = Promise.resolve();
  const eerdereClients = input.vorig?.eigenClients ?? [];
  const write = (bezoek: () => Bezoek): Promise<void> => {
    // A failed save (vault locked, disk full) is retried with the next change; nothing is lost but recency.
    chain = chain.then(() => saveBezoek(input.vault, input.room, bezoek())).catch(() => undefined);
    // The start screen's news of this case is counted from the visit being saved here.
    holdCaseNewsUntil(chain);
    return chain;
  };
  const save = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    due = Number.POSITIVE_INFINITY;
    return write(() => bezoekNu(input.doc, eerdereClients, new Date().toISOString()));
  };
  const { vorig } = input;
  if (vorig === null) void save();
  else if (!vorig.eigenClients.includes(input.doc.clientID)) void write(() => ({ ...vorig, eigenClients: [...vorig.eigenClients, input.doc.clientID] }));
  const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction): void => {
    // Yjs records no author for a deletion: the sooner the visit holds this user's own deletions,
    // the shorter the time in which a killed app would show them as someone else's next time.
    const wait = tr.local && tr.deleteSet.clients.size > 0 ? (input.eigenVerwijderingMs ?? 1000) : (input.intervalMs ?? 5000);
    if (Date.now() + wait >= due) return;
    if (timer !== undefined) clearTimeout(timer);
    due = Date.now() + wait;
    timer = setTimeout(() => void save(), wait);
  };
  input.doc.on('update', onUpdate);
  const stopHidden = flushWhenHidden({ flush: save }, input.page);
  return {
    save,
    stop() {
      input.doc.off('update', onUpdate);
      stopHidden();
      return save();
    },
  };
}
