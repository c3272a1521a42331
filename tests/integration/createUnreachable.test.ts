/**
 * Creating or sharing a case on a relay that never answers gives up with a kind the UI names
 * ("De relay antwoordt niet"), and leaves the device as it was: no half-made case in the list,
 * a local case still local with everything written in it.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { webSocketPort } from '../../shared/platform/socketPort.js';
import { MemoryCaseStore } from '../../shared/sync/local/memoryCaseStore.js';
import { SyncClient } from '../../shared/sync/session/syncClient.js';
import { MemoryVault } from '../helpers/syncHarness.js';

/** A server that accepts TCP connections and never says a word (a relay that hangs, a proxy that swallows). */
let silent: Server;
const sockets: Socket[] = [];
let url: string;
beforeEach(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  url = `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

function device(): SyncClient {
  return new SyncClient({
    crypto: globalThis.crypto,
    sockets: webSocketPort(WebSocket),
    store: new MemoryCaseStore(),
    vault: new MemoryVault(),
    label: { name: 'Ingrid', organisation: 'Veilig Thuis' },
    createTimeoutMs: 500,
  });
}

describe('a relay that never answers', () => {
  it('creating a case there gives up as unreachable and leaves nothing behind', async () => {
    const client = device();
    await expect(client.createCase({ relayUrl: url, accessKey: 'sleutel', title: 'Gezin T.' })).rejects.toThrow('sync: unreachable');
    expect(await client.listCases()).toEqual([]);
  });

  it('sharing a local case there gives up as unreachable; the case stays local with its content', async () => {
    const client = device();
    const local = await client.createLocalCase({ title: 'Gezin U.' });
    local.doc.getText('t').insert(0, 'al geschreven');
    await local.destroy();
    await expect(client.publishCase(local.room, { relayUrl: url, accessKey: 'sleutel' })).rejects.toThrow('sync: unreachable');
    expect((await client.listCases()).map((c) => [c.title, c.sharing])).toEqual([['Gezin U.', 'local-only']]);
    const again = await client.openCase(local.room);
    expect(again.doc.getText('t').toString()).toBe('al geschreven');
    await again.destroy();
  });
});
