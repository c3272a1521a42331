import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DownloadResult, buildFailedMessage, decideLaunch, downloadElectronOnce, locateElectron } from './electronLauncher.mjs';

let electronDir: string;
beforeEach(() => {
  electronDir = mkdtempSync(path.join(os.tmpdir(), 'tafel-electron-'));
  writeFileSync(path.join(electronDir, 'package.json'), '{"name":"electron","version":"45.5.0"}');
});
afterEach(() => rmSync(electronDir, { recursive: true, force: true }));

/** What install.js leaves behind after a successful download. */
function installBinary(): string {
  mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
  writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  const executable = path.join(electronDir, 'dist', 'electron');
  writeFileSync(executable, '#!/bin/sh\n');
  chmodSync(executable, 0o755);
  return executable;
}

const noDownload = async (): Promise<DownloadResult> => {
  throw new Error('must not download');
};

describe('npm start: finding Electron', () => {
  it('launches a binary that is already there without downloading', async () => {
    const executable = installBinary();
    expect(await decideLaunch({ electronDir, env: {}, platform: 'linux', download: noDownload })).toEqual({ kind: 'launch', executable });
  });

  it('tries the download once, then launches what it fetched', async () => {
    let downloads = 0;
    const decision = await decideLaunch({
      electronDir,
      env: {},
      platform: 'linux',
      download: async () => {
        downloads += 1;
        installBinary();
        return { ok: true, timedOut: false, output: '' };
      },
    });
    expect(downloads).toBe(1);
    expect(decision.kind).toBe('launch');
  });

  it('explains in Dutch and English, naming the browser version, when the download fails', async () => {
    const decision = await decideLaunch({
      electronDir,
      env: {},
      platform: 'linux',
      download: async () => ({ ok: false, timedOut: false, output: 'TypeError: fetch failed\n    at stack' }),
    });
    expect(decision).toMatchObject({ kind: 'unavailable', reason: 'download-failed' });
    if (decision.kind !== 'unavailable') return;
    const [nl, en, ...rest] = decision.message.split('\n');
    expect(nl).toBe(
      'Tafel kan de desktop-app niet starten: Electron kon niet worden gedownload. Gebruik de browserversie: npm run relay en open http://127.0.0.1:4455',
    );
    expect(en).toContain('npm run relay and open http://127.0.0.1:4455');
    expect(rest).toEqual([]);
    expect(decision.message).not.toContain('at stack');
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, or when electron is not installed', async () => {
    expect(await decideLaunch({ electronDir, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, platform: 'linux', download: noDownload })).toMatchObject({
      kind: 'unavailable',
      reason: 'download-skipped',
    });
    rmSync(path.join(electronDir, 'package.json'));
    expect(await decideLaunch({ electronDir, env: {}, platform: 'linux', download: noDownload })).toMatchObject({
      kind: 'unavailable',
      reason: 'not-installed',
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like require("electron") does', () => {
    const override = path.join(electronDir, 'custom');
    mkdirSync(override);
    writeFileSync(path.join(override, 'electron'), '');
    expect(locateElectron({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'linux' })).toEqual({
      found: true,
      executable: path.join(override, 'electron'),
    });
    expect(locateElectron({ electronDir, env: {}, platform: 'darwin' })).toEqual({ found: false, reason: 'missing-binary' });
  });

  it('stops a download that hangs and captures its output instead of printing it', async () => {
    writeFileSync(path.join(electronDir, 'install.js'), "console.error('downloading'); setInterval(() => {}, 1000);");
    const result = await downloadElectronOnce({ electronDir, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, timedOut: true, output: 'downloading\n' });
    writeFileSync(path.join(electronDir, 'install.js'), "console.error('fetch failed'); process.exit(1);");
    expect(await downloadElectronOnce({ electronDir, timeoutMs: 10_000 })).toEqual({ ok: false, timedOut: false, output: 'fetch failed\n' });
  });

  it('has a plain sentence for a failed build too', () => {
    expect(buildFailedMessage()).toMatch(/^Tafel kan niet starten: het bouwen \(npm run build\) is mislukt\./);
  });
});
