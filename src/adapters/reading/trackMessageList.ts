// The shown transcript's message elements in page order, kept up to date from the shell's
// mutation records: a read touches only what the records touch.
import type { SiteDescriptor } from '../../sites/siteDescriptor';
import { closestWithin, composedContains, composedOrder, composedParent, matchesSafely, outermostOnly, queryAllDeep, type ShadowRoots } from '../dom';
import type { PageChanges } from '../types';
import type { MessageReadings } from './messageReadings';

const ELEMENT_NODE = 1;

/** What the shell's mutation records mean for the transcript read last time. */
export interface ChangeSummary {
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
 * Whether what lies around the messages may have changed (panes, header, typing words, reply
 * box): always on a whole read (no summary).
 */
export function aroundMessagesChanged(summary: ChangeSummary | undefined): boolean {
  return !summary || summary.outside || summary.rows;
}

export class MessageList {
  /** Message elements in page order (typing rows excluded; elements that read as nothing kept). */
  private list: Element[] = [];
  private known = new Set<Element>();
  /** The list only grew at its end with the last update (the common case: a new message). */
  private grewAtEndOnly = false;

  /** Collects the messages of `transcript`; `readings` are told which messages the records touch. */
  constructor(
    readonly transcript: Element,
    private readonly d: SiteDescriptor,
    private readonly shadows: ShadowRoots,
    private readonly readings: MessageReadings,
  ) {
    this.setElements(this.collectElements());
  }

  get elements(): readonly Element[] {
    return this.list;
  }

  get appendedOnly(): boolean {
    return this.grewAtEndOnly;
  }

  has(element: Element): boolean {
    return this.known.has(element);
  }

  /** Sorts the records into what they touch. */
  summarise(changes: PageChanges): ChangeSummary {
    const transcript = this.transcript;
    const summary: ChangeSummary = {
      outside: false, rows: false, listChanged: false, dirty: new Set(), added: [], removed: false, wrappers: [],
    };
    for (const record of changes.records) {
      const target = record.target;
      if (!composedContains(transcript, target)) {
        summary.outside = true;
        this.readings.forgetTouched(record, this.shadows);
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

  /** Brings the element list up to date with the records: drops, adds, re-reads. */
  update(summary: ChangeSummary): void {
    const { d, transcript } = this;
    let relist = false;
    this.readings.dropRereads();
    for (const element of summary.dirty) {
      this.readings.reread(element);
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
        this.readings.reread(element);
        if (closestWithin(element, d.typing, transcript)) relist = true;
      }
    }

    let elements = this.list;
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
        this.readings.forget(element);
        if (this.known.has(element)) relist = true; // moved: its place in the list changed
        fresh.push(element);
      }
    }
    this.grewAtEndOnly = false;
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
    if (elements !== this.list) {
      this.setElements(elements);
    } else {
      this.grewAtEndOnly = true;
    }
    // Additions almost always come in page order (a history load appends thousands). Checking
    // costs a step per pair; sorting them anyway compares later with earlier siblings, which
    // Chromium answers by walking the list back to its start: 77 ms for a 4,000-message load.
    if (!inPageOrder(additions)) additions.sort(composedOrder);
    for (const element of additions) {
      const atEnd = insertInOrder(this.list, element);
      this.grewAtEndOnly &&= atEnd;
      this.known.add(element);
    }
  }

  /** Every message element of the transcript, in page order. */
  private collectElements(): Element[] {
    const transcript = this.transcript;
    // A typing row is often drawn as a message bubble (SLDS, Zammad): it is not something said.
    return outermostOnly(queryAllDeep(transcript, this.d.message, this.shadows)).filter(
      (element) => !closestWithin(element, this.d.typing, transcript),
    );
  }

  private setElements(elements: Element[]): void {
    this.list = elements;
    this.known = new Set(elements);
  }

  /** The known message `node` is in, or null when it sits at list level (or outside). */
  private messageHolding(node: Node): Element | null {
    const transcript = this.transcript;
    let at: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    // A text node directly in a shadow root has no parentElement.
    if (!at && node.parentNode && 'host' in node.parentNode) at = (node.parentNode as ShadowRoot).host;
    for (; at && at !== transcript; at = composedParent(at)) {
      if (this.known.has(at)) return at;
    }
    return null;
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
