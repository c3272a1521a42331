import { describe, expect, it } from 'vitest';
import { buildTafelLink, buildWebLink, isLocalHost, parseInviteLink, type InviteLink } from './inviteLink.js';

const room = 'q83vEjRWeJq83vEjRWeJqw';
const token = 'AAECAwQFBgcICQoLDA0ODw';
const secret = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

describe('invite links', () => {
  it('round-trip in both forms', () => {
    const invite: InviteLink = { relayUrl: 'wss://relay.zvh-regio.nl', room: room as InviteLink['room'], token, secret };
    const tafel = buildTafelLink(invite);
    const web = buildWebLink(invite);
    expect(tafel).toBe(`tafel://join/relay.zvh-regio.nl/${room}/${token}#${secret}`);
    expect(web).toBe(`https://relay.zvh-regio.nl/join/${room}/${token}#${secret}`);
    expect(parseInviteLink(tafel)).toEqual(invite);
    expect(parseInviteLink(web)).toEqual(invite);
  });

  it('keep a LAN relay on plain ws, with its port', () => {
    const invite: InviteLink = { relayUrl: 'ws://192.168.1.20:4455', room: room as InviteLink['room'], token, secret };
    expect(buildWebLink(invite).startsWith('http://192.168.1.20:4455/join/')).toBe(true);
    expect(parseInviteLink(buildTafelLink(invite))).toEqual(invite);
    expect(isLocalHost('127.0.0.1:1')).toBe(true);
    expect(isLocalHost('172.32.0.1')).toBe(false);
    expect(isLocalHost('relay.example.nl')).toBe(false);
  });

  it.each([
    ['no fragment', `https://r.nl/join/${room}/${token}`],
    ['secret in the query', `https://r.nl/join/${room}/${token}?s=${secret}`],
    ['short secret', `https://r.nl/join/${room}/${token}#${secret.slice(1)}`],
    ['non-canonical token', `https://r.nl/join/${room}/${token.slice(0, -1)}x#${secret}`],
    ['extra path', `https://r.nl/x/join/${room}/${token}#${secret}`],
    ['credentials', `https://a@r.nl/join/${room}/${token}#${secret}`],
    ['other scheme', `ftp://r.nl/join/${room}/${token}#${secret}`],
    ['tafel without host', `tafel://join/${room}/${token}#${secret}`],
    ['junk', 'tafel://join/'],
  ])('refuse %s', (_what, link) => {
    expect(parseInviteLink(link)).toBeNull();
  });
});
