import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, externalLinkOrNull } from './navigation.js';
import { isPermissionAllowed } from './permissions.js';
import { isTrustedSender } from './senderCheck.js';

describe('navigation guard', () => {
  it('lets the window stay on the app origin', () => {
    expect(decideNavigation('app://tafel/index.html')).toEqual({ action: 'allow' });
    expect(decideNavigation('app://tafel/join/abc')).toEqual({ action: 'allow' });
  });

  it('sends https links to the system browser and refuses everything else', () => {
    expect(decideNavigation('https://www.veiligthuis.nl/contact')).toEqual({
      action: 'open-external',
      url: 'https://www.veiligthuis.nl/contact',
    });
    for (const url of [
      'http://example.nl/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://other/index.html',
      'app://user@tafel/index.html',
      'https://user:secret@example.nl/',
      'https://localhost/',
      'https://exa mple.nl/',
      'tafel://join/x',
      'smb://server/share',
      `https://example.nl/${'a'.repeat(3000)}`,
    ]) {
      expect(decideNavigation(url), url).toEqual({ action: 'deny' });
    }
  });

  it('never opens a new window, not even for our own origin', () => {
    expect(decideWindowOpen('app://tafel/index.html')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('https://example.nl/x')).toEqual({ action: 'open-external', url: 'https://example.nl/x' });
    expect(externalLinkOrNull('HTTPS://Example.NL/a b')).toBeNull();
  });
});

describe('permission handler', () => {
  it('denies by default', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(isPermissionAllowed({ permission, requestingUrl: 'app://tafel/index.html', isMainFrame: true })).toBe(false);
    }
  });

  it('lets only our own main frame write to the clipboard', () => {
    expect(isPermissionAllowed({ permission: 'clipboard-sanitized-write', requestingUrl: 'app://tafel', isMainFrame: true })).toBe(true);
    expect(isPermissionAllowed({ permission: 'clipboard-sanitized-write', requestingUrl: 'app://tafel/', isMainFrame: false })).toBe(false);
    expect(isPermissionAllowed({ permission: 'clipboard-sanitized-write', requestingUrl: 'https://example.nl', isMainFrame: true })).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('trusts only the main frame of our origin', () => {
    const top = { url: 'app://tafel/index.html', parent: null };
    expect(isTrustedSender(top)).toBe(true);
    expect(isTrustedSender({ url: 'app://tafel/index.html', parent: top })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.nl/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/tafel/dist/renderer/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
