import { describe, expect, it } from 'vitest';
import { HOST_CHANNEL_PREFIX, HostChannels, HostEvents, MAX_VAULT_VALUE_BYTES, hostContract, isHostChannel } from './ipcContract.js';

describe('the host IPC contract', () => {
  it('has one schema pair per channel, every name under one prefix', () => {
    const names = [...Object.values(HostChannels), ...Object.values(HostEvents)];
    for (const name of names) expect(name.startsWith(HOST_CHANNEL_PREFIX)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(hostContract).sort()).toEqual(Object.values(HostChannels).sort());
    expect(isHostChannel('host:vault:get')).toBe(true);
    expect(isHostChannel('host:vault:list')).toBe(false);
    expect(isHostChannel('constructor')).toBe(false);
  });

  it('refuses vault names that could reach the file system and oversized values', () => {
    const put = hostContract[HostChannels.vaultPut].request;
    expect(put.safeParse({ name: 'device-key.sign', value: new Uint8Array(32) }).success).toBe(true);
    for (const name of ['../settings', 'a/b', '.hidden', '', 'a'.repeat(101), 'C:evil\\x']) {
      expect(put.safeParse({ name, value: new Uint8Array(1) }).success).toBe(false);
    }
    expect(put.safeParse({ name: 'k', value: new Uint8Array(MAX_VAULT_VALUE_BYTES + 1) }).success).toBe(false);
    expect(put.safeParse({ name: 'k', value: [1, 2, 3] }).success).toBe(false);
    expect(put.safeParse({ name: 'k', value: new Uint8Array(1), extra: true }).success).toBe(false);
  });

  it('accepts only known settings keys with valid values', () => {
    const update = hostContract[HostChannels.settingsUpdate].request;
    expect(update.safeParse({ language: 'en' }).success).toBe(true);
    expect(update.safeParse({ relays: ['wss://relay.example.nl'] }).success).toBe(true);
    expect(update.safeParse({ language: 'de' }).success).toBe(false);
    expect(update.safeParse({ relays: ['javascript:alert(1)'] }).success).toBe(false);
    expect(update.safeParse({ theme: 'dark' }).success).toBe(false);
  });

  it('takes no argument on the read-only channels', () => {
    expect(hostContract[HostChannels.settingsGet].request.safeParse(undefined).success).toBe(true);
    expect(hostContract[HostChannels.settingsGet].request.safeParse({}).success).toBe(false);
  });
});
