/**
 * Compile-time check (tsc -p tests): the platform objects the hosts pass to shared/sync fit its
 * ports — the browser's and Node's WebCrypto, the browser's and `ws`'s WebSocket constructors.
 * A change to a port that one of them no longer satisfies fails typechecking here.
 */
import { webcrypto } from 'node:crypto';
import { WebSocket as NodeWebSocket } from 'ws';
import type { CryptoPort } from '../../shared/platform/cryptoPort.js';
import type { WebSocketConstructorShape } from '../../shared/platform/socketPort.js';

export const browserCrypto: CryptoPort = globalThis.crypto;
export const nodeCrypto: CryptoPort = webcrypto;
export const browserSocket: WebSocketConstructorShape = globalThis.WebSocket;
export const nodeSocket: WebSocketConstructorShape = NodeWebSocket;
