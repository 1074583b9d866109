// The engine's view of one helpdesk tab: the conversation open there, its turns applied exactly
// once each, and the latest draft analysis. Lives only in the worker's memory: when Chrome stops
// the worker, the page replays its turns and this is rebuilt.
import type { Conversation, Engine } from '../engine/api';
import { moodDrivers } from '../engine/anger';
import { NO_ANGER, type AngerLevel, type Turn, type TurnResult } from '../engine/types';
import type { LastRead, PageStatus, PageTurns } from '../platform/protocol';

export interface EndedChat {
  peak: number;
  endedAt: number;
}

export type ApplyOutcome =
  | { kind: 'applied'; results: TurnResult[]; ended?: EndedChat }
  /** The page skipped turns we never saw (the worker restarted): ask it to resend from `from`. */
  | { kind: 'gap'; from: number };

export class TabConversation {
  status: PageStatus = 'no-chat';
  site: string | undefined;
  siteName: string | undefined;
  url: string | undefined;
  lastRead: LastRead | undefined;
  conversationKey: string | undefined;
  pageCustomerName: string | undefined;
  private conversation: Conversation | undefined;
  private turns: Turn[] = [];
  private levels: number[] = [];
  private draftText = '';
  private drivers: string[] = [];

  constructor(private readonly engine: () => Engine) {}

  applyTurns(message: PageTurns, now: number): ApplyOutcome {
    let ended: EndedChat | undefined;
    if (message.conversationKey !== this.conversationKey && this.conversation) ended = this.heatedEnding(now);
    if (message.from === 0) this.restart(message);
    else if (message.conversationKey !== this.conversationKey || message.from > this.turns.length) {
      return { kind: 'gap', from: message.conversationKey === this.conversationKey ? this.turns.length : 0 };
    }
    if (message.customerName !== undefined) this.setPageCustomerName(message.customerName);

    const results: TurnResult[] = [];
    message.turns.forEach((turn, i) => {
      // Overlapping resends are normal after reconnects: each index is applied once.
      if (message.from + i < this.turns.length) return;
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

  turnAt(index: number): Turn | undefined {
    return this.turns[index];
  }

  get turnCount(): number {
    return this.turns.length;
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
    const draft = this.draftText;
    this.restart({ conversationKey: key, site: this.site, customerName: this.pageCustomerName });
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
    this.turns.push(turn);
    if (turn.speaker === 'customer' && !turn.typing) {
      this.levels.push(result.conversation.level);
      this.drivers = moodDrivers(result.explain ?? []);
    }
    return result;
  }
}
