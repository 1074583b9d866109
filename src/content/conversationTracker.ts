// Turns successive reads of a chat page into the turn stream the engine expects.
// Pure: no DOM. Helpdesks re-render freely (virtualised lists drop and re-add messages, history
// loads at the top, messages get edited), so identity is the adapter's message key, never position.
import type { Speaker, Turn } from '../engine';

export interface ReadMessage {
  key: string;
  speaker: Speaker;
  text: string;
  at?: string | number;
  author?: string;
}

/**
 * The part of an adapter's ChatSnapshot that makes turns. A reader hands out each message
 * object once and never changes it afterwards (adapters/reading/assembleConversation.ts makes
 * new ones), so the same object in the same place as last read is the same message, unchanged.
 */
export interface ReadConversation {
  conversationKey: string;
  customerName?: string;
  messages: readonly ReadMessage[];
  customerTyping: boolean;
  /** The reader stopped at its time budget: these are the oldest messages, more follow. */
  moreToRead?: boolean;
}

/**
 * What changed since the last read. `restart`: the history itself changed (new conversation,
 * an edit, older messages loaded above) and the engine must replay all turns; `append`: only
 * new turns at the end.
 */
export type TurnChange =
  | { kind: 'none' }
  | { kind: 'append'; from: number }
  | { kind: 'restart'; newConversation: boolean };

interface Entry {
  /** null for typing events, which have no message on the page. */
  key: string | null;
  turn: Turn;
}

// Equal strings first: a long chat compares every message on every read.
const sameText = (a: string, b: string) => a === b || a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Only absolute times help the engine; a desk's "6:31 PM" label does not. */
function absoluteTime(at: string | number | undefined): string | number | undefined {
  if (typeof at === 'number') return Number.isFinite(at) ? at : undefined;
  if (typeof at === 'string' && /\d{4}-\d{2}-\d{2}/.test(at) && !Number.isNaN(Date.parse(at))) return at;
  return undefined;
}

/**
 * History found on the page keeps the page's own time. Live turns are stamped when we see them:
 * typing events have no page time at all, and the interruption checks compare a typing event
 * with the next message, so both must come from the same clock (ours, not the desk server's).
 */
function toTurn(message: ReadMessage, at: string | number | undefined): Turn {
  const turn: Turn = { speaker: message.speaker, text: message.text };
  if (at !== undefined) turn.at = at;
  if (message.author) turn.author = message.author;
  return turn;
}

export class ConversationTracker {
  private key: string | undefined;
  private entries: Entry[] = [];
  private indexByKey = new Map<string, number>();
  private typing = false;
  private name: string | undefined;
  /** The previous read's messages, in page order: to skip what it already held. */
  private previousMessages: readonly ReadMessage[] = [];
  /**
   * The first read of this conversation comes in slices: until the last one, messages found at
   * the end are history on the page (page time, not "seen now") and typing waits for the end.
   */
  private readingHistory = false;

  get conversationKey(): string | undefined {
    return this.key;
  }

  get customerName(): string | undefined {
    return this.name;
  }

  turns(): Turn[] {
    return this.entries.map((e) => e.turn);
  }

  get turnCount(): number {
    return this.entries.length;
  }

  /** The turns from index `from` on: what the worker has not seen yet, without copying the rest. */
  turnsFrom(from: number): Turn[] {
    return this.entries.slice(from).map((e) => e.turn);
  }

  /** The newest message turn (not typing events): what the panel shows when reading stops. */
  lastMessage(): Turn | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i]!.key !== null) return this.entries[i]!.turn;
    return undefined;
  }

  /** Applies one read; `now` stamps live turns whose page time is unknown. */
  apply(read: ReadConversation, now: number): TurnChange {
    this.name = read.customerName?.trim() || this.name;
    if (read.conversationKey !== this.key) return this.startConversation(read, now);

    const before = this.entries.length;
    let historyChanged = false;
    // Only needed to tell an edit from a new message, which is rare: built on first use.
    let present: Set<string> | undefined;
    const presentKeys = () => (present ??= new Set(read.messages.map((m) => m.key)));
    // A long chat's next read is the last one plus a message: what it shares with the last read
    // (the same objects, in the same places) is known and unchanged, and is not looked at again.
    const messages = read.messages;
    const previous = this.previousMessages;
    let same = 0;
    while (same < messages.length && same < previous.length && messages[same] === previous[same]) same++;
    // Messages that have a known message after them on the page were loaded above (history),
    // not sent just now.
    const knownAfter = new Array<boolean>(messages.length);
    let seenKnown = false;
    for (let i = messages.length - 1; i >= same; i--) {
      knownAfter[i] = seenKnown;
      if (this.indexByKey.has(messages[i]!.key)) seenKnown = true;
    }

    let insertAt = same > 0 ? (this.indexByKey.get(messages[same - 1]!.key) ?? -1) + 1 : 0;
    for (let i = same; i < messages.length; i++) {
      const message = messages[i]!;
      const indexed = this.indexByKey.get(message.key);
      const known = indexed ?? this.replacedInPlace(read.messages, i, presentKeys());
      if (known !== undefined) {
        const entry = this.entries[known]!;
        if (indexed === undefined) this.indexByKey.set(message.key, known);
        if (!sameText(entry.turn.text ?? '', message.text)) {
          entry.turn = { ...entry.turn, text: message.text };
          historyChanged = true;
        }
        insertAt = known + 1;
      } else if (knownAfter[i]) {
        this.entries.splice(insertAt, 0, { key: message.key, turn: toTurn(message, absoluteTime(message.at)) });
        this.reindex();
        insertAt += 1;
        historyChanged = true;
      } else {
        this.push(message.key, toTurn(message, this.readingHistory ? absoluteTime(message.at) : now));
      }
    }
    this.rememberMessages(messages);

    if (this.readingHistory) {
      if (!read.moreToRead) this.endHistory(read, now);
    } else {
      if (read.customerTyping && !this.typing) this.insertTypingEvent(before, now);
      this.typing = read.customerTyping;
    }

    if (historyChanged) return { kind: 'restart', newConversation: false };
    return this.entries.length > before ? { kind: 'append', from: before } : { kind: 'none' };
  }

  /**
   * Desks without message ids key a message by its text, so an edit looks like a new message.
   * When a new message sits exactly where a message of the same speaker vanished — right after
   * the turn of the message before it (for the top message: right before the turn of the one
   * after it) — it is that message, edited. Edits next to each other chain: an edited message is
   * known by its new key by the time the next one is looked at. Virtualised lists drop messages
   * from the top and load history above the first turn, where no vanished turn sits next to a
   * known neighbour, so they do not match.
   */
  private replacedInPlace(messages: readonly ReadMessage[], i: number, present: ReadonlySet<string>): number | undefined {
    const predecessor = messages[i - 1]?.key;
    // The common case, a message after the last one read before: nothing vanished after it.
    if (predecessor !== undefined && predecessor === this.previousMessages[this.previousMessages.length - 1]?.key) return undefined;
    const neighbour = this.indexByKey.get(predecessor ?? messages[i + 1]?.key ?? '');
    let candidate: number | undefined;
    if (neighbour !== undefined) {
      const step = predecessor !== undefined ? 1 : -1;
      candidate = neighbour + step;
      while (this.entries[candidate]?.key === null) candidate += step; // typing events sit between messages
    } else if (messages.length === this.previousMessages.length) {
      // No known neighbour (a message alone on the page): the same place in a read of the same length.
      candidate = this.indexByKey.get(this.previousMessages[i]!.key);
    }
    const entry = candidate === undefined ? undefined : this.entries[candidate];
    if (!entry?.key || present.has(entry.key) || entry.turn.speaker !== messages[i]!.speaker) return undefined;
    return candidate;
  }

  /**
   * Typing that started in the same read as new messages: a customer message ends typing, so
   * the typing event goes after the newest customer message of this read, before any agent
   * reply that followed it (the interruption checks depend on that order).
   */
  private insertTypingEvent(firstNew: number, now: number): void {
    let at = firstNew;
    for (let i = this.entries.length - 1; i >= firstNew; i--) {
      if (this.entries[i]!.turn.speaker === 'customer') {
        at = i + 1;
        break;
      }
    }
    this.entries.splice(at, 0, { key: null, turn: { speaker: 'customer', typing: true, at: now } });
    this.reindex();
  }

  private startConversation(read: ReadConversation, now: number): TurnChange {
    this.key = read.conversationKey;
    this.entries = [];
    this.indexByKey.clear();
    this.name = read.customerName?.trim() || undefined;
    // History already on the page when we arrive.
    for (const message of read.messages) {
      if (!this.indexByKey.has(message.key)) this.push(message.key, toTurn(message, absoluteTime(message.at)));
    }
    this.rememberMessages(read.messages);
    this.readingHistory = true;
    this.typing = false;
    if (!read.moreToRead) this.endHistory(read, now);
    return { kind: 'restart', newConversation: true };
  }

  /** The whole history is read: typing shown now goes after it, and later messages are live. */
  private endHistory(read: ReadConversation, now: number): void {
    this.readingHistory = false;
    this.typing = read.customerTyping;
    if (read.customerTyping) this.push(null, { speaker: 'customer', typing: true, at: now });
  }

  /** The read's own array is kept (readers hand out a new one per read), not copied. */
  private rememberMessages(messages: readonly ReadMessage[]): void {
    this.previousMessages = messages;
  }

  private push(key: string | null, turn: Turn): void {
    if (key !== null) this.indexByKey.set(key, this.entries.length);
    this.entries.push({ key, turn });
  }

  private reindex(): void {
    this.indexByKey.clear();
    this.entries.forEach((e, i) => e.key !== null && this.indexByKey.set(e.key, i));
  }
}
