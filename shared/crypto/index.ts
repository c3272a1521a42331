/**
 * shared/crypto: the only module that calls WebCrypto. Thin and alone (as Excalidraw keeps
 * data/encryption.ts): random bytes, digest, AES-256-GCM seal/open, HKDF, ECDSA device keys and
 * signatures, ECDH key wrapping. Everything takes the platform's `CryptoPort`.
 */
export * from './aead.js';
export * from './bytes.js';
export * from './derive.js';
export * from './deviceKeys.js';
export * from './keyWrap.js';
