// What one message element says, on its own: text, side, author, time and the base of its key.
// Nothing here depends on the other messages, so a reading can be kept until the element changes.
import type { SiteDescriptor } from '../../sites/siteDescriptor';
import type { Speaker } from '../../engine';
import { closestWithin, labelText, matchesSafely, queryFirstDeep, readableText, type ShadowRoots } from '../dom';
import { desksOwnMessageId, messageKeyBase } from '../messageKey';
import type { MessageContext, ReadHooks } from '../types';
import { askHook } from './askHook';

export interface MessageReading {
  /** The customer's name the message was read under (hooks may read sides from it). */
  customerName: string | undefined;
  keyBase: string;
  speaker: Speaker;
  text: string;
  at?: number;
  author?: string;
}

/** null: the element says nothing (an empty bubble, only a time label). */
export function readMessage(
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

  const rawAuthor = labelText(authorElement);
  const author = (hooks.author ? askHook(() => hooks.author!(element, rawAuthor)) : rawAuthor) || undefined;
  const context: MessageContext = { transcript, textElement: textElement ?? element, author, customerName };
  const speaker: Speaker =
    speakerBySelectors(element, transcript, d) ?? askHook(() => hooks.speaker?.(element, context)) ?? 'system';
  const rawTime = timeElement ? timeAttribute(timeElement) : undefined;
  const ownId = askHook(() => hooks.messageId?.(element)) ?? desksOwnMessageId(element);

  const reading: MessageReading = { customerName, keyBase: messageKeyBase(ownId, speaker, text, rawTime), speaker, text };
  const at = parseTime(rawTime);
  if (at !== undefined) reading.at = at;
  if (author) reading.author = author;
  return reading;
}

/** Whether two readings of one element say the same (undefined: not read). */
export function sameReading(a: MessageReading | null | undefined, b: MessageReading | null): boolean {
  if (!a || !b) return a === b;
  return a.keyBase === b.keyBase && a.speaker === b.speaker && a.text === b.text && a.at === b.at && a.author === b.author;
}

/**
 * docs/interfaces.md §4: a message is the agent's when it matches, or sits inside, `agentWhen` (within
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

/** docs/interfaces.md §4: `datetime`, then `title`, before text. `aria-label` (Freshdesk) before text too. */
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
