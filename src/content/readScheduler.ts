// Batches the page's DOM churn into few reads. Helpdesks mutate constantly (timestamps, presence
// dots, hover states); reading on every mutation would cost the page, reading on a timer would
// add latency. A read runs QUIET_MS after the last mutation, and at least every MAX_WAIT_MS while
// mutations keep coming.
//
// The records themselves are handed to the read (outside the reply box): the adapter's reader
// uses them to read again only the messages they touch (adapters/README.md).
//
// A MutationObserver does not see into shadow roots, and some desks (Salesforce Lightning,
// Freshchat) draw their chat inside open ones, so every open shadow root found is observed too.
//
// A hidden desk tab (the agent looks at another tab, with the panel popped out beside it) is
// read right after each batch of mutations instead of after the quiet period: Firefox delays
// every timer of a background tab to at least 1 s (`dom.min_background_timeout_value`) and then
// by its budget throttling, so a customer's line reached the panel one or more seconds late, after
// the next line had replaced its flags. A message between two ports is not throttled, and nobody
// sees a hidden page's jank.
//
// A long transcript read for the first time is read in slices (the reader stops at its time
// budget and says so): `readMore` yields to the page and reads on, with the records collected
// meanwhile, so messages that arrive during the first read are neither lost nor read twice.

import { walkShadowRoots } from '../adapters/dom';
import type { PageChanges } from '../adapters/types';

const QUIET_MS = 60;
const MAX_WAIT_MS = 250;
// Past this many added subtrees in one batch (a route change), one rescan of the page is cheaper.
const MAX_PENDING_SUBTREES = 500;
// Past this many records in one batch the reader is told nothing and reads the whole page. High,
// because sorting a record is cheap and a desk refreshing every "3 min ago" label is thousands.
const MAX_PENDING_RECORDS = 20_000;

const OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  // Attributes that desks toggle to show or hide things (typing indicator, edited markers).
  attributeFilter: ['class', 'hidden', 'style', 'aria-hidden', 'data-message-id'],
};

/**
 * `draftOnly`: everything that changed since the last read is inside the reply box.
 * `changes`: what changed outside it, for an incremental read; undefined when too much did.
 */
export type Reader = (draftOnly: boolean, changes: PageChanges | undefined) => void;

export interface ReadScheduler {
  /** Asks for a read soon (e.g. on `input` in a textarea, which mutates no DOM). */
  poke(target?: Node | null): void;
  /** The last read stopped at its time budget: yield to the page, then read on. */
  readMore(): void;
  /** Runs a pending read (or the next slice of one) now. */
  flush(): void;
  stop(): void;
}

/**
 * `inDraft` tells whether a node is inside the reply box: while the agent types, only the draft
 * changes, and re-reading the whole transcript on every pause would cost a long chat dearly.
 */
export function scheduleReads(root: Document, read: Reader, inDraft: (node: Node) => boolean): ReadScheduler {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let pageChanged = false;
  let added: Node[] = [];
  let rescan = false;
  let records: MutationRecord[] = [];
  let recordsDropped = false;
  let shadowRootsFound: ShadowRoot[] = [];
  const observed = new WeakSet<Node>();
  /** Counts reads and requests for more: a continuation runs only if nothing read since it was asked for. */
  let generation = 0;
  let morePending = false;
  let stopped = false;
  /** A read is queued for the next task (hidden page): flush must run it now. */
  let readQueued = false;

  const observe = (node: Document | ShadowRoot) => {
    if (observed.has(node)) return;
    observed.add(node);
    observer.observe(node, OBSERVE);
  };

  // Shadow roots under `node` (and inside those), found with one walk over its elements.
  const adoptShadowRoots = (node: Node) =>
    walkShadowRoots(node, (shadow) => {
      if (observed.has(shadow)) return false;
      observe(shadow);
      shadowRootsFound.push(shadow);
      return true;
    });

  /** `inOneGo`: the caller needs the read done now (flush), not after a yield. */
  const run = (inOneGo = false) => {
    generation++;
    morePending = false;
    clearTimeout(quietTimer);
    quietTimer = undefined;
    firstPendingAt = undefined;
    if (rescan) {
      // A history load or a route change: walking the whole page for shadow roots (tens of ms
      // beside a long transcript) is one task, the read that follows another.
      adoptShadowRoots(root.documentElement);
      rescan = false;
      added = [];
      if (!inOneGo) return readMore();
    }
    for (const node of added) if (node.isConnected) adoptShadowRoots(node);
    const changes: PageChanges | undefined = recordsDropped ? undefined : { records, shadowRoots: shadowRootsFound };
    added = [];
    rescan = false;
    records = [];
    recordsDropped = false;
    shadowRootsFound = [];
    const draftOnly = !pageChanged;
    pageChanged = false;
    read(draftOnly, changes);
  };

  const poke = (target?: Node | null) => {
    if (!target || !inDraft(target)) pageChanged = true;
    if (root.visibilityState === 'hidden') return queueReadForNextTask();
    const now = performance.now();
    firstPendingAt ??= now;
    clearTimeout(quietTimer);
    const waited = now - firstPendingAt;
    quietTimer = setTimeout(() => run(), Math.max(0, Math.min(QUIET_MS, MAX_WAIT_MS - waited)));
  };

  const queueReadForNextTask = () => {
    if (readQueued) return;
    readQueued = true;
    const asked = generation;
    void nextTask().then(() => {
      readQueued = false;
      // A flush or a timer read meanwhile took the changes along.
      if (asked === generation && !stopped) run();
    });
  };

  // The callback only collects: all DOM walking waits for the batched read.
  const observer = new MutationObserver((batch) => {
    for (const record of batch) {
      // The reply box's own churn is read from the composer directly, never from records.
      if (!inDraft(record.target)) {
        pageChanged = true;
        if (!recordsDropped) records.push(record);
        if (records.length > MAX_PENDING_RECORDS) {
          recordsDropped = true;
          records = [];
        }
      }
      if (rescan) continue;
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.push(node);
      if (added.length > MAX_PENDING_SUBTREES) rescan = true;
    }
    // The quiet timer restarts on every batch; a draft-only batch keeps the read draft-only.
    poke(pageChanged ? undefined : batch[0]?.target);
  });
  observe(root);
  pageChanged = true;
  // Finding the page's shadow roots walks every element (~25 ms beside a 2,000-message
  // transcript): not in the task of the first read. A change inside a shadow root before it is
  // observed would go unseen, so when the walk finds any, the next read is a whole one.
  void yieldToPage().then(() => {
    if (stopped) return;
    const known = shadowRootsFound.length;
    adoptShadowRoots(root.documentElement);
    if (shadowRootsFound.length === known) return;
    recordsDropped = true;
    records = [];
    poke();
  });

  const readMore = () => {
    const asked = ++generation;
    morePending = true;
    void yieldToPage().then(() => {
      if (asked !== generation || stopped) return;
      // The rest of the transcript is page content, never a draft-only read.
      pageChanged = true;
      run();
    });
  };

  return {
    poke,
    readMore,
    flush() {
      if (morePending) pageChanged = true;
      if (quietTimer !== undefined || morePending || readQueued) run(true);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      clearTimeout(quietTimer);
    },
  };
}

interface TaskScheduler {
  postTask?(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Lets the page's input, rendering and tasks run before the next slice, its timers included: the
 * page goes first, we read when it has nothing more urgent. `scheduler.postTask` at background
 * priority (Chrome 94) runs after every task the page has queued; `scheduler.yield()` would not
 * (its continuation cuts in front of the page's timers: a page timer waited 248 ms behind a
 * 4,000-message read). Elsewhere a MessageChannel message, which queues behind what is already
 * due and, unlike setTimeout(0), is not clamped to 4 ms once nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  // Nobody is in front of a hidden page: its slices need not wait behind its (throttled) tasks.
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (typeof scheduler?.postTask === 'function' && !hidden) return scheduler.postTask(() => undefined, { priority: 'background' });
  return nextTask();
}

/** Resolves in a task of its own, after what is already queued; never throttled like a timer. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
