/**
 * The WebCrypto port: the few parts of the Web Crypto API that `shared/crypto` uses, typed
 * structurally so that both the browser's `crypto` and Node's `globalThis.crypto` satisfy it.
 * shared/ has no DOM or Node types; callers pass the platform's object in.
 */

/** Bytes backed by a plain ArrayBuffer (what WebCrypto accepts as a BufferSource). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** An opaque WebCrypto key. */
export interface CryptoKeyHandle {
  readonly type: 'private' | 'public' | 'secret';
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** A WebCrypto key pair. */
export interface CryptoKeyPairHandle {
  readonly publicKey: CryptoKeyHandle;
  readonly privateKey: CryptoKeyHandle;
}

/** Key usages this project uses. */
export type KeyUsageName = 'encrypt' | 'decrypt' | 'sign' | 'verify' | 'deriveBits' | 'deriveKey';

/** EC key generation / import parameters (P-256 only). */
export interface EcKeyGenParamsPort {
  readonly name: 'ECDSA' | 'ECDH';
  readonly namedCurve: 'P-256';
}
/** AES-GCM key generation parameters (256-bit only). */
export interface AesKeyGenParamsPort {
  readonly name: 'AES-GCM';
  readonly length: 256;
}
/** AES-GCM encryption parameters. */
export interface AesGcmParamsPort {
  readonly name: 'AES-GCM';
  readonly iv: Bytes;
  readonly additionalData?: Bytes;
}
/** ECDSA signing parameters. */
export interface EcdsaParamsPort {
  readonly name: 'ECDSA';
  readonly hash: 'SHA-256';
}
/** ECDH derivation parameters. */
export interface EcdhKeyDeriveParamsPort {
  /** 'ECDH' (typed loosely so that Node's own WebCrypto types fit the port). */
  readonly name: string;
  readonly public: CryptoKeyHandle;
}
/** HKDF derivation parameters. */
export interface HkdfParamsPort {
  readonly name: 'HKDF';
  readonly hash: 'SHA-256';
  readonly salt: Bytes;
  readonly info: Bytes;
}
/** Algorithms `importKey` is called with. */
export type ImportAlgorithmPort = EcKeyGenParamsPort | { readonly name: 'AES-GCM' } | { readonly name: 'HKDF' };

/** The subset of SubtleCrypto used by shared/crypto. */
export interface SubtleCryptoPort {
  generateKey(algorithm: EcKeyGenParamsPort, extractable: boolean, keyUsages: KeyUsageName[]): Promise<CryptoKeyPairHandle>;
  generateKey(algorithm: AesKeyGenParamsPort, extractable: boolean, keyUsages: KeyUsageName[]): Promise<CryptoKeyHandle>;
  importKey(
    format: 'raw' | 'spki' | 'pkcs8',
    keyData: Bytes,
    algorithm: ImportAlgorithmPort,
    extractable: boolean,
    keyUsages: KeyUsageName[],
  ): Promise<CryptoKeyHandle>;
  exportKey(format: 'raw' | 'spki' | 'pkcs8', key: CryptoKeyHandle): Promise<ArrayBuffer>;
  encrypt(algorithm: AesGcmParamsPort, key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParamsPort, key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
  sign(algorithm: EcdsaParamsPort, key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
  verify(algorithm: EcdsaParamsPort, key: CryptoKeyHandle, signature: Bytes, data: Bytes): Promise<boolean>;
  deriveBits(algorithm: EcdhKeyDeriveParamsPort, baseKey: CryptoKeyHandle, length: number): Promise<ArrayBuffer>;
  deriveBits(algorithm: HkdfParamsPort, baseKey: CryptoKeyHandle, length: number): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Bytes): Promise<ArrayBuffer>;
}

/** The WebCrypto object: `crypto` in a browser or Electron renderer, `globalThis.crypto` in Node ≥ 20. */
export interface CryptoPort {
  readonly subtle: SubtleCryptoPort;
  getRandomValues<T extends Uint8Array<ArrayBuffer>>(array: T): T;
}
