/**
 * The desktop vault: small secrets (device key pairs, wrapped case keys) kept in userData,
 * each in its own file, encrypted with the operating system's keychain through Electron's
 * safeStorage. When the OS cannot encrypt (no keychain; on Linux the "basic_text" backend,
 * which uses a fixed password) the vault refuses with `vault-unavailable`: it never writes a
 * secret in plaintext.
 */
import { Buffer } from 'node:buffer';
import path from 'node:path';
import type { HostResult } from '../../shared/host/hostApi.js';
import { fail, ok } from '../../shared/host/hostResult.js';
import { vaultNameSchema } from '../../shared/host/ipcContract.js';
import { type FileSystemLike, isDiskFullError, isNotFoundError, nodeFileSystem, writeFileAtomic } from './atomicFile.js';

/** The part of Electron's `safeStorage` the vault uses. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ readonly result: string; readonly shouldReEncrypt: boolean }>;
  /** Linux only in Electron; absent elsewhere. */
  getSelectedStorageBackend?(): string;
}

export interface VaultOptions {
  /** Folder of the vault files, e.g. `<userData>/vault`. */
  readonly dir: string;
  readonly safeStorage: SafeStorageLike;
  readonly platform: NodeJS.Platform;
  readonly fs?: FileSystemLike;
}

/** Marks a vault file and its format version; the rest is safeStorage ciphertext. */
const MAGIC = Buffer.from('TAFELVAULT1\n', 'ascii');

const CORRUPT_MESSAGE = 'Een sleutel in de kluis kan niet worden gelezen. Het bestand is bewaard; neem contact op met beheer.';

export class Vault {
  private readonly fs: FileSystemLike;

  constructor(private readonly options: VaultOptions) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  /** Whether secrets can be kept safely on this machine right now. */
  async isAvailable(): Promise<boolean> {
    const { safeStorage, platform } = this.options;
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return false;
    try {
      return await safeStorage.isAsyncEncryptionAvailable();
    } catch {
      return false;
    }
  }

  async get(name: string): Promise<HostResult<Uint8Array | null>> {
    const filePath = this.fileFor(name);
    if (!filePath) return fail('invalid-input');
    if (!(await this.isAvailable())) return fail('vault-unavailable');
    let file: Buffer;
    try {
      file = await this.fs.readFile(filePath);
    } catch (error) {
      return isNotFoundError(error) ? ok(null) : fail('io-error');
    }
    if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) return fail('io-error', CORRUPT_MESSAGE);
    let decrypted: { readonly result: string; readonly shouldReEncrypt: boolean };
    try {
      decrypted = await this.options.safeStorage.decryptStringAsync(Buffer.from(file.subarray(MAGIC.length)));
    } catch {
      return fail('io-error', CORRUPT_MESSAGE);
    }
    const value = new Uint8Array(Buffer.from(decrypted.result, 'base64'));
    // The OS rotated its key: store the secret again under the new one. Failing that is harmless.
    if (decrypted.shouldReEncrypt) await this.put(name, value);
    return ok(value);
  }

  async put(name: string, value: Uint8Array): Promise<HostResult<void>> {
    const filePath = this.fileFor(name);
    if (!filePath) return fail('invalid-input');
    if (!(await this.isAvailable())) return fail('vault-unavailable');
    let encrypted: Uint8Array;
    try {
      encrypted = await this.options.safeStorage.encryptStringAsync(Buffer.from(value).toString('base64'));
    } catch {
      return fail('vault-unavailable');
    }
    try {
      await writeFileAtomic(filePath, Buffer.concat([MAGIC, encrypted]), this.fs);
    } catch (error) {
      return fail(isDiskFullError(error) ? 'disk-full' : 'io-error');
    }
    return ok(undefined);
  }

  async delete(name: string): Promise<HostResult<void>> {
    const filePath = this.fileFor(name);
    if (!filePath) return fail('invalid-input');
    try {
      await this.fs.rm(filePath, { force: true });
    } catch {
      return fail('io-error');
    }
    return ok(undefined);
  }

  /**
   * The file of entry `name`, or null for a name outside the contract. Names are hex-encoded:
   * no path characters can reach the file system, and names differing only in case stay apart
   * on case-insensitive disks (macOS, Windows).
   */
  private fileFor(name: string): string | null {
    if (!vaultNameSchema.safeParse(name).success) return null;
    return path.join(this.options.dir, `${Buffer.from(name, 'utf8').toString('hex')}.vault`);
  }
}
