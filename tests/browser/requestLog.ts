// Every request in a browser context, with who made it: the extension's service worker, one of
// its pages (panel, options), a desk page (the page itself or the content script in it), or
// anything else — the browser's own traffic, which differs from one Chromium build to the next
// and is not ours to judge. "Ours" is decided by the maker, never by a list of hosts.
import type { BrowserContext, Request } from 'playwright-core';
import { madeByExtension, type SeenRequest } from '../helpers/extensionRequests';

export class RequestLog {
  private readonly seen: SeenRequest[] = [];
  private readonly ownPackage: string;
  private readonly ownOrigin: string;

  /** `deskOrigins`: the origins whose pages are desk fixtures. */
  constructor(
    context: BrowserContext,
    extensionId: string,
    private readonly deskOrigins: Set<string>,
  ) {
    this.ownOrigin = `chrome-extension://${extensionId}`;
    this.ownPackage = `${this.ownOrigin}/`;
    context.on('request', (request) => this.seen.push(this.describe(request)));
  }

  /** A position in the log: `oursSince(mark)` looks only at what came after it. */
  mark(): number {
    return this.seen.length;
  }

  /** Requests the extension made since `mark`: what must stay empty. */
  oursSince(mark = 0): SeenRequest[] {
    return this.seen.slice(mark).filter((request) => madeByExtension(request, this.ownOrigin, this.deskOrigins));
  }

  private describe(request: Request): SeenRequest {
    const url = request.url();
    const navigation = request.isNavigationRequest();
    const worker = request.serviceWorker();
    if (worker) return { url, navigation, from: worker.url(), maker: worker.url().startsWith(this.ownPackage) ? 'worker' : 'other' };
    let frameUrl: string;
    try {
      frameUrl = request.frame().url();
    } catch {
      // A popup's first navigation, issued before its frame exists: no maker to name.
      return { url, navigation, from: 'no frame', maker: 'other' };
    }
    // A navigation is made before its frame has an address of its own: judge it by where it goes.
    const from = /^(https?|chrome-extension):/.test(frameUrl) ? frameUrl : navigation ? url : frameUrl;
    if (from.startsWith(this.ownPackage)) return { url, navigation, from, maker: 'extension page' };
    const origin = /^https?:/.test(from) ? new URL(from).origin : '';
    return { url, navigation, from, maker: this.deskOrigins.has(origin) ? 'desk page' : 'other' };
  }
}
