/**
 * Invite links in the browser: the relay serves the app for `/join/<room>/<token>`, and the
 * secret rides in the `#fragment`, which the browser never sends to the server. The link that
 * opened this page is handed to the first listener, once, like the desktop's pending deep link.
 */

/** The invite link this page was opened with, or undefined. */
export function inviteLinkFromLocation(location: Pick<Location, 'pathname' | 'href'>): string | undefined {
  return location.pathname.startsWith('/join/') ? location.href : undefined;
}

/** `onDeepLink` for the web host. */
export function createWebDeepLinks(initialLink: string | undefined): (listener: (url: string) => void) => () => void {
  let pending = initialLink;
  return (listener) => {
    let subscribed = true;
    // Asynchronously, as on the desktop: a listener may subscribe before its UI is ready.
    queueMicrotask(() => {
      if (!subscribed || pending === undefined) return;
      const link = pending;
      pending = undefined;
      listener(link);
    });
    return () => {
      subscribed = false;
    };
  };
}
