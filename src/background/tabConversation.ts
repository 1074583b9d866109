// The engine's view of one helpdesk tab: the conversation open there, its turns applied exactly
// once each, and the latest draft analysis. Lives only in the worker's memory: when Chrome stops
// the worker, the page replays its turns and this is rebuilt.
import { type AngerLevel, type Conversation, type Engine, moodDrivers, NO_ANGER, type Turn, type TurnResult } from '../engine';
import type { LastRead, PageStatus, PageTurns, ReadingHealth } from '../platform/protocol';

export interface EndedChat {
  peak: number;
  endedAt: number;
}

export type ApplyOutcome =
  | { kind: 'applied'; results: TurnResult[]; ended?: EndedChat }
  /** The page skipped turns we never saw (the worker restarted): ask it to resend from `from`. */
  | { kind: 'gap'; from: number };

/**
 * What one conversation may hold in the worker's memory: a desk left open for days, or a page
 * that keeps adding messages, must not grow the worker without end. Past either bound the oldest
 * turns' text goes first; the engine keeps its own bounded state, so the open flags stay.
 */
export const HELD_TURNS = 2_000;
export const HELD_CHARACTERS = 400_000;
/** Anger levels kept for the meter's trend line (it draws the last 30). */
const HELD_LEVELS = 100;

export class TabConversation {
  status: PageStatus = 'no-chat';
  site: string | undefined;
  siteName: string | undefined;
  url: string | undefined;
  lastRead: LastRead | undefined;
  reading: ReadingHealth | undefined;
  conversationKey: string | undefined;
  pageCustomerName: string | undefined;
  private conversation: Conversation | undefined;
  /** The newest turns, from index `dropped` on; older ones are counted, not held. */
  private turns: Turn[] = [];
  private dropped = 0;
  private heldCharacters = 0;
  /** The page's index of the engine's turn 0 (after a re-run that could only replay what was held). */
  private engineBase = 0;
  private levels: number[] = [];
  private draftText = '';
  private drivers: string[] = [];

  constructor(private readonly engine: () => Engine) {}

  applyTurns(message: PageTurns, now: number): ApplyOutcome {
    let ended: EndedChat | undefined;
    if (message.conversationKey !== this.conversationKey && this.conversation) ended = this.heatedEnding(now);
    if (message.from === 0) this.restart(message);
    else if (message.conversationKey !== this.conversationKey || message.from > this.turnCount) {
      return { kind: 'gap', from: message.conversationKey === this.conversationKey ? this.turnCount : 0 };
    }
    if (message.customerName !== undefined) this.setPageCustomerName(message.customerName);

    const results: TurnResult[] = [];
    message.turns.forEach((turn, i) => {
      // Overlapping resends are normal after reconnects: each index is applied once.
      if (message.from + i < this.turnCount) return;
      results.push(this.add(turn));
    });
    return { kind: 'applied', results, ended };
  }

  /** The engine keeps the latest draft's flags among the open ones; an empty draft clears them. */
  previewDraft(text: string): void {
    this.draftText = text;
    this.conversation?.previewDraft(text, Date.now());
  }

  get live(): Conversation | undefined {
    return this.conversation;
  }

  get draftInComposer(): string {
    return this.draftText;
  }

  /** The turn the engine numbered `index` (flags name turns so), while its text is still held. */
  turnAt(index: number): Turn | undefined {
    const held = index + this.engineBase - this.dropped;
    return held >= 0 ? this.turns[held] : undefined;
  }

  get turnCount(): number {
    return this.dropped + this.turns.length;
  }

  /** Characters of turn text held (bounded by HELD_CHARACTERS). */
  get heldText(): number {
    return this.heldCharacters;
  }

  get levelHistory(): number[] {
    return this.levels;
  }

  /** What drove the latest customer message's mood ("waiting: 'on hold for 45 mins…'", "repeat contact", "“useless”"). */
  get angerDrivers(): string[] {
    return this.drivers;
  }

  level(): AngerLevel {
    return this.conversation?.level() ?? NO_ANGER;
  }

  /**
   * The tab closed or the page left the chat: was it one to recover from? A chat counts as heated
   * when its smoothed anger peaked at the rules' `heatedLevel`; this covers a switch of chats
   * without the desk writing a "chat ended" line, which is when the engine's breather check fires.
   */
  heatedEnding(now: number): EndedChat | undefined {
    const { peak, heatedLevel } = this.level();
    return peak >= heatedLevel ? { peak, endedAt: now } : undefined;
  }

  /**
   * The rules changed (policy edited, a rule switched off): analyse the turns held again on the
   * engine now in force. A fresh conversation, so no flag is raised twice; the draft too.
   */
  rerun(): void {
    const key = this.conversationKey;
    if (!this.conversation || key === undefined) return;
    const turns = this.turns;
    const dropped = this.dropped;
    const draft = this.draftText;
    this.restart({ conversationKey: key, site: this.site, customerName: this.pageCustomerName });
    // Only what is held can be read again; the page's numbering carries on after it.
    this.dropped = this.engineBase = dropped;
    for (const turn of turns) this.add(turn);
    if (draft) this.previewDraft(draft);
  }

  private restart(message: Pick<PageTurns, 'conversationKey' | 'site' | 'customerName'>): void {
    this.conversationKey = message.conversationKey;
    this.site = message.site ?? this.site;
    this.pageCustomerName = message.customerName;
    this.conversation = this.engine().startConversation({
      id: message.conversationKey,
      site: message.site,
      customer: message.customerName ? { name: message.customerName } : undefined,
    });
    this.turns = [];
    this.dropped = 0;
    this.heldCharacters = 0;
    this.engineBase = 0;
    this.levels = [];
    this.drivers = [];
    this.draftText = '';
  }

  private setPageCustomerName(name: string): void {
    if (name === this.pageCustomerName) return;
    this.pageCustomerName = name;
    this.conversation?.setCustomerName(name);
  }

  private add(turn: Turn): TurnResult {
    const result = this.conversation!.addTurn(turn);
    this.hold(turn);
    if (turn.speaker === 'customer' && !turn.typing) {
      this.levels.push(result.conversation.level);
      if (this.levels.length > HELD_LEVELS) this.levels.shift();
      this.drivers = moodDrivers(result.explain ?? []);
    }
    return result;
  }

  private hold(turn: Turn): void {
    this.turns.push(turn);
    this.heldCharacters += turn.text?.length ?? 0;
    while (this.turns.length > 1 && (this.turns.length > HELD_TURNS || this.heldCharacters > HELD_CHARACTERS)) {
      this.heldCharacters -= this.turns.shift()!.text?.length ?? 0;
      this.dropped++;
    }
  }
}
