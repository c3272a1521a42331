/**
 * Holds invite links until the renderer can take them. A link often arrives before the window
 * has loaded (the app was started by clicking it), so links queue here; the renderer collects
 * the queue when it starts listening and gets later ones pushed directly.
 */

/** Links kept while nobody listens; older ones are dropped first. */
const MAX_PENDING = 8;

export class DeepLinkInbox {
  private pending: string[] = [];
  private listening = false;

  /** `send` pushes one link to the renderer (webContents.send on the deep-link event). */
  constructor(private readonly send: (link: string) => void) {}

  /** A validated link arrived. */
  receive(link: string): void {
    if (this.listening) {
      this.send(link);
      return;
    }
    this.pending.push(link);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
  }

  /** The renderer starts listening: hand over what queued up, push the rest as it comes. */
  takePending(): string[] {
    this.listening = true;
    const links = this.pending;
    this.pending = [];
    return links;
  }

  /** The renderer reloaded or crashed: queue again until it listens anew. */
  rendererGone(): void {
    this.listening = false;
  }
}
