// Content script entry, injected only on the helpdesks listed in manifest.json. It adds nothing
// to the page (no elements, no styles) and must never throw into it: every callback is guarded.
import { adapterForUrl } from '../adapters/registry';
import { startPageSession } from './pageSession';
import { answerSiteChecks } from './siteCheck';

function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      // A desk's odd markup must not break the agent's page; the panel shows reading health.
      console.debug('[Composure] skipped an update:', error);
    }
  };
}

// Guards against a second injection into the same page (extension reload, bfcache restore).
const MARK = '__composureContentScript';
const scope = globalThis as unknown as Record<string, boolean>;
if (!scope[MARK]) {
  scope[MARK] = true;
  guard(() => startPageSession({ doc: document, adapterFor: adapterForUrl, guard }))();
  guard(() => answerSiteChecks(document))();
}
