import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('uses defaults, then env, then flags', () => {
    const d = readConfig([], {});
    expect(d.ok && d.config).toMatchObject({ port: 4455, host: '127.0.0.1' });
    expect(d.ok && d.config.dataDir.endsWith('.tafel-data')).toBe(true);
    const e = readConfig([], { TAFEL_PORT: '5000', TAFEL_HOST: '0.0.0.0', TAFEL_ACCESS_KEY: 'k'.repeat(20) });
    expect(e.ok && e.config).toMatchObject({ port: 5000, host: '0.0.0.0', accessKey: 'k'.repeat(20) });
    const f = readConfig(['--port', '0', '--data=/tmp/x'], { TAFEL_PORT: '5000' });
    expect(f.ok && f.config).toMatchObject({ port: 0, dataDir: '/tmp/x' });
  });

  it('a closed network is the operator’s explicit choice, by flag or environment', () => {
    const off = readConfig([], {});
    expect(off.ok && off.config.closedNetwork).toBe('no');
    const flag = readConfig(['--closed-network'], {});
    expect(flag.ok && flag.config.closedNetwork).toBe('yes');
    const env = readConfig([], { TAFEL_CLOSED_NETWORK: 'yes' });
    expect(env.ok && env.config.closedNetwork).toBe('yes');
    expect(readConfig([], { TAFEL_CLOSED_NETWORK: 'ja' }).ok).toBe(false);
  });

  it('explains bad input without echoing the access key', () => {
    const bad = readConfig(['--port', '70000'], {});
    expect(!bad.ok && bad.message).toContain('port');
    const short = readConfig(['--access-key', 'geheim'], {});
    expect(short.ok).toBe(false);
    expect(!short.ok && short.message).not.toContain('geheim');
    expect(!short.ok && short.message).toContain('16 characters');
    const unknown = readConfig(['--prot', '1'], {});
    expect(!unknown.ok && unknown.message).toContain('unknown option');
    const missing = readConfig(['--port'], {});
    expect(!missing.ok && missing.message).toContain('needs a value');
    expect(readConfig(['--help'], {})).toMatchObject({ ok: false, help: true });
  });

  it('takes a value that starts with a dash (access keys are base64url) and never repeats a stray argument', () => {
    const key = '-' + 'k'.repeat(20);
    const dashed = readConfig(['--access-key', key, '--port=0'], {});
    expect(dashed.ok && dashed.config).toMatchObject({ accessKey: key, port: 0 });
    const stray = readConfig(['--port', '0', 'geheim-sleutel-12345'], {});
    expect(stray.ok).toBe(false);
    expect(!stray.ok && stray.message).toContain('unexpected argument');
    expect(!stray.ok && stray.message).not.toContain('geheim');
    expect(readConfig(['--port', '0', '-h'], {})).toMatchObject({ ok: false, help: true });
  });
});
