// The one rule both browsers' network tests judge by: a request is the extension's by who made it,
// never by its host. Chromium's log (tests/browser/requestLog.ts) and Firefox's
// (tests/firefox/requestLog.ts) each find the maker their own way, then ask this.
import { PLAYER_PATH } from '../fixtures/desks/index';

export type RequestMaker = 'worker' | 'extension page' | 'desk page' | 'other';

export interface SeenRequest {
  url: string;
  maker: RequestMaker;
  navigation: boolean;
  /** The worker's or frame's address, for the failure message, where the browser tells it. */
  from?: string;
}

/**
 * True when the extension made `request`: anything its worker or pages fetch beyond their own
 * package, and anything a desk page sends beyond what the fixture loads itself (its navigation
 * and the chat player), which is then the content script's. The browser's own traffic ('other')
 * is not ours to judge.
 */
export function madeByExtension({ url, maker, navigation }: SeenRequest, extensionOrigin: string, deskOrigins: ReadonlySet<string>): boolean {
  if (url.startsWith(`${extensionOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
  if (maker === 'worker' || maker === 'extension page') return true;
  if (maker === 'other') return false;
  const parsed = new URL(url);
  if (!deskOrigins.has(parsed.origin)) return true;
  return !(navigation || parsed.pathname === PLAYER_PATH);
}
