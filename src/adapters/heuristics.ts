// Reading desks that publish no stable markers for a fact (who spoke, whether the customer is
// typing): the same cues an agent uses, from most to least trustworthy. Shared by every desk
// that needs them, so each cue is tuned in one place.
import type { Speaker } from '../engine';
import { composedParent, isShown } from './dom';
import type { MessageContext, TypingContext } from './types';
import { isAnonymousTypist, nameIsCustomers, typistsInLine } from './typingWords';

/**
 * The customer's own lines carry the customer's name (full or first, as the desk prints it);
 * anyone else named is the company's side.
 */
export function speakerByAuthor(context: MessageContext): Speaker | null {
  const { author, customerName } = context;
  if (!author || !customerName) return null;
  return nameIsCustomers(author, customerName) ? 'customer' : 'agent';
}

/**
 * Chat layouts put the agent's own side on the right and the customer on the left; events
 * sit centred (the geometry fallback of "Support Copilot for Intercom", idx:70503028210). Needs
 * layout, so it only answers in a rendered page.
 */
export function speakerByAlignment(message: Element, context: MessageContext): Speaker | null {
  const list = context.transcript.getBoundingClientRect();
  const bubble = bubbleOf(message, context.textElement).getBoundingClientRect();
  if (list.width <= 0 || bubble.width <= 0 || bubble.width > list.width * 0.9) return null;
  const leftGap = bubble.left - list.left;
  const rightGap = list.right - bubble.right;
  if (rightGap < leftGap / 2) return 'agent';
  if (leftGap < rightGap / 2) return 'customer';
  return 'system';
}

/**
 * The narrowest box around the text that is still inside the message: what the eye calls a
 * bubble. Without a text element, single-child wrappers are followed down to it.
 */
function bubbleOf(message: Element, textElement: Element): Element {
  let bubble = textElement;
  if (bubble === message) {
    while (bubble.childElementCount === 1 && bubble.firstElementChild) bubble = bubble.firstElementChild;
    return bubble;
  }
  for (let up = composedParent(textElement); up && up !== message; up = composedParent(up)) {
    if (up.getBoundingClientRect().width > bubble.getBoundingClientRect().width + 1) break;
    bubble = up;
  }
  return bubble;
}

/** The first cue that answers wins: a name is surer than a position on screen. */
export function speakerByNameThenAlignment(message: Element, context: MessageContext): Speaker | null {
  return speakerByAuthor(context) ?? speakerByAlignment(message, context);
}

/**
 * "Dana is typing…" as the desk prints it near the transcript, in any of the languages of
 * typingWords.ts. No public marker exists for most desks (docs/desk-sources.md), and the words are
 * what every desk shows. Lines inside messages do not count (a customer may write "he is
 * typing"), nor another agent typing: the pill names the contact as the desk knows them, often
 * by first name only, so a named typist counts when the names agree (nameIsCustomers).
 */
export function typingByText(_scope: ParentNode, context: TypingContext): boolean {
  const pane = composedParent(context.transcript)?.parentElement ?? context.transcript;
  // Message subtrees are skipped whole: a long chat is thousands of lines that cannot count.
  for (const node of textOutsideMessages(pane, context.isMessageElement)) {
    const typists = typistsInLine(node.data);
    if (!typists) continue;
    const holder = node.parentElement;
    if (!holder || !isShown(holder)) continue;
    if (!typists.length || typists.some(isAnonymousTypist)) return true;
    const customerName = context.customerName;
    if (!customerName || typists.some((typist) => nameIsCustomers(typist, customerName))) return true;
  }
  return false;
}

/** The text nodes under `root` (light tree, document order) that no message element holds. */
function* textOutsideMessages(root: Node, isMessage: (element: Element) => boolean): Generator<Text> {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 /* TEXT */) yield node as Text;
    const enter = node.nodeType === 1 /* ELEMENT */ && node.firstChild !== null && !isMessage(node as Element);
    if (enter) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** A desk's own typing marker when it shows one, else the words on screen. */
export function typingByMarkerOrText(scope: ParentNode, context: TypingContext): boolean {
  return context.markerShown || typingByText(scope, context);
}

/**
 * Class-name words desks commonly use for sides, for desks whose real markers are unknown.
 * A guess expressed as data (docs/interfaces.md §4 needs some selector); hooks back it with the cues above.
 */
export const AGENT_CLASS_WORDS =
  '[class*="outgoing" i], [class*="outbound" i], [class*="operator" i], [class*="from-agent" i]';
export const CUSTOMER_CLASS_WORDS =
  '[class*="incoming" i], [class*="inbound" i], [class*="visitor" i], [class*="from-customer" i]';
