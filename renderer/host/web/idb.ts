/**
 * The web host's own IndexedDB database: the passphrase vault and the device settings. Case
 * data lives elsewhere (renderer/storage, database "tafel-cases").
 */

/** Object stores of the web host's database. */
export const WEB_HOST_STORES = {
  /** Vault entries by name: `{ nonce, ciphertext }`, sealed under the passphrase-derived key. */
  vault: 'vault',
  /** Small records by key: the vault header and the device settings. */
  meta: 'meta',
} as const;

export type WebHostStore = (typeof WEB_HOST_STORES)[keyof typeof WEB_HOST_STORES];

const DB_NAME = 'tafel-web-host';
const DB_VERSION = 1;

/** Resolves with a request's result, rejects with its error. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction has committed (not merely when its requests succeeded). */
export function completed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opens (and on first use creates) the web host's database. */
export function openWebHostDb(factory: IDBFactory, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const store of Object.values(WEB_HOST_STORES)) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the schema must not be blocked by us.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

/** Reads one value (undefined if absent). */
export async function readValue(db: IDBDatabase, store: WebHostStore, key: string): Promise<unknown> {
  const tx = db.transaction(store, 'readonly');
  const value = await request(tx.objectStore(store).get(key));
  return value as unknown;
}

/** Writes one value and waits for the commit. */
export async function writeValue(db: IDBDatabase, store: WebHostStore, key: string, value: unknown): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(value, key);
  await completed(tx);
}

/** Deletes one value and waits for the commit. */
export async function deleteValue(db: IDBDatabase, store: WebHostStore, key: string): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).delete(key);
  await completed(tx);
}

/**
 * Adds a value only if the key is still free, in one transaction; resolves false if it was taken
 * (two tabs creating the vault at the same moment: exactly one header wins).
 */
export async function addValueIfAbsent(db: IDBDatabase, store: WebHostStore, key: string, value: unknown): Promise<boolean> {
  const tx = db.transaction(store, 'readwrite');
  const req = tx.objectStore(store).add(value, key);
  try {
    await request(req);
    await completed(tx);
    return true;
  } catch (error) {
    if (errorName(error) === 'ConstraintError') return false;
    throw error;
  }
}

/** True when an IndexedDB failure means "out of space". */
export function isQuotaError(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError';
}

// By name, not `instanceof DOMException`: IndexedDB shims bring their own exception classes.
function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}
