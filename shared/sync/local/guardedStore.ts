/**
 * The local store as a session uses it: any failure of the store comes out as a
 * `LocalStoreError`, so the session can tell the user "not saved on this device" apart from
 * other failures. Its message names the operation only (the cause stays attached for debugging;
 * store errors carry no case content, the store holds ciphertext).
 */
import type { LocalCaseStore } from './localCaseStore.js';

/** A local store operation failed. */
export class LocalStoreError extends Error {
  constructor(
    readonly operation: keyof LocalCaseStore,
    readonly failure: unknown,
  ) {
    super(`local store: ${operation} failed`);
    this.name = 'LocalStoreError';
  }
}

/** `store` with every failure turned into a `LocalStoreError`. */
export function guardedStore(store: LocalCaseStore): LocalCaseStore {
  const guard =
    <K extends keyof LocalCaseStore>(operation: K) =>
    async (...args: Parameters<LocalCaseStore[K]>): Promise<Awaited<ReturnType<LocalCaseStore[K]>>> => {
      const method = store[operation] as (...a: Parameters<LocalCaseStore[K]>) => ReturnType<LocalCaseStore[K]>;
      try {
        return (await method.apply(store, args)) as Awaited<ReturnType<LocalCaseStore[K]>>;
      } catch (error) {
        throw new LocalStoreError(operation, error);
      }
    };
  return {
    listCases: guard('listCases'),
    getCase: guard('getCase'),
    putCase: guard('putCase'),
    deleteCase: guard('deleteCase'),
    load: guard('load'),
    nextMsgId: guard('nextMsgId'),
    enqueue: guard('enqueue'),
    replaceQueued: guard('replaceQueued'),
    acknowledge: guard('acknowledge'),
    appendFrames: guard('appendFrames'),
    setLastSeq: guard('setLastSeq'),
    putSnapshot: guard('putSnapshot'),
    loadLog: guard('loadLog'),
    appendLog: guard('appendLog'),
    addAlarm: guard('addAlarm'),
    listAlarms: guard('listAlarms'),
    putNotice: guard('putNotice'),
    listNotices: guard('listNotices'),
    deleteNotice: guard('deleteNotice'),
  };
}

/** What a gated store does once its gate closed: writes for the room are dropped. */
const WRITES: ReadonlySet<keyof LocalCaseStore> = new Set([
  'putCase',
  'nextMsgId',
  'enqueue',
  'replaceQueued',
  'acknowledge',
  'appendFrames',
  'setLastSeq',
  'putSnapshot',
  'appendLog',
  'addAlarm',
]);

/**
 * `store` for one session whose case may leave the device (removed, erased): once `closed()` is
 * true, writes are dropped without touching the store, so nothing still in flight in the session
 * (a batch, a retry, an ack) puts a byte of the case back after it was deleted. Reads go on.
 */
export function gatedStore(store: LocalCaseStore, closed: () => boolean): LocalCaseStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const write = WRITES.has(property as keyof LocalCaseStore);
      return (...args: unknown[]): unknown => {
        if (write && closed()) return property === 'nextMsgId' ? Promise.resolve(0) : Promise.resolve(undefined);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
