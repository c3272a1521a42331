/**
 * Keeps the user's last visit of the open case up to date while it is open, not only when it
 * closes: an app that is killed or a laptop whose battery dies would otherwise show everything
 * since the visit before as new. Saved a few seconds after changes (at most once per interval),
 * when the page is hidden or unloaded, and when the case closes. Own deletions in the last few
 * seconds before a kill may then show as others' next time (Yjs records no author for a
 * deletion); that is the price of not losing the visit.
 *
 *   const keeper = keepLastVisit({ doc, vault, room, eerdereClients, page: { document, window } });
 *   await keeper.stop();   // saves once more
 */
import type * as Y from 'yjs';
import { bezoekNu, bewaarBezoek } from '../../shared/annotations/index.js';
import type { HostVault } from '../../shared/host/hostApi.js';
import { flushWhenHidden, type PageEvents } from '../storage/flushWhenHidden.js';
import { holdCaseNewsUntil } from './caseNews.js';

export interface LastVisitInput {
  readonly doc: Y.Doc;
  readonly vault: HostVault;
  readonly room: string;
  /** The Yjs client ids of this device's earlier sessions (from the stored visit). */
  readonly eerdereClients: readonly number[];
  readonly page: PageEvents;
  /** Wait after a change before saving (ms). Default 5000. */
  readonly intervalMs?: number;
}

export interface LastVisitKeeper {
  /** Saves now (chained after a save in progress). */
  save(): Promise<void>;
  /** Stops listening and saves a last time. */
  stop(): Promise<void>;
}

export function keepLastVisit(input: LastVisitInput): LastVisitKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // A failed save (vault locked, disk full) is retried with the next change; nothing is lost but recency.
    chain = chain.then(() => bewaarBezoek(input.vault, input.room, bezoekNu(input.doc, input.eerdereClients, new Date().toISOString()))).catch(() => undefined);
    // The start screen's news of this case is counted from the visit being saved here.
    holdCaseNewsUntil(chain);
    return chain;
  };
  const onUpdate = (): void => {
    timer ??= setTimeout(() => void save(), input.intervalMs ?? 5000);
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
