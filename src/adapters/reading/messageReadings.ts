// What each message element said when it was last read, kept until a mutation may have changed
// it: a long chat then costs per new message what one message costs, not the whole transcript.
import type { SiteDescriptor } from '../../sites/siteDescriptor';
import { closestSafely, composedParent, queryAllDeep, type ShadowRoots } from '../dom';
import { sameReading, type MessageReading } from './readMessage';

const ELEMENT_NODE = 1;

export class MessageReadings {
  /** null: the element was read and says nothing. Weak: elements the desk drops go with it. */
  private said = new WeakMap<Element, MessageReading | null>();
  /** Readings dropped by this read's changes, as they were: an unchanged re-read changes nothing. */
  private rereads = new Map<Element, MessageReading | null | undefined>();

  constructor(private readonly d: SiteDescriptor) {}

  get(element: Element): MessageReading | null | undefined {
    return this.said.get(element);
  }

  has(element: Element): boolean {
    return this.said.has(element);
  }

  set(element: Element, reading: MessageReading | null): void {
    this.said.set(element, reading);
  }

  forget(element: Element): void {
    this.said.delete(element);
  }

  /** Nothing said before can be trusted (changes went unseen). */
  forgetAll(): void {
    this.said = new WeakMap();
  }

  /** Forgets what `element` said, keeping it aside to tell whether reading it again says anything new. */
  reread(element: Element): void {
    if (!this.rereads.has(element)) this.rereads.set(element, this.said.get(element));
    this.said.delete(element);
  }

  /**
   * Whether every re-read message that is still a message says what it said before (a hover
   * class, a ticking "2 min ago"): then the messages assembled before still hold.
   */
  rereadsSayTheSame(isMessage: (element: Element) => boolean, readingOf: (element: Element) => MessageReading | null): boolean {
    for (const [element, before] of this.rereads) {
      if (isMessage(element) && !sameReading(before, readingOf(element))) return false;
    }
    return true;
  }

  dropRereads(): void {
    this.rereads.clear();
  }

  /**
   * Drops the readings a record may have made stale, whichever transcript they belong to: of
   * the message holding its target, of messages it added (back), and, for an attribute change
   * inside a transcript (sides are read from ancestors up to it), of the messages under it.
   */
  forgetTouched(record: MutationRecord, shadows: ShadowRoots | undefined): void {
    const { d } = this;
    const target = record.target;
    for (let at = target.nodeType === ELEMENT_NODE ? (target as Element) : target.parentElement; at; at = composedParent(at)) {
      this.said.delete(at);
    }
    if (record.type === 'attributes' && closestSafely(target as Element, d.transcript)) {
      for (const element of queryAllDeep(target as Element, d.message, shadows)) this.said.delete(element);
    }
    if (record.type !== 'childList') return;
    for (const node of record.addedNodes) {
      if (node.nodeType !== ELEMENT_NODE) continue;
      this.said.delete(node as Element);
      for (const element of queryAllDeep(node as Element, d.message, shadows)) this.said.delete(element);
    }
  }
}
