// Reads any helpdesk page described as CONTRACTS §4 data. Built-in desks are the same
// descriptors plus a few hooks, so an admin's descriptor gets exactly the semantics ours do.
import type { SiteDescriptor, Speaker } from '../engine/types';
import {
  closestWithin,
  editableText,
  isShown,
  matchesSafely,
  outermostOnly,
  queryAllDeep,
  queryFirstDeep,
  queryShownDeep,
  readableText,
} from './dom';
import { desksOwnMessageId, MessageKeys } from './messageKey';
import type { ChatSnapshot, MessageContext, ReadHooks, ReadMessage } from './types';

/** A hook that throws is a hook with no answer: the page must never break the reader. */
function ask<T>(question: () => T): T | undefined {
  try {
    return question();
  } catch {
    return undefined;
  }
}

export function readWithDescriptor(doc: Document, descriptor: SiteDescriptor, hooks: ReadHooks = {}): ChatSnapshot | null {
  try {
    return readPage(doc, descriptor, hooks);
  } catch {
    return null;
  }
}

function readPage(doc: Document, d: SiteDescriptor, hooks: ReadHooks): ChatSnapshot | null {
  const scope = hooks.scope ? ask(() => hooks.scope!(doc)) : doc;
  if (!scope) return null;
  const transcript = queryShownDeep(scope, d.transcript);
  if (!transcript) return null;

  const customerNameOnPage =
    textOf(queryShownDeep(scope, d.customerName)) || ask(() => hooks.customerName?.(scope)) || undefined;

  // A typing row is often drawn as a message bubble (SLDS, Zammad): it is not something said.
  const messageElements = outermostOnly(queryAllDeep(transcript, d.message)).filter(
    (element) => !closestWithin(element, d.typing, transcript),
  );
  const keys = new MessageKeys();
  const messages: ReadMessage[] = [];
  for (const element of messageElements) {
    const message = readMessage(element, transcript, d, hooks, keys, customerNameOnPage);
    if (message) messages.push(message);
  }
  fillAuthorsWithinRuns(messages);
  putOldestFirst(messages);

  const customerName = customerNameOnPage ?? messages.find((m) => m.speaker === 'customer' && m.author)?.author;
  const markerShown = queryAllDeep(scope, d.typing).some(isShown);
  const customerTyping = hooks.customerTyping
    ? ask(() => hooks.customerTyping!(scope, { markerShown, transcript, messageElements, customerName })) === true
    : markerShown;
  const composer = queryShownDeep(scope, d.composer) as HTMLElement | null;
  const conversationKey =
    ask(() => hooks.conversationKey?.(doc, scope, customerName)) ?? defaultConversationKey(doc, customerName);

  return { conversationKey, customerName, messages, customerTyping, composer, draft: editableText(composer) };
}

function readMessage(
  element: Element,
  transcript: Element,
  d: SiteDescriptor,
  hooks: ReadHooks,
  keys: MessageKeys,
  customerName: string | undefined,
): ReadMessage | null {
  const authorElement = queryFirstDeep(element, d.author);
  const timeElement = queryFirstDeep(element, d.time);
  const textElement = queryFirstDeep(element, d.text);
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

  const message: ReadMessage = { key: keys.keyFor(ownId, speaker, text, rawTime), speaker, text };
  const at = parseTime(rawTime);
  if (at !== undefined) message.at = at;
  if (author) message.author = author;
  return message;
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
 * Crisp names the sender on the last message of a run only, Chatwoot on the last of a group:
 * a run of one speaker with exactly one named author gets that name throughout.
 */
function fillAuthorsWithinRuns(messages: ReadMessage[]): void {
  let start = 0;
  while (start < messages.length) {
    let end = start;
    while (end + 1 < messages.length && messages[end + 1]!.speaker === messages[start]!.speaker) end++;
    const run = messages.slice(start, end + 1);
    const names = new Set(run.map((m) => m.author).filter(Boolean));
    if (names.size === 1 && messages[start]!.speaker !== 'system') {
      const [name] = names;
      for (const message of run) message.author ??= name;
    }
    start = end + 1;
  }
}

/** Help Scout (by default) lists the newest thread first; the engine wants a conversation in order. */
function putOldestFirst(messages: ReadMessage[]): void {
  const times = messages.map((m) => m.at);
  if (times.length < 2 || times.some((t) => t === undefined)) return;
  const descending = times.every((t, i) => i === 0 || t! <= times[i - 1]!);
  if (descending && times[0]! > times[times.length - 1]!) messages.reverse();
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
