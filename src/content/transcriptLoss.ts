// Notices when the transcript being read goes away on the same address: a desk re-rendering
// takes it away for a moment, a desk that changed its markup takes it away for good.
import type { ChatSnapshot } from '../adapters/types';
import type { PageStatus } from '../platform/protocol';
import type { ConversationTracker } from './conversationTracker';

// Gone longer than this, reading stalled (a re-render brings the transcript back sooner).
const STALL_GRACE_MS = 1_500;

export class TranscriptLoss {
  /** The address of the last read that found the conversation. */
  private readUrl = '';
  /** Since when the transcript being read is gone or empty (same address, same conversation). */
  private lostSince: number | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;

  /** `lookAgain`: read the page once the grace period is over (nothing may change on it meanwhile). */
  constructor(private readonly lookAgain: () => void) {}

  /**
   * The transcript this page was reading (same address, same conversation) is gone, or there but
   * without a single message where the tracker holds some: not a conversation that ended.
   */
  isLost(read: ChatSnapshot | null, previousStatus: PageStatus, tracker: ConversationTracker): boolean {
    if (previousStatus !== 'reading' && previousStatus !== 'stalled') return false;
    if (this.readUrl !== location.href) return false;
    if (!read) return true;
    return read.messages.length === 0 && read.conversationKey === tracker.conversationKey && tracker.lastMessage() !== undefined;
  }

  /** Lost for longer than the grace period; the first time, a look after the grace period is booked. */
  stalled(): boolean {
    const now = Date.now();
    if (this.lostSince === undefined) {
      this.lostSince = now;
      this.graceTimer = setTimeout(() => {
        this.graceTimer = undefined;
        this.lookAgain();
      }, STALL_GRACE_MS);
    }
    return now - this.lostSince >= STALL_GRACE_MS;
  }

  /** This read lost nothing; `found`: it read the conversation, at this address. */
  notLost(found: boolean): void {
    this.stop();
    this.lostSince = undefined;
    if (found) this.readUrl = location.href;
  }

  stop(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }
}
