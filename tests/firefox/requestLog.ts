// Every request a Firefox tab makes, with who made it — one of the extension's pages (panel,
// options) or a desk page (the page itself, or our content script inside it) — judged by the tab
// (WebDriver BiDi browsing context) it came from, never by a list of hosts, as tests/browser/requestLog.ts
// does for Chromium.
//
// What BiDi cannot attribute: the extension's background page (Firefox's event page) is no
// browsing context a client can see, so its requests carry no tab and cannot be told apart from
// Firefox's own. The network test therefore proves instead that the background page cannot send
// one (its CSP blocks fetch), and docs/privacy.md says so.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { madeByExtension, type RequestMaker, type SeenRequest } from '../helpers/extensionRequests';
import { EXTENSION_ORIGIN } from './firefox';

export class RequestLog {
  private readonly seen: SeenRequest[] = [];

  constructor(private readonly deskOrigins: Set<string>) {}

  /** Records every request `page` makes from now on, as made by `maker`. */
  watch(page: Page, maker: RequestMaker): void {
    page.on('request', (request: HTTPRequest) => this.seen.push({ url: request.url(), maker, navigation: request.isNavigationRequest() }));
  }

  mark(): number {
    return this.seen.length;
  }

  /** Everything `maker` asked for since `mark`, its own files included: shows the log is listening. */
  allSince(mark: number, maker: RequestMaker): string[] {
    return this.seen.slice(mark).flatMap((request) => (request.maker === maker ? [request.url] : []));
  }

  /** Requests the extension made since `mark`: what must stay empty. */
  oursSince(mark = 0): SeenRequest[] {
    return this.seen.slice(mark).filter((request) => madeByExtension(request, EXTENSION_ORIGIN, this.deskOrigins));
  }
}
