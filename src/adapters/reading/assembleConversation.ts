// Turns the readings of the message elements, in page order, into the snapshot's messages:
// keys, authors carried over a run, oldest first. When the list only grew at its end, the new
// messages are appended to the previous assembly, so a read in a 2,000-message chat costs about
// what it costs in a 20-message one.
import { MessageKeys } from '../messageKey';
import type { ReadMessage } from '../types';
import type { MessageReading } from './readMessage';

/** Where the readings come from, and when to stop reading elements not read before. */
export interface ReadingSource {
  readingOf(element: Element): MessageReading | null;
  /** Whether to leave `element` and those after it to the next read (out of time, and not read before). */
  stopsBefore(element: Element): boolean;
}

/**
 * The messages of a read in page order, with what appending to them needs: the key counter,
 * where the last run of one speaker starts (appending may extend it), and the raw readings.
 */
interface Assembled {
  /** Message elements covered (some read as nothing). */
  count: number;
  /** Page order; `reversed` says the snapshot shows them the other way round. */
  messages: ReadMessage[];
  readings: MessageReading[];
  keys: MessageKeys;
  reversed: boolean;
  /** Read while the transcript was shown (its readings are kept). */
  remembered: boolean;
}

export class ConversationAssembly {
  private assembled: Assembled | undefined;

  /** How many message elements the last assembly covered: fewer than the list when reading stopped early. */
  get count(): number {
    return this.assembled?.count ?? 0;
  }

  forget(): void {
    this.assembled = undefined;
  }

  /**
   * The messages, oldest first. `appended`: only new elements came at the end of the list since
   * the last assembly, and the ones before still say the same. `remembered`: the readings are
   * kept (the transcript is shown), so a later read may build on this one. Reads at least one
   * message that says something, so reading ends.
   */
  assemble(elements: readonly Element[], source: ReadingSource, appended: boolean, remembered: boolean): ReadMessage[] {
    const previous = this.assembled;
    // What was assembled while the pane was hidden is not built on.
    if (appended && previous?.remembered && previous.count <= elements.length) {
      const added = readFrom(elements, previous.count, source);
      const grown = appendTo(previous, added, previous.count + added.length);
      if (grown) {
        this.assembled = grown;
        return grown.messages.slice();
      }
    }
    const readings = readFrom(elements, 0, source);
    this.assembled = assembleFresh(readings, readings.length);
    this.assembled.remembered = remembered;
    const messages = this.assembled.messages.slice();
    if (this.assembled.reversed) messages.reverse();
    return messages;
  }
}

/** Readings of the elements from `from` on, as many as the source allows (at least one message). */
function readFrom(elements: readonly Element[], from: number, source: ReadingSource): (MessageReading | null)[] {
  const readings: (MessageReading | null)[] = [];
  let said = false;
  for (let i = from; i < elements.length; i++) {
    const element = elements[i]!;
    if (said && source.stopsBefore(element)) break;
    const reading = source.readingOf(element);
    readings.push(reading);
    said ||= reading !== null;
  }
  return readings;
}

function messageOf(reading: MessageReading, key: string): ReadMessage {
  const message: ReadMessage = { key, speaker: reading.speaker, text: reading.text };
  if (reading.at !== undefined) message.at = reading.at;
  if (reading.author) message.author = reading.author;
  return message;
}

function assembleFresh(readings: (MessageReading | null)[], count: number): Assembled {
  const keys = new MessageKeys();
  const kept = readings.filter((r): r is MessageReading => r !== null);
  const messages = kept.map((r) => messageOf(r, keys.keyForBase(r.keyBase)));
  fillAuthorsWithinRuns(messages, 0);
  return { count, messages, readings: kept, keys, reversed: newestFirst(messages), remembered: false };
}

/** `previous` plus messages read from elements after it; undefined when a whole assembly is needed. */
function appendTo(previous: Assembled, added: (MessageReading | null)[], count: number): Assembled | undefined {
  if (previous.reversed) return undefined;
  const fresh = added.filter((r): r is MessageReading => r !== null);
  if (!fresh.length) return { ...previous, count };
  const runStart = lastRunStart(previous.messages);
  // The last run is rebuilt from raw readings: a new name in it may undo a name carried over it.
  const messages = previous.messages.slice(0, runStart);
  for (let i = runStart; i < previous.messages.length; i++) messages.push(messageOf(previous.readings[i]!, previous.messages[i]!.key));
  for (const reading of fresh) messages.push(messageOf(reading, previous.keys.keyForBase(reading.keyBase)));
  fillAuthorsWithinRuns(messages, runStart);
  const readings = previous.readings.concat(fresh);
  // Newest-first lists get new messages on top, not here; a list that now reads newest first is re-assembled.
  if (newestFirst(messages)) return undefined;
  return { count, messages, readings, keys: previous.keys, reversed: false, remembered: true };
}

function lastRunStart(messages: ReadMessage[]): number {
  let start = messages.length;
  while (start > 0 && messages[start - 1]!.speaker === messages[messages.length - 1]!.speaker) start--;
  return start;
}

/**
 * Crisp names the sender on the last message of a run only, Chatwoot on the last of a group:
 * a run of one speaker with exactly one named author gets that name throughout.
 */
function fillAuthorsWithinRuns(messages: ReadMessage[], from: number): void {
  let start = from;
  while (start < messages.length) {
    const speaker = messages[start]!.speaker;
    let end = start;
    let name: string | undefined;
    let severalNames = false;
    for (; end < messages.length && messages[end]!.speaker === speaker; end++) {
      const author = messages[end]!.author;
      if (!author) continue;
      if (name === undefined) name = author;
      else if (author !== name) severalNames = true;
    }
    if (name !== undefined && !severalNames && speaker !== 'system') {
      for (let i = start; i < end; i++) messages[i]!.author ??= name;
    }
    start = end;
  }
}

/** Help Scout (by default) lists the newest thread first; the engine wants a conversation in order. */
function newestFirst(messages: ReadMessage[]): boolean {
  if (messages.length < 2) return false;
  for (let i = 0; i < messages.length; i++) {
    const at = messages[i]!.at;
    if (at === undefined || (i > 0 && at > messages[i - 1]!.at!)) return false;
  }
  return messages[0]!.at! > messages[messages.length - 1]!.at!;
}
