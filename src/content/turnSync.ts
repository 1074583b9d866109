// Keeps the worker's copy of the conversation's turns in step with the tracker, sending only what
// the worker lacks: a long chat is not copied on every message.
import type { ConversationTracker } from './conversationTracker';
import type { WorkerLink } from './workerLink';

export class TurnSync {
  /** Turns the worker holds (as far as this page knows). */
  private sent = 0;
  /** The worker must start this conversation over from turn 0 (new session, edit, fresh worker). */
  private restart = true;

  constructor(private readonly link: WorkerLink) {}

  /** The worker's copy is gone or wrong: the next sync sends every turn, from 0. */
  startOver(): void {
    this.sent = 0;
    this.restart = true;
  }

  /** The worker lost (part of) the conversation: the next sync resends from where it is. */
  replayFrom(from: number): void {
    this.sent = Math.min(this.sent, from);
    this.restart ||= this.sent === 0;
  }

  sync(tracker: ConversationTracker, site: string | undefined): void {
    const key = tracker.conversationKey;
    // ensure() first: opening a fresh port replays everything by itself.
    if (key === undefined || !this.link.ensure()) return;
    const total = tracker.turnCount;
    if (!this.restart && this.sent >= total) return;
    const from = this.sent;
    this.sent = total;
    this.restart = false;
    this.link.post({ type: 'turns', conversationKey: key, site, customerName: tracker.customerName, from, turns: tracker.turnsFrom(from), total });
  }
}
