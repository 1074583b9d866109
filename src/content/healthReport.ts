// What the content script tells the worker (and the options page) about the adapter's health:
// which parts of the page the latest read found. Kept apart from reading so that the session
// only says "a read happened"; this decides whether that changes what was said.
import { readingHealth, type ReadingHealth } from '../adapters/readingHealth';
import type { ChatSnapshot } from '../adapters/types';

export class HealthReport {
  /** The latest health; undefined where no adapter reads the page. */
  current: ReadingHealth | undefined;
  /** The conversation the customer was seen typing in: the indicator shows only while they type. */
  private typingSeenIn: string | undefined;
  /** What the worker was last told (JSON), so a read that changes nothing sends nothing. */
  private told = '';

  /**
   * Takes one read. `lost`: the transcript read so far is gone; within the grace period (not
   * `stalled` yet) that may be a re-render, so the last word stands. True when the health changed
   * since it was last told.
   */
  note(read: { adapter: boolean; snapshot: ChatSnapshot | null; lost: boolean; stalled: boolean }): boolean {
    if (read.lost && !read.stalled) return false;
    if (!read.adapter) {
      this.current = undefined;
    } else {
      const snapshot = read.lost ? null : read.snapshot;
      if (snapshot?.customerTyping) this.typingSeenIn = snapshot.conversationKey;
      this.current = readingHealth(snapshot, snapshot !== null && this.typingSeenIn === snapshot.conversationKey);
    }
    return JSON.stringify(this.current ?? null) !== this.told;
  }

  /** The health to send now; remembered as told. */
  tell(): ReadingHealth | undefined {
    this.told = JSON.stringify(this.current ?? null);
    return this.current;
  }
}
