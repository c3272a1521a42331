import { describe, expect, it } from 'vitest';
import { MemoryVault } from '../../../tests/helpers/syncHarness.js';
import type { HostVault } from '../../host/hostApi.js';
import type { RoomId } from '../../protocol/ids.js';
import { KeyStore, VaultError } from './keyStore.js';

const c = globalThis.crypto;
const room = 'AAAAAAAAAAAAAAAAAAAAAA' as RoomId;

describe('KeyStore', () => {
  it('makes the device keys once and finds them again in the vault', async () => {
    const vault = new MemoryVault();
    const first = await new KeyStore(vault, c).deviceKeys();
    const again = await new KeyStore(vault, c).deviceKeys();
    expect(again.id).toBe(first.id);
    expect(again.boxPublicSpki).toEqual(first.boxPublicSpki);
  });

  it('adds case keys per epoch', async () => {
    const keys = new KeyStore(new MemoryVault(), c);
    await keys.putCaseKeys(room, [{ epoch: 1, key: new Uint8Array(32).fill(1) }]);
    await keys.putCaseKeys(room, [{ epoch: 2, key: new Uint8Array(32).fill(2) }]);
    const all = await keys.caseKeys(room);
    expect([...all.keys()]).toEqual([1, 2]);
    expect(all.get(2)?.[0]).toBe(2);
  });

  it('reports a locked vault as a VaultError and changes nothing', async () => {
    const locked: HostVault = {
      isUnlocked: async () => false,
      unlock: async () => ({ ok: true, value: undefined }),
      get: async () => ({ ok: false, error: { code: 'vault-locked', message: 'De kluis is vergrendeld.' } }),
      put: async () => ({ ok: false, error: { code: 'vault-locked', message: 'De kluis is vergrendeld.' } }),
      delete: async () => ({ ok: false, error: { code: 'vault-locked', message: 'De kluis is vergrendeld.' } }),
    };
    await expect(new KeyStore(locked, c).deviceKeys()).rejects.toBeInstanceOf(VaultError);
  });
});
