import { describe, expect, it } from 'vitest';
import { createWebDeepLinks, inviteLinkFromLocation } from './webDeepLinks.js';

const LINK = 'http://127.0.0.1:4460/join/AAAAAAAAAAAAAAAAAAAAAA/AAAAAAAAAAAAAAAAAAAAAA#secret';

describe('web deep links', () => {
  it('take the invite link from a /join/ address only', () => {
    expect(inviteLinkFromLocation({ pathname: '/join/AAAAAAAAAAAAAAAAAAAAAA/AAAAAAAAAAAAAAAAAAAAAA', href: LINK })).toBe(LINK);
    expect(inviteLinkFromLocation({ pathname: '/', href: 'http://127.0.0.1:4460/' })).toBeUndefined();
    expect(inviteLinkFromLocation({ pathname: '/joined', href: 'http://127.0.0.1:4460/joined' })).toBeUndefined();
  });

  it('hand the link to one listener, once, after it subscribed', async () => {
    const onDeepLink = createWebDeepLinks(LINK);
    const first: string[] = [];
    const second: string[] = [];
    onDeepLink((url) => first.push(url));
    onDeepLink((url) => second.push(url));
    expect(first).toEqual([]); // not synchronously
    await Promise.resolve();
    expect([...first, ...second]).toEqual([LINK]);
  });

  it('keep the link for the next listener when the first unsubscribed before delivery (React StrictMode)', async () => {
    const onDeepLink = createWebDeepLinks(LINK);
    const dropped: string[] = [];
    const kept: string[] = [];
    onDeepLink((url) => dropped.push(url))();
    onDeepLink((url) => kept.push(url));
    await Promise.resolve();
    expect(dropped).toEqual([]);
    expect(kept).toEqual([LINK]);
  });
});
