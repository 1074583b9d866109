// Batches the page's DOM churn into few reads. Helpdesks mutate constantly (timestamps, presence
// dots, hover states); reading on every mutation would cost the page, reading on a timer would
// add latency. A read runs QUIET_MS after the last mutation, and at least every MAX_WAIT_MS while
// mutations keep coming.

const QUIET_MS = 60;
const MAX_WAIT_MS = 250;

// Attributes that desks toggle to show or hide things (typing indicator, edited markers).
const WATCHED_ATTRIBUTES = ['class', 'hidden', 'style', 'aria-hidden', 'data-message-id'];

export interface ReadScheduler {
  /** Asks for a read soon (e.g. on `input` in a textarea, which mutates no DOM). */
  poke(): void;
  stop(): void;
}

export function scheduleReads(root: Node, read: () => void): ReadScheduler {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;

  const run = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    firstPendingAt = undefined;
    read();
  };

  const poke = () => {
    const now = performance.now();
    firstPendingAt ??= now;
    clearTimeout(quietTimer);
    const waited = now - firstPendingAt;
    quietTimer = setTimeout(run, Math.max(0, Math.min(QUIET_MS, MAX_WAIT_MS - waited)));
  };

  const observer = new MutationObserver(poke);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  return {
    poke,
    stop() {
      observer.disconnect();
      clearTimeout(quietTimer);
    },
  };
}
