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
// A symbol, not a name: the page's markup can put any *name* on this world's window too (an
// element with that id), and would switch Composure off; no markup makes a symbol property.
const MARK = Symbol.for('composure.contentScript');
const scope = globalThis as unknown as Record<symbol, boolean>;
if (scope[MARK] !== true) {
  scope[MARK] = true;
  guard(() => startPageSession({ doc: document, adapterFor: adapterForUrl, guard }))();
  guard(() => answerSiteChecks(document))();
}
