import { describe, expect, it } from 'vitest';
import { DeepLinkInbox } from './deepLinkInbox.js';
import { findInviteLinkInArgv, parseInviteLink } from './inviteDeepLink.js';

const ROOM = 'q2Vf3kN8bXo1mZ7cT4yH5w';
const TOKEN = 'Zx9-8_wq7vU6tS5rQ4pO3n';
const SECRET = 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kL9nP2r';

describe('invite links', () => {
  it('accepts well-formed tafel://join links and normalises the scheme', () => {
    const link = `tafel://join/${ROOM}/${TOKEN}#${SECRET}`;
    expect(parseInviteLink(link)).toBe(link);
    expect(parseInviteLink(`TAFEL://join/${ROOM}/${TOKEN}/#${SECRET}`)).toBe(link);
    expect(parseInviteLink(`tafel://join/${ROOM}/${TOKEN}?relay=wss%3A%2F%2Frelay.example.nl#${SECRET}`)).toBe(
      `tafel://join/${ROOM}/${TOKEN}?relay=wss%3A%2F%2Frelay.example.nl#${SECRET}`,
    );
  });

  it.each([
    'tafel://join/',
    'tafel://join',
    `tafel://open/${ROOM}`,
    `tafel://join/${ROOM}/../../etc`,
    `tafel://join/${ROOM} --inspect`,
    `tafel://user@join/${ROOM}`,
    `tafel://join/${ROOM}/"><script>`,
    `tafel://join/${ROOM}#a#b`,
    `tafel://join/${ROOM}\\x`,
    `https://relay.example.nl/join/${ROOM}`,
    `tafel://join/${'a'.repeat(3000)}`,
  ])('refuses %s', (link) => {
    expect(parseInviteLink(link)).toBeNull();
  });

  it('finds the link among command-line arguments and ignores the rest', () => {
    const link = `tafel://join/${ROOM}/${TOKEN}#${SECRET}`;
    expect(findInviteLinkInArgv(['/opt/Tafel/tafel', '--no-sandbox', link])).toBe(link);
    expect(findInviteLinkInArgv(['/opt/Tafel/tafel', 'tafel://join/bad link', '--flag'])).toBeNull();
    expect(findInviteLinkInArgv(['/usr/bin/electron', '.'])).toBeNull();
  });
});

describe('DeepLinkInbox', () => {
  it('keeps links until the renderer listens, then pushes new ones directly', () => {
    const sent: string[] = [];
    const inbox = new DeepLinkInbox((link) => sent.push(link));
    inbox.receive('tafel://join/a');
    inbox.receive('tafel://join/b');
    expect(sent).toEqual([]);
    expect(inbox.takePending()).toEqual(['tafel://join/a', 'tafel://join/b']);
    inbox.receive('tafel://join/c');
    expect(sent).toEqual(['tafel://join/c']);
    expect(inbox.takePending()).toEqual([]);
  });

  it('queues again after the renderer reloads, keeping the newest few', () => {
    const sent: string[] = [];
    const inbox = new DeepLinkInbox((link) => sent.push(link));
    inbox.takePending();
    inbox.rendererGone();
    for (let i = 0; i < 12; i += 1) inbox.receive(`tafel://join/r${i}`);
    expect(sent).toEqual([]);
    const pending = inbox.takePending();
    expect(pending).toHaveLength(8);
    expect(pending.at(-1)).toBe('tafel://join/r11');
  });
});
