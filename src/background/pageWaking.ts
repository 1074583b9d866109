// A restarted worker knows no conversation: a panel watching a tab has that tab's page replay.
import { sendToTab } from '../platform/browser';
import type { WorkerToPage } from '../platform/protocol';

export class PageWaking {
  /** Tabs asked to replay, until they turn out not to be desks (or close). */
  private waking = new Set<number>();

  /**
   * Asks the page to replay. Reached: the page connects and says hello next, and until then the
   * tab is still starting. `unreached`: no content script answered (the panel says the page is
   * not supported).
   */
  async wake(tabId: number, unreached: () => void): Promise<void> {
    this.waking.add(tabId);
    const reached = await sendToTab(tabId, { type: 'replay', from: 0 } satisfies WorkerToPage);
    if (reached) return;
    this.waking.delete(tabId);
    unreached();
  }

  isWaking(tabId: number): boolean {
    return this.waking.has(tabId);
  }

  forget(tabId: number): void {
    this.waking.delete(tabId);
  }
}
