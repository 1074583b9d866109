// Reads any helpdesk page described as docs/interfaces.md §4 data. Built-in desks are the same
// descriptors plus a few hooks, so an admin's descriptor gets exactly the semantics ours do.
// This file only puts the parts together: tracking the message list (trackMessageList),
// reading one message (readMessage, remembered by messageReadings), assembling the
// conversation (assembleConversation), and what lies around it (findCustomerName, findTyping,
// findComposer, conversationKey).
import type { SiteDescriptor } from '../../sites/siteDescriptor';
import { editableText, isShown, queryShownDeep, ShadowRoots } from '../dom';
import type { ChatSnapshot, PageChanges, ReadBudget, ReadHooks, ReadMessage } from '../types';
import { askHook } from './askHook';
import { ConversationAssembly } from './assembleConversation';
import { conversationKey } from './conversationKey';
import { ComposerWatch } from './findComposer';
import { findCustomerName } from './findCustomerName';
import { CustomerTypingWatch } from './findTyping';
import { MessageReadings } from './messageReadings';
import { readMessage, type MessageReading } from './readMessage';
import { PAGE_READ_BUDGET, WHOLE_READ } from './readBudget';
import { aroundMessagesChanged, MessageList, type ChangeSummary } from './trackMessageList';

/** One read of a whole page, remembering nothing: the public, stateless form (never sliced). */
export function readWithDescriptor(doc: Document, descriptor: SiteDescriptor, hooks: ReadHooks = {}): ChatSnapshot | null {
  return new DescriptorReader(descriptor, hooks, WHOLE_READ).read(doc);
}

/**
 * Reads a page described by one descriptor, and remembers what it read: the transcript, its
 * message elements in page order, and what each message element said (kept until a mutation
 * inside it). Given the shell's mutation records, a read touches only what they touch; a long
 * chat then costs per new message what one message costs, not what the whole transcript does.
 */
export class DescriptorReader {
  private scope: ParentNode | null = null;
  private shadows: ShadowRoots | undefined;
  /** The shown transcript and its message elements, from the last read that found one. */
  private list: MessageList | undefined;
  private readonly readings: MessageReadings;
  private readonly assembly = new ConversationAssembly();
  private readonly typing: CustomerTypingWatch;
  private readonly composer: ComposerWatch;
  private customerNameOnPage: string | undefined;
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
  ) {
    this.readings = new MessageReadings(d);
    this.typing = new CustomerTypingWatch(d, hooks);
    this.composer = new ComposerWatch(d.composer);
  }

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
    this.list = undefined;
    if (!keepReadings) {
      this.shadows = undefined;
      this.readings.forgetAll();
    }
    this.readings.dropRereads();
    this.assembly.forget();
  }

  private readPage(doc: Document, changes: PageChanges | undefined): ChatSnapshot | null {
    const { d, hooks } = this;
    const scope = hooks.scope ? askHook(() => hooks.scope!(doc)) : doc;
    if (!scope) {
      this.forget();
      return null;
    }
    // Without a complete account of the changes, nothing remembered can be trusted.
    if (!changes || !this.shadows) return this.readAll(doc, scope, false);
    for (const shadow of changes.shadowRoots) this.shadows.add(shadow);
    const list = this.list;
    // Another conversation (or pane) is a whole read, but messages read before and untouched
    // since (a ticket tab the agent comes back to) keep what they said.
    if (!list || scope !== this.scope || !list.transcript.isConnected) return this.readAllAfter(doc, scope, changes);
    const summary = list.summarise(changes);

    if (summary.outside) {
      // The visible transcript may be another element now (a pane shown, a route change).
      const transcript = queryShownDeep(scope, d.transcript, this.shadows);
      if (transcript !== list.transcript) return this.readAllAfter(doc, scope, changes);
      const name = findCustomerName(scope, d, hooks, this.shadows);
      if (name !== this.customerNameOnPage) return this.readAllAfter(doc, scope, changes);
    } else if (hooks.customerName && summary.listChanged) {
      // A hook may take the name from the first message (Front).
      if (findCustomerName(scope, d, hooks, this.shadows) !== this.customerNameOnPage) return this.readAllAfter(doc, scope, changes);
    }
    list.update(summary);
    return this.snapshot(doc, scope, list, summary);
  }

  private readAll(doc: Document, scope: ParentNode, keepReadings: boolean): ChatSnapshot | null {
    this.forget(keepReadings);
    this.scope = scope;
    this.shadows ??= this.findShadowRoots(scope.ownerDocument ?? (scope as Document));
    const transcript = queryShownDeep(scope, this.d.transcript, this.shadows);
    if (!transcript) return null;
    this.customerNameOnPage = findCustomerName(scope, this.d, this.hooks, this.shadows);
    this.list = new MessageList(transcript, this.d, this.shadows, this.readings);
    return this.snapshot(doc, scope, this.list, undefined);
  }

  /** A whole read that keeps the readings no record touched. */
  private readAllAfter(doc: Document, scope: ParentNode, changes: PageChanges): ChatSnapshot | null {
    for (const record of changes.records) this.readings.forgetTouched(record, this.shadows);
    return this.readAll(doc, scope, true);
  }

  /** What `element` says: remembered, unless read under another customer name or not read yet. */
  private readingOf(element: Element, transcript: Element, remember: boolean): MessageReading | null {
    let reading = this.readings.get(element);
    // A desk's speaker hook may decide sides by the customer's name: another name, another reading.
    if (reading && this.hooks.speaker && reading.customerName !== this.customerNameOnPage) reading = undefined;
    if (reading === undefined) {
      reading = readMessage(element, transcript, this.d, this.hooks, this.customerNameOnPage, this.shadows);
      if (remember) this.readings.set(element, reading);
    }
    return reading;
  }

  /**
   * The messages, oldest first: appended to the previous read's when only new ones came. Reads
   * messages not read before only until the deadline: the messages then cover the first
   * `assembly.count` elements, and the rest waits for the next read.
   */
  private assemble(list: MessageList, summary: ChangeSummary | undefined): ReadMessage[] {
    // A hidden pane has no layout: what the alignment cues said there must be asked again.
    const remember = isShown(list.transcript);
    const readingOf = (element: Element) => this.readingOf(element, list.transcript, remember);
    // Messages that were touched but say what they said (a hover class, a ticking "2 min ago").
    const unchanged = remember && this.readings.rereadsSayTheSame((element) => list.has(element), readingOf);
    this.readings.dropRereads();
    const source = {
      readingOf,
      // A hidden pane's readings are not kept, so a slice would not build on the last: read it all.
      stopsBefore: (element: Element) => remember && !this.readings.has(element) && this.budget.now() >= this.deadline,
    };
    return this.assembly.assemble(list.elements, source, summary !== undefined && unchanged && list.appendedOnly, remember);
  }

  private snapshot(doc: Document, scope: ParentNode, list: MessageList, summary: ChangeSummary | undefined): ChatSnapshot {
    const messages = this.assemble(list, summary);
    const moreToRead = this.assembly.count < list.elements.length;
    const customerName = this.customerNameOnPage ?? messages.find((m) => m.speaker === 'customer' && m.author)?.author;
    const customerTyping = this.typing.read(scope, list, summary, customerName, this.shadows);
    const composer = this.composer.find(scope, this.shadows, aroundMessagesChanged(summary));
    const snapshot: ChatSnapshot = {
      conversationKey: conversationKey(doc, scope, this.hooks, customerName),
      customerName,
      messages,
      customerTyping,
      composer,
      draft: editableText(composer),
    };
    if (moreToRead) snapshot.moreToRead = true;
    return snapshot;
  }
}
