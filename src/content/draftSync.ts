// Sends the agent's draft to the worker once typing pauses, and only when it changed.
import type { WorkerLink } from './workerLink';

// The agent is mid-word most of the time: analyse the draft once typing pauses.
const DRAFT_PAUSE_MS = 250;

/** What the draft belongs to and says, as last read. */
export interface DraftNow {
  conversationKey: string | undefined;
  draft: string;
}

export class DraftSync {
  /** The draft the worker has (undefined: it may have none, or another conversation's). */
  private sent: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `wrap`: the page's guard around the timer's callback. */
  constructor(
    private readonly link: WorkerLink,
    private readonly now: () => DraftNow,
    private readonly wrap: (fn: () => void) => () => void,
  ) {}

  /** The worker has no draft for this conversation: the next sync sends it even unchanged. */
  startOver(): void {
    this.sent = undefined;
  }

  /** `draft` was read: sync it once typing pauses. */
  schedule(draft: string): void {
    if (draft === this.sent) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.wrap(() => this.sync()), DRAFT_PAUSE_MS);
  }

  sync(): void {
    const { conversationKey, draft } = this.now();
    if (conversationKey === undefined || !this.link.ensure() || draft === this.sent) return;
    this.sent = draft;
    this.link.post({ type: 'draft', conversationKey, text: draft });
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
