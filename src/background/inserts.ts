// Suggestions going into a desk tab's reply box, and how the last one went there.
import { sendToTab, type Port } from '../platform/browser';
import type { PanelState, WorkerToPage } from '../platform/protocol';

type InsertOutcome = NonNullable<PanelState['lastInsert']>;

export class Inserts {
  private requests = 0;
  private outcomes = new Map<number, InsertOutcome>();

  /** Through the page's port when it has one, else as a one-off message (a worker that just woke). */
  send(tabId: number, page: Port | undefined, text: string, replace = false): void {
    const request: WorkerToPage = { type: 'insert', requestId: ++this.requests, text, ...(replace ? { replace } : {}) };
    if (page) page.postMessage(request);
    else void sendToTab(tabId, request);
  }

  /** The page said how the insert went. */
  noteOutcome(tabId: number, outcome: { ok: boolean; reason?: string }, now: number): void {
    this.outcomes.set(tabId, { ok: outcome.ok, reason: outcome.reason, at: now });
  }

  last(tabId: number): InsertOutcome | undefined {
    return this.outcomes.get(tabId);
  }

  forget(tabId: number): void {
    this.outcomes.delete(tabId);
  }
}
