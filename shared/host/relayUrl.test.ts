import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, relayConnectSources } from './contentSecurityPolicy.js';
import { parseRelayUrl } from './relayUrl.js';

describe('parseRelayUrl', () => {
  it('accepts ws and wss relays and normalises scheme, host and default port', () => {
    expect(parseRelayUrl('WSS://Relay.ZVH-regio.nl:443/')).toEqual({
      url: 'wss://relay.zvh-regio.nl',
      socketOrigin: 'wss://relay.zvh-regio.nl',
      httpOrigin: 'https://relay.zvh-regio.nl',
    });
    expect(parseRelayUrl('ws://127.0.0.1:4455/Sync')).toEqual({
      url: 'ws://127.0.0.1:4455/Sync',
      socketOrigin: 'ws://127.0.0.1:4455',
      httpOrigin: 'http://127.0.0.1:4455',
    });
    expect(parseRelayUrl('ws://[::1]:4455')?.socketOrigin).toBe('ws://[::1]:4455');
  });

  it.each([
    'https://relay.example.nl',
    'wss://user:pw@relay.example.nl',
    'wss://relay.example.nl/?token=x',
    'wss://relay.example.nl/#x',
    "wss://relay.example.nl; script-src 'unsafe-inline'",
    'wss://relay.example.nl:99999',
    'wss://relay.example.nl:0',
    'wss://-bad.example.nl',
    'wss://',
    '',
    `wss://${'a'.repeat(400)}.nl`,
  ])('refuses %s', (input) => {
    expect(parseRelayUrl(input)).toBeNull();
  });
});

describe('buildContentSecurityPolicy', () => {
  it('allows connections to exactly the configured relays', () => {
    const policy = buildContentSecurityPolicy({
      connectSources: relayConnectSources(['wss://relay.example.nl/sync', 'ws://127.0.0.1:4455', 'wss://relay.example.nl']),
    });
    expect(policy).toContain('connect-src wss://relay.example.nl https://relay.example.nl ws://127.0.0.1:4455 http://127.0.0.1:4455;');
  });

  it('drops relays that could inject directives', () => {
    const sources = relayConnectSources(["wss://evil.nl; script-src 'unsafe-eval'", 'wss://ok.example.nl']);
    expect(sources).toEqual(['wss://ok.example.nl', 'https://ok.example.nl']);
  });

  it('is strict: own scripts only, no plugins, no framing, no forms, no base', () => {
    const directives = new Map(
      buildContentSecurityPolicy({ connectSources: [] })
        .split('; ')
        .map((d) => [d.slice(0, d.indexOf(' ')), d.slice(d.indexOf(' ') + 1)] as const),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('style-src-attr')).toBe("'unsafe-inline'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect([...directives.values()].join(' ')).not.toMatch(/unsafe-eval|\*/);
  });
});
