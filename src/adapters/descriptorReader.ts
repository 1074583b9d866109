// Reads any helpdesk page described as CONTRACTS §4 data. Built-in desks are the same
// descriptors plus a few hooks, so an admin's descriptor gets exactly the semantics ours do.
import type { SiteDescriptor, Speaker } from '../engine/types';
import {
  closestSafely,
  closestWithin,
  composedContains,
  composedOrder,
  composedParent,
  editableText,
  isShown,
  matchesSafely,
  outermostOnly,
  queryAllDeep,
  queryFirstDeep,
  queryShownDeep,
  readableText,
  ShadowRoots,
} from './dom';
import { desksOwnMessageId, messageKeyBase, MessageKeys } from './messageKey';
import type { ChatSnapshot, MessageContext, PageChanges, ReadBudget, ReadHooks, ReadMessage } from './types';

const ELEMENT_NODE = 1;
/**
 * How long one read may spend reading messages before it hands back the oldest part of the
 * transcript (`moreToRead`) and lets the page run: a page that opens with 2,000 messages would
 * otherwise be one task of ~100 ms. Well under the 50 ms of a long task, with room for the rest
 * of the read (collecting elements, the tracker, posting turns).
 */
export const READ_SLICE_MS = 8;

/** The content script's budget, on the page's clock. */
export const PAGE_READ_BUDGET: ReadBudget = { sliceMs: READ_SLICE_MS, now: () => performance.now() };
/** No budget: everything in one read. */
export const WHOLE_READ: ReadBudget = { sliceMs: Infinity, now: () => 0 };

/** A hook that throws is a hook with no answer: the page must never break the reader. */
function ask<T>(question: () => T): T | undefined {
  try {
    return question();
  } catch {
    return undefined;
  }
}

/** One read of a whole page, remembering nothing: the public, stateless form (never sliced). */
export function readWithDescriptor(doc: Document, descriptor: SiteDescriptor, hooks: ReadHooks = {}): ChatSnapshot | null {
  return new DescriptorReader(descriptor, hooks, WHOLE_READ).read(doc);
}

/** What one message element says, independent of the other messages (its key base included). */
interface MessageReading {
  /** The customer's name the message was read under (hooks may read sides from it). */
  customerName: string | undefined;
  keyBase: string;
  speaker: Speaker;
  text: string;
  at?: number;
  author?: string;
}

/** What the shell's mutation records mean for the transcript read last time. */
interface ChangeSummary {
  /** Something outside the transcript changed: panes, header, typing row, the transcript itself. */
  outside: boolean;
  /** Inside the transcript, something other than whole messages came or went (rows, wrappers, text). */
  rows: boolean;
  /** Messages came or went. */
  listChanged: boolean;
  /** Known messages with a change inside them. */
  dirty: Set<Element>;
  /** Elements added between the transcript and its messages (new messages, groups of them). */
  added: Element[];
  /** Some element at list level was removed. */
  removed: boolean;
  /** A wrapper between the transcript and its messages changed attributes (sides are read from ancestors). */
  wrappers: Element[];
}

/**
 * Reads a page described by one descriptor, and remembers what it read: the transcript, its
 * message elements in page order, and what each message element said (kept until a mutation
 * inside it). Given the shell's mutation records, a read touches only what they touch; a long
 * chat then costs per new message what one message costs, not what the whole transcript does.
 */
export class DescriptorReader {
  private scope: ParentNode | null = null;
  private transcript: Element | null = null;
  private shadows: ShadowRoots | undefined;
  /** Message elements in page order (typing rows excluded; elements that read as nothing kept). */
  private elements: Element[] = [];
  private known = new Set<Element>();
  private readings = new WeakMap<Element, MessageReading | null>();
  private customerNameOnPage: string | undefined;
  /** Readings dropped by this read's changes, as they were: an unchanged re-read changes nothing. */
  private rereads = new Map<Element, MessageReading | null | undefined>();
  /** The list only grew at its end since the previous read (the common case: a new message). */
  private appendedOnly = false;
  private assembled: Assembled | undefined;
  private markerShown = false;
  private customerTyping = false;
  private composer: HTMLElement | null = null;
  /** When this read stops reading messages it has not read before (on the budget's clock). */
  private deadline = Infinity;

  /**
   * `budget`: the time one read may spend; past it the snapshot holds the oldest messages read
   * so far, says `moreToRead`, and the next read (with the changes since) goes on from there.
   * WHOLE_READ reads everything at once. At least one message is read per read, so reading ends.
   */
  constructor(
    private readonly d: SiteDescriptor,
    private readonly hooks: ReadHooks = {},
    private readonly budget: ReadBudget = PAGE_READ_BUDGET,
    /** The page's shadow roots, found afresh for a whole read (a chain of readers shares one walk). */
    private readonly findShadowRoots = (doc: Document) => ShadowRoots.under(doc),
  ) {}

  /** Without `changes`, the whole page is read again and nothing remembered is trusted. */
  read(doc: Document, changes?: PageChanges): ChatSnapshot | null {
    this.deadline = this.budget.now() + this.budget.sliceMs;
    try {
      return this.readPage(doc, changes);
    } catch {
      this.forget();
      return null;
    }
  }

  /** `keepReadings`: every change since they were made was seen, so what each message said still holds. */
  private forget(keepReadings = false): void {
    this.scope = null;
    this.transcript = null;
    if (!keepReadings) {
      this.shadows = undefined;
      this.readings = new WeakMap();
    }
    this.elements = [];
    this.known = new Set();
    this.rereads.clear();
    this.assembled = undefined;
  }

  private readPage(doc: Document, changes: PageChanges | undefined): ChatSnapshot | null {
    const { d, hooks } = this;
    const scope = hooks.scope ? ask(() => hooks.scope!(doc)) : doc;
    if (!scope) {
      this.forget();
      return null;
    }
    // Without a complete account of the changes, nothing remembered can be trusted.
    if (!changes || !this.shadows) return this.readAll(doc, scope, false);
    for (const shadow of changes.shadowRoots) this.shadows.add(shadow);
    const summary =
      this.transcript && scope === this.scope && this.transcript.isConnected ? this.summarise(changes) : undefined;
    // Another conversation (or pane) is a whole read, but messages read before and untouched
    // since (a ticket tab the agent comes back to) keep what they said.
    if (!summary) return this.readAllAfter(doc, scope, changes);

    if (summary.outside) {
      // The visible transcript may be another element now (a pane shown, a route change).
      const transcript = queryShownDeep(scope, d.transcript, this.shadows);
      if (transcript !== this.transcript) return this.readAllAfter(doc, scope, changes);
      const name = this.readCustomerName(scope);
      if (name !== this.customerNameOnPage) return this.readAllAfter(doc, scope, changes);
    } else if (hooks.customerName && summary.listChanged) {
      // A hook may take the name from the first message (Front).
      if (this.readCustomerName(scope) !== this.customerNameOnPage) return this.readAllAfter(doc, scope, changes);
    }
    this.updateElements(summary);
    return this.snapshot(doc, scope, summary);
  }

  private readAll(doc: Document, scope: ParentNode, keepReadings: boolean): ChatSnapshot | null {
    this.forget(keepReadings);
    this.scope = scope;
    this.shadows ??= this.findShadowRoots(scope.ownerDocument ?? (scope as Document));
    const transcript = queryShownDeep(scope, this.d.transcript, this.shadows);
    if (!transcript) return null;
    this.transcript = transcript;
    this.customerNameOnPage = this.readCustomerName(scope);
    this.setElements(this.collectElements());
    return this.snapshot(doc, scope, undefined);
  }

  private readCustomerName(scope: ParentNode): string | undefined {
    const raw = textOf(queryShownDeep(scope, this.d.customerName, this.shadows));
    const shown = raw && this.hooks.customerNameText ? ask(() => this.hooks.customerNameText!(raw)) : raw;
    return shown || ask(() => this.hooks.customerName?.(scope)) || undefined;
  }

  /** Every message element of the transcript, in page order. */
  private collectElements(): Element[] {
    const transcript = this.transcript!;
    // A typing row is often drawn as a message bubble (SLDS, Zammad): it is not something said.
    return outermostOnly(queryAllDeep(transcript, this.d.message, this.shadows)).filter(
      (element) => !closestWithin(element, this.d.typing, transcript),
    );
  }

  private setElements(elements: Element[]): void {
    this.elements = elements;
    this.known = new Set(elements);
  }

  /** The known message `node` is in, or null when it sits at list level (or outside). */
  private messageHolding(node: Node): Element | null {
    const transcript = this.transcript!;
    let at: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    // A text node directly in a shadow root has no parentElement.
    if (!at && node.parentNode && 'host' in node.parentNode) at = (node.parentNode as ShadowRoot).host;
    for (; at && at !== transcript; at = composedParent(at)) {
      if (this.known.has(at)) return at;
    }
    return null;
  }

  /** Sorts the records into what they touch; undefined when they cannot be trusted. */
  private summarise(changes: PageChanges): ChangeSummary | undefined {
    const transcript = this.transcript!;
    const summary: ChangeSummary = {
      outside: false, rows: false, listChanged: false, dirty: new Set(), added: [], removed: false, wrappers: [],
    };
    for (const record of changes.records) {
      const target = record.target;
      if (!composedContains(transcript, target)) {
        summary.outside = true;
        this.forgetTouched(record);
        continue;
      }
      const holder = this.messageHolding(target);
      if (holder) {
        summary.dirty.add(holder);
        continue;
      }
      // At list level: the transcript itself or what lies between it and its messages.
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === ELEMENT_NODE) summary.added.push(node as Element);
          else summary.rows = true; // words at list level ("Dana is typing…")
        }
        for (const node of record.removedNodes) {
          if (node.nodeType !== ELEMENT_NODE) {
            summary.rows = true;
            continue;
          }
          summary.removed = true;
          summary.listChanged ||= this.known.has(node as Element);
          // A row that was no message (a typing line, a day divider, a group of messages).
          if (!this.known.has(node as Element)) summary.rows = true;
        }
      } else if (record.type === 'attributes') {
        // The transcript's own attributes say nothing about its messages (sides stop below it).
        if (target !== transcript) summary.wrappers.push(target as Element);
        summary.rows = true;
      } else {
        summary.rows = true;
      }
    }
    return summary;
  }

  /** A whole read that keeps the readings no record touched. */
  private readAllAfter(doc: Document, scope: ParentNode, changes: PageChanges): ChatSnapshot | null {
    for (const record of changes.records) this.forgetTouched(record);
    return this.readAll(doc, scope, true);
  }

  /**
   * Drops the readings a record may have made stale, whichever transcript they belong to: of
   * the message holding its target, of messages it added (back), and, for an attribute change
   * inside a transcript (sides are read from ancestors up to it), of the messages under it.
   */
  private forgetTouched(record: MutationRecord): void {
    const { d } = this;
    const target = record.target;
    for (let at = target.nodeType === ELEMENT_NODE ? (target as Element) : target.parentElement; at; at = composedParent(at)) {
      this.readings.delete(at);
    }
    if (record.type === 'attributes' && closestSafely(target as Element, d.transcript)) {
      for (const element of queryAllDeep(target as Element, d.message, this.shadows)) this.readings.delete(element);
    }
    if (record.type !== 'childList') return;
    for (const node of record.addedNodes) {
      if (node.nodeType !== ELEMENT_NODE) continue;
      this.readings.delete(node as Element);
      for (const element of queryAllDeep(node as Element, d.message, this.shadows)) this.readings.delete(element);
    }
  }

  /** Brings the element list up to date with the records: drops, adds, re-reads. */
  private updateElements(summary: ChangeSummary): void {
    const { d } = this;
    const transcript = this.transcript!;
    let relist = false;
    this.rereads.clear();
    const reread = (element: Element) => {
      if (!this.rereads.has(element)) this.rereads.set(element, this.readings.get(element));
      this.readings.delete(element);
    };
    for (const element of summary.dirty) {
      reread(element);
      // A class change may make a message stop being one (or become a typing row).
      if (!matchesSafely(element, d.message) || closestWithin(element, d.typing, transcript)) relist = true;
    }
    for (const wrapper of summary.wrappers) {
      // Sides and typing rows are read from ancestors up to the transcript: a wrapper's
      // attributes count for every message inside it.
      for (const element of queryAllDeep(wrapper, d.message, this.shadows)) {
        if (!this.known.has(element)) {
          // Nested in a message (not one itself), or a message that was not one before.
          if (!this.messageHolding(element)) relist = true;
          continue;
        }
        reread(element);
        if (closestWithin(element, d.typing, transcript)) relist = true;
      }
    }

    let elements = this.elements;
    if (summary.removed) {
      elements = elements.filter((element) => element.isConnected && composedContains(transcript, element));
    }
    const fresh: Element[] = [];
    const seen = new Set<Element>();
    for (const root of summary.added) {
      if (!root.isConnected || !composedContains(transcript, root)) continue;
      const found = matchesSafely(root, d.message) ? [root] : [];
      found.push(...queryAllDeep(root, d.message, this.shadows));
      if (found[0] !== root) summary.rows = true; // a group, a divider, a typing row
      for (const element of found) {
        if (seen.has(element)) continue;
        seen.add(element);
        // Whatever was (re)added is read afresh: it may have changed while out of the page.
        this.readings.delete(element);
        if (this.known.has(element)) relist = true; // moved: its place in the list changed
        fresh.push(element);
      }
    }
    this.appendedOnly = false;
    if (relist) {
      this.setElements(this.collectElements());
      summary.listChanged = true;
      return;
    }
    const additions = outermostOnly(fresh).filter(
      (element) => !this.messageHolding(element) && !closestWithin(element, d.typing, transcript),
    );
    if (additions.length) summary.listChanged = true;
    // What was added and is no message (a typing bubble, a nested part) may still be a typing marker.
    if (additions.length < fresh.length) summary.rows = true;
    if (elements !== this.elements) {
      this.setElements(elements);
    } else {
      this.appendedOnly = true;
    }
    // Additions almost always come in page order (a history load appends thousands). Checking
    // costs a step per pair; sorting them anyway compares later with earlier siblings, which
    // Chromium answers by walking the list back to its start: 77 ms for a 4,000-message load.
    if (!inPageOrder(additions)) additions.sort(composedOrder);
    for (const element of additions) {
      const atEnd = insertInOrder(this.elements, element);
      this.appendedOnly &&= atEnd;
      this.known.add(element);
    }
  }

  /**
   * The messages, oldest first: appended to the previous read's when only new ones came. Reads
   * messages not read before only until the deadline: the messages then cover the first
   * `assembled.count` elements, and the rest waits for the next read.
   */
  private assemble(summary: ChangeSummary | undefined): ReadMessage[] {
    const { d, hooks } = this;
    const transcript = this.transcript!;
    // A hidden pane has no layout: what the alignment cues said there must be asked again.
    const remember = isShown(transcript);
    const readingOf = (element: Element): MessageReading | null => {
      let reading = this.readings.get(element);
      // A desk's speaker hook may decide sides by the customer's name: another name, another reading.
      if (reading && hooks.speaker && reading.customerName !== this.customerNameOnPage) reading = undefined;
      if (reading === undefined) {
        reading = readMessage(element, transcript, d, hooks, this.customerNameOnPage, this.shadows);
        if (remember) this.readings.set(element, reading);
      }
      return reading;
    };
    // Readings of the elements from `from` on, as many as the time allows (at least one message).
    // A hidden pane's readings are not kept, so a slice would not build on the last: read it all.
    const readFrom = (from: number): (MessageReading | null)[] => {
      const readings: (MessageReading | null)[] = [];
      let said = false;
      for (let i = from; i < this.elements.length; i++) {
        const element = this.elements[i]!;
        if (said && remember && !this.readings.has(element) && this.budget.now() >= this.deadline) break;
        const reading = readingOf(element);
        readings.push(reading);
        said ||= reading !== null;
      }
      return readings;
    };
    // Messages that were touched but say what they said (a hover class, a ticking "2 min ago").
    let unchanged = remember;
    for (const [element, before] of this.rereads) {
      if (unchanged && this.known.has(element) && !sameReading(before, readingOf(element))) unchanged = false;
    }
    this.rereads.clear();
    const previous = this.assembled;
    // What was assembled while the pane was hidden is not built on.
    if (summary && unchanged && this.appendedOnly && previous?.remembered && previous.count <= this.elements.length) {
      const added = readFrom(previous.count);
      const grown = appendTo(previous, added, previous.count + added.length);
      if (grown) {
        this.assembled = grown;
        return grown.messages.slice();
      }
    }
    const readings = readFrom(0);
    this.assembled = assembleFresh(readings, readings.length);
    this.assembled.remembered = remember;
    const messages = this.assembled.messages.slice();
    if (this.assembled.reversed) messages.reverse();
    return messages;
  }

  private snapshot(doc: Document, scope: ParentNode, summary: ChangeSummary | undefined): ChatSnapshot {
    const { d, hooks } = this;
    const transcript = this.transcript!;
    const messages = this.assemble(summary);
    const moreToRead = this.assembled!.count < this.elements.length;
    const customerName = this.customerNameOnPage ?? messages.find((m) => m.speaker === 'customer' && m.author)?.author;
    // Typing shows outside messages (a row, a pill, words) or as a desk's marker, which may be a
    // bubble of its own: messages coming and going move only the marker, never the words.
    const markerMayHaveChanged =
      !summary || summary.outside || summary.rows || (Boolean(d.typing) && (summary.listChanged || summary.dirty.size > 0));
    const markerShown = markerMayHaveChanged ? queryAllDeep(scope, d.typing, this.shadows).some(isShown) : this.markerShown;
    if (!summary || summary.outside || summary.rows || markerShown !== this.markerShown) {
      this.markerShown = markerShown;
      const known = this.known;
      this.customerTyping = hooks.customerTyping
        ? ask(() =>
            hooks.customerTyping!(scope, {
              markerShown,
              transcript,
              isMessageElement: (element) => known.has(element),
              customerName,
            }),
          ) === true
        : markerShown;
    }
    if (!summary || summary.outside || summary.rows || !this.composer?.isConnected) {
      this.composer = queryShownDeep(scope, d.composer, this.shadows) as HTMLElement | null;
    }
    const composer = this.composer;
    const conversationKey =
      ask(() => hooks.conversationKey?.(doc, scope, customerName)) ?? defaultConversationKey(doc, customerName);

    const snapshot: ChatSnapshot = { conversationKey, customerName, messages, customerTyping: this.customerTyping, composer, draft: editableText(composer) };
    if (moreToRead) snapshot.moreToRead = true;
    return snapshot;
  }
}

/** Each element before the next: asked earlier-to-later, which costs Chromium the gap between them. */
function inPageOrder(elements: readonly Element[]): boolean {
  for (let i = 1; i < elements.length; i++) if (composedOrder(elements[i - 1]!, elements[i]!) >= 0) return false;
  return true;
}

/** Inserts `element` where it sits on the page; true when that is the end (a new message). */
function insertInOrder(elements: Element[], element: Element): boolean {
  let low = 0;
  let high = elements.length;
  if (!high || composedOrder(elements[high - 1]!, element) < 0) {
    elements.push(element);
    return true;
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    if (composedOrder(elements[middle]!, element) < 0) low = middle + 1;
    else high = middle;
  }
  elements.splice(low, 0, element);
  return false;
}

function readMessage(
  element: Element,
  transcript: Element,
  d: SiteDescriptor,
  hooks: ReadHooks,
  customerName: string | undefined,
  shadows: ShadowRoots | undefined,
): MessageReading | null {
  const authorElement = queryFirstDeep(element, d.author, shadows);
  const timeElement = queryFirstDeep(element, d.time, shadows);
  const textElement = queryFirstDeep(element, d.text, shadows);
  const isNoise = (e: Element) => matchesSafely(e, hooks.noise) || matchesSafely(e, d.typing);
  // Without a text element the message's own text is used, minus its author and time labels.
  const text = textElement
    ? readableText(textElement, isNoise)
    : readableText(element, (e) => isNoise(e) || e === authorElement || e === timeElement);
  if (!text) return null;

  const rawAuthor = textOf(authorElement);
  const author = (hooks.author ? ask(() => hooks.author!(element, rawAuthor)) : rawAuthor) || undefined;
  const context: MessageContext = { transcript, textElement: textElement ?? element, author, customerName };
  const speaker: Speaker =
    speakerBySelectors(element, transcript, d) ?? ask(() => hooks.speaker?.(element, context)) ?? 'system';
  const rawTime = timeElement ? timeAttribute(timeElement) : undefined;
  const ownId = ask(() => hooks.messageId?.(element)) ?? desksOwnMessageId(element);

  const reading: MessageReading = { customerName, keyBase: messageKeyBase(ownId, speaker, text, rawTime), speaker, text };
  const at = parseTime(rawTime);
  if (at !== undefined) reading.at = at;
  if (author) reading.author = author;
  return reading;
}

/**
 * CONTRACTS §4: a message is the agent's when it matches, or sits inside, `agentWhen` (within
 * the transcript). System is asked first because desks mark events and notes on top of a side
 * (a Chatwoot private note is a right-hand bubble). A message no selector claims is left to
 * the desk's hooks, and otherwise counts as an event rather than words put in someone's mouth.
 */
function speakerBySelectors(element: Element, transcript: Element, d: SiteDescriptor): Speaker | null {
  if (closestWithin(element, d.systemWhen, transcript)) return 'system';
  if (closestWithin(element, d.agentWhen, transcript)) return 'agent';
  if (closestWithin(element, d.customerWhen, transcript)) return 'customer';
  return null;
}

function textOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  return (editableText(element) || element.getAttribute('title')?.trim()) || undefined;
}

/** CONTRACTS §4: `datetime`, then `title`, before text. `aria-label` (Freshdesk) before text too. */
function timeAttribute(element: Element): string | undefined {
  for (const name of ['datetime', 'title', 'aria-label']) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return readableText(element) || undefined;
}

/**
 * Only times that name their day become `at`: "5:09 PM" has no date, and V8 happily turns
 * "Jan 19, 6:31 PM" into 2001. Such times still feed the message key.
 */
function parseTime(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  if (/^\d{12,14}$/.test(raw)) return Number(raw);
  if (!/\d{4}/.test(raw)) return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : at;
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

function sameReading(a: MessageReading | null | undefined, b: MessageReading | null): boolean {
  if (!a || !b) return a === b;
  return a.keyBase === b.keyBase && a.speaker === b.speaker && a.text === b.text && a.at === b.at && a.author === b.author;
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

/**
 * Most desks put the conversation id in the path or hash; Zammad keeps one URL for every chat,
 * so the customer's name is part of the key too. Keys are for a map of sessions in the shell:
 * coming back to a key resumes that session.
 */
export function defaultConversationKey(doc: Document, customerName: string | undefined): string {
  let where = doc.URL;
  try {
    const url = new URL(doc.URL);
    where = `${url.host}${url.pathname}${url.hash}`;
  } catch {
    // about:blank and friends: the raw URL is as good as anything.
  }
  return customerName ? `${where}|${customerName}` : where;
}
