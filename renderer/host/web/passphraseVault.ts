/**
 * The web host's vault: small secrets (device key pairs, wrapped case keys) in IndexedDB, each
 * sealed with AES-256-GCM under a key derived from the user's passphrase with PBKDF2-SHA-256.
 *
 * - The passphrase is never stored. The derived key is a non-extractable CryptoKey held in memory
 *   only, so a reload locks the vault again.
 * - A random 16-byte salt and the iteration count sit beside the entries in a header, together
 *   with a sealed check value: a wrong passphrase fails to open it (AES-GCM's tag), which is how
 *   `vault-wrong-passphrase` is told apart without storing anything derived from the passphrase
 *   in the clear.
 * - Each entry is bound to its name as associated data, so entries cannot be swapped.
 *
 * WebCrypto is called directly only for PBKDF2 (shared/crypto's port has no PBKDF2 yet); sealing
 * and opening go through shared/crypto.
 */
import type { HostResult, HostVault } from '../../../shared/host/hostApi.js';
import { fail, ok } from '../../../shared/host/hostResult.js';
import { MAX_VAULT_VALUE_BYTES, vaultNameSchema } from '../../../shared/host/ipcContract.js';
import { aeadOpen, aeadSeal, concatBytes, utf8 } from '../../../shared/crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../../shared/platform/cryptoPort.js';
import { WEB_HOST_STORES, addValueIfAbsent, isQuotaError, readValue, writeValue, deleteValue } from './idb.js';

/** PBKDF2-SHA-256 iterations for new vaults (OWASP 2023 recommendation for PBKDF2-HMAC-SHA256). */
export const PBKDF2_ITERATIONS = 600_000;
/** Refuse headers asking for less (a tampered header must not weaken the derivation). */
const MIN_ITERATIONS = 600_000;
/** And for absurdly more (a tampered header must not hang the tab). */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
/** Longest passphrase accepted (a passphrase, not a document). */
export const MAX_PASSPHRASE_LENGTH = 1024;

const HEADER_KEY = 'vault-header';
const CHECK_PLAINTEXT = 'tafel web vault v1';
const CHECK_AD = 'tafel/web-vault/v1/check';
const entryAd = (name: string) => utf8(`tafel/web-vault/v1/entry|${name}`);

interface VaultHeader {
  readonly format: 1;
  readonly kdf: 'PBKDF2-SHA-256';
  readonly iterations: number;
  readonly salt: Uint8Array;
  /** nonce ‖ ciphertext of CHECK_PLAINTEXT. */
  readonly check: Uint8Array;
}

function isHeader(value: unknown): value is VaultHeader {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['format'] === 1 &&
    v['kdf'] === 'PBKDF2-SHA-256' &&
    typeof v['iterations'] === 'number' &&
    Number.isInteger(v['iterations']) &&
    v['iterations'] >= MIN_ITERATIONS &&
    v['iterations'] <= MAX_ITERATIONS &&
    v['salt'] instanceof Uint8Array &&
    v['salt'].length === SALT_BYTES &&
    v['check'] instanceof Uint8Array &&
    v['check'].length > NONCE_BYTES
  );
}

/** The parts of WebCrypto the vault uses: shared/crypto's port plus PBKDF2 key derivation. */
export interface VaultCrypto extends CryptoPort {
  readonly subtle: CryptoPort['subtle'] & Pick<SubtleCrypto, 'importKey' | 'deriveKey'>;
}

/** A {@link HostVault} that can also say whether it has been created (for create-vs-unlock wording). */
export interface PassphraseVault extends HostVault {
  /** True once a passphrase has been set on this device. */
  isCreated(): Promise<boolean>;
}

/** Where the vault keeps its data and gets its randomness. */
export interface PassphraseVaultEnvironment {
  /** Opens the web host's database; rejects when IndexedDB is unavailable. */
  readonly openDb: () => Promise<IDBDatabase>;
  readonly crypto: VaultCrypto;
}

/** Creates the passphrase vault. Nothing touches IndexedDB until the first call. */
export function createPassphraseVault(env: PassphraseVaultEnvironment): PassphraseVault {
  let key: CryptoKeyHandle | undefined;
  let dbPromise: Promise<IDBDatabase> | undefined;

  const db = (): Promise<IDBDatabase> => {
    dbPromise ??= env.openDb().catch((error: unknown) => {
      dbPromise = undefined; // let a later call try again
      throw error;
    });
    return dbPromise;
  };

  async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKeyHandle> {
    const material = await env.crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
    return env.crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  }

  async function readHeader(database: IDBDatabase): Promise<VaultHeader | undefined> {
    const stored = await readValue(database, WEB_HOST_STORES.meta, HEADER_KEY);
    return isHeader(stored) ? stored : undefined;
  }

  async function create(database: IDBDatabase, passphrase: string): Promise<HostResult<void>> {
    const salt = env.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const candidate = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
    const sealed = await aeadSeal(env.crypto, candidate, utf8(CHECK_PLAINTEXT), utf8(CHECK_AD));
    const header: VaultHeader = {
      format: 1,
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt,
      check: concatBytes(sealed.nonce, sealed.ciphertext),
    };
    if (await addValueIfAbsent(database, WEB_HOST_STORES.meta, HEADER_KEY, header)) {
      key = candidate;
      return ok(undefined);
    }
    // Another tab created the vault a moment ago: this passphrase must match that one.
    return open(database, passphrase);
  }

  async function open(database: IDBDatabase, passphrase: string): Promise<HostResult<void>> {
    const header = await readHeader(database);
    if (header === undefined) return fail('io-error');
    const candidate = await deriveKey(passphrase, header.salt, header.iterations);
    const check = await aeadOpen(env.crypto, candidate, header.check.subarray(0, NONCE_BYTES), header.check.subarray(NONCE_BYTES), utf8(CHECK_AD));
    if (check === undefined) return fail('vault-wrong-passphrase');
    key = candidate;
    return ok(undefined);
  }

  /** Runs `action` with the database, mapping storage failures to host errors. */
  async function withDb<T>(action: (database: IDBDatabase) => Promise<HostResult<T>>): Promise<HostResult<T>> {
    let database: IDBDatabase;
    try {
      database = await db();
    } catch {
      return fail('vault-unavailable', 'Deze browser kan geen sleutels bewaren (IndexedDB is niet beschikbaar).');
    }
    try {
      return await action(database);
    } catch (error) {
      return fail(isQuotaError(error) ? 'disk-full' : 'io-error');
    }
  }

  function checkName(name: unknown): name is string {
    return vaultNameSchema.safeParse(name).success;
  }

  return {
    isUnlocked: async () => key !== undefined,

    isCreated: async () => {
      const result = await withDb(async (database) => ok((await readHeader(database)) !== undefined));
      return result.ok && result.value;
    },

    unlock: (passphrase) => {
      if (typeof passphrase !== 'string' || passphrase.length === 0 || passphrase.length > MAX_PASSPHRASE_LENGTH) {
        return Promise.resolve(fail('invalid-input'));
      }
      return withDb(async (database) => ((await readHeader(database)) === undefined ? create(database, passphrase) : open(database, passphrase)));
    },

    get: (name) => {
      if (!checkName(name)) return Promise.resolve(fail('invalid-input'));
      const current = key;
      if (current === undefined) return Promise.resolve(fail('vault-locked'));
      return withDb(async (database) => {
        const stored = await readValue(database, WEB_HOST_STORES.vault, name);
        if (stored === undefined) return ok(null);
        if (!(stored instanceof Uint8Array) || stored.length <= NONCE_BYTES) return fail('io-error');
        const plain = await aeadOpen(env.crypto, current, stored.subarray(0, NONCE_BYTES), stored.subarray(NONCE_BYTES), entryAd(name));
        return plain === undefined ? fail('io-error', 'Een sleutel in de kluis is beschadigd en kan niet worden geopend.') : ok(plain);
      });
    },

    put: (name, value) => {
      if (!checkName(name) || !(value instanceof Uint8Array) || value.byteLength > MAX_VAULT_VALUE_BYTES) {
        return Promise.resolve(fail('invalid-input'));
      }
      const current = key;
      if (current === undefined) return Promise.resolve(fail('vault-locked'));
      return withDb(async (database) => {
        const sealed = await aeadSeal(env.crypto, current, value, entryAd(name));
        await writeValue(database, WEB_HOST_STORES.vault, name, concatBytes(sealed.nonce, sealed.ciphertext));
        return ok(undefined);
      });
    },

    delete: (name) => {
      if (!checkName(name)) return Promise.resolve(fail('invalid-input'));
      if (key === undefined) return Promise.resolve(fail('vault-locked'));
      return withDb(async (database) => {
        await deleteValue(database, WEB_HOST_STORES.vault, name);
        return ok(undefined);
      });
    },
  };
}
