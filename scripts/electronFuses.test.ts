// The afterPack hook against stand-in Electron binaries: real files carrying the fuse wire as
// Electron lays it out (sentinel, version, length, one byte per fuse), flipped by the real
// @electron/fuses. The Electron binary itself cannot be downloaded here.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterPack, packedExecutable } from './electronFuses.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off. */
const ELECTRON_DEFAULTS = '10110001';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tafel-fuses-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeElectron(file: string, wire = ELECTRON_DEFAULTS): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const bytes = Buffer.concat([
    Buffer.from('\x7fELF…machine code…'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from('…more machine code'),
  ]);
  writeFileSync(file, bytes);
  return file;
}

/** The fuse bytes as '0'/'1' characters, in FuseV1Options order. */
function wireOf(file: string): string {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

const linux = (appOutDir: string) => ({
  appOutDir,
  electronPlatformName: 'linux',
  packager: { executableName: 'tafel', appInfo: { productFilename: 'Tafel' } },
});

describe('Electron fuses of the packed app', () => {
  it('turns off running as Node, NODE_OPTIONS, --inspect and file:// privileges, and turns on asar-only loading with integrity', async () => {
    const binary = fakeElectron(path.join(dir, 'linux-unpacked', 'tafel'));
    await afterPack(linux(path.join(dir, 'linux-unpacked')));
    const wire = wireOf(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe('0');
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe('0');
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe('0');
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe('0');
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe('1');
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe('1');
    expect(wire).toBe('01001100');
  });

  it('flips the framework inside a macOS .app, where Electron keeps the fuses', async () => {
    const framework = fakeElectron(path.join(dir, 'mac', 'Tafel.app', 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework'));
    await afterPack({ appOutDir: path.join(dir, 'mac'), electronPlatformName: 'darwin', packager: { appInfo: { productFilename: 'Tafel' } } });
    expect(wireOf(framework)).toBe('01001100');
  });

  it('fails the build when the binary has no fuse wire, rather than ship with the defaults', async () => {
    const binary = path.join(dir, 'linux-unpacked', 'tafel');
    mkdirSync(path.dirname(binary), { recursive: true });
    writeFileSync(binary, 'not an Electron binary');
    await expect(afterPack(linux(path.join(dir, 'linux-unpacked')))).rejects.toThrow(/sentinel/);
  });

  it('fails the build when the binary has fewer fuses than Tafel sets (an Electron that dropped one)', async () => {
    fakeElectron(path.join(dir, 'linux-unpacked', 'tafel'), '101100');
    await expect(afterPack(linux(path.join(dir, 'linux-unpacked')))).rejects.toThrow(/not long enough/);
  });

  it('finds the executable where electron-builder puts it on each platform', () => {
    const packager = { executableName: 'tafel', appInfo: { productFilename: 'Tafel' } };
    expect(packedExecutable({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(path.join('/out', 'tafel'));
    expect(packedExecutable({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(path.join('/out', 'Tafel.exe'));
    expect(packedExecutable({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(path.join('/out', 'Tafel.app'));
    expect(() => packedExecutable({ appOutDir: '/out', electronPlatformName: 'haiku', packager })).toThrow(/haiku/);
  });
});
