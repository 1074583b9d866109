// The shapes the content script gets from a helpdesk page. Adapters are pure DOM code: no
// extension APIs here, so every adapter runs unchanged in a fixture page or a unit test.
import type { SiteDescriptor } from '../sites/siteDescriptor';
import type { Speaker } from '../engine';

export type { SiteDescriptor, Speaker };

export interface ReadMessage {
  /**
   * Stable identity of one message: the desk's own id when it renders one, else a hash of
   * speaker + text + time + occurrence. A virtualised list that drops and re-adds a node gives
   * the same key; an edit keeps the key only where the desk renders an id.
   */
  key: string;
  speaker: Speaker;
  text: string;
  /** Epoch milliseconds, when the page shows a parseable time. */
  at?: number;
  author?: string;
}

export interface ChatSnapshot {
  /** Changes when the agent opens another conversation: start (or resume) that session. */
  conversationKey: string;
  customerName?: string;
  /** Oldest first, whatever order the desk renders them in. */
  messages: ReadMessage[];
  customerTyping: boolean;
  composer: HTMLElement | null;
  draft: string;
  /**
   * The reader stopped at its time budget (a long transcript read for the first time): the
   * messages are the oldest ones only, and reading again goes on where it stopped.
   */
  moreToRead?: boolean;
  /** Which of the adapter's markups read the page: 0 its descriptor, 1 and up its olderMarkup in order. */
  markup?: number;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Chrome match patterns, e.g. https://*.zendesk.com/* */
  matches: string[];
  /** docs/interfaces.md §4 form of this desk: what an admin would write to describe it as data. */
  descriptor: SiteDescriptor;
  /** Older or alternative markup of the same desk, tried in order after `descriptor`. */
  fallbackDescriptors?: SiteDescriptor[];
  /** null = this page has no recognisable chat right now. Never throws. */
  read(doc: Document): ChatSnapshot | null;
  /**
   * A reader that remembers what it read on this page, so that each later read costs what
   * changed rather than the whole transcript (the content script's way of reading). `budget`:
   * how long one read may take (the content script's 8 ms on the page's clock by default).
   */
  reader(doc: Document, budget?: ReadBudget): ChatReader;
}

/** How long one read may spend reading messages, by which clock. */
export interface ReadBudget {
  sliceMs: number;
  now(): number;
}

/** What changed on the page since the previous read, as the shell's MutationObserver saw it. */
export interface PageChanges {
  /** Every record since the previous read, oldest first (the reply box's own may be left out). */
  records: readonly MutationRecord[];
  /** Open shadow roots found in added nodes since the previous read. */
  shadowRoots: readonly ShadowRoot[];
}

export interface ChatReader {
  /**
   * Same answer as SiteAdapter.read. `changes` lets it read again only the messages they touch;
   * without them (first read, records dropped) the whole page is read. Never throws.
   */
  read(changes?: PageChanges): ChatSnapshot | null;
}

/** What a hook sees of the message being read. */
export interface MessageContext {
  transcript: Element;
  /** The element the descriptor's `text` selector found (or the message itself). */
  textElement: Element;
  author?: string;
  customerName?: string;
}

/**
 * Small pieces of code a built-in desk adds where its markup cannot be described as
 * selectors alone. Every hook is optional; a hook that throws counts as "no answer".
 */
export interface ReadHooks {
  /** Narrows the whole read to one part of the page (Zendesk: the selected ticket pane). null = no chat. */
  scope?(doc: Document): ParentNode | null;
  /** Elements to drop from message text (read receipts, signatures). */
  noise?: string;
  /** Decides the speaker when none of the descriptor's *When selectors matched. */
  speaker?(message: Element, context: MessageContext): Speaker | null;
  /** Turns the raw author text into a name (Salesforce packs name and time into one label). */
  author?(message: Element, raw: string | undefined): string | undefined;
  /** Turns the raw customer-name text into a name (Zammad appends " #sessionId"). */
  customerNameText?(raw: string): string | undefined;
  /** The desk's own id for a message, when it is not in a well-known attribute. */
  messageId?(message: Element): string | undefined;
  /** Used when the descriptor's customerName selector finds nothing. */
  customerName?(scope: ParentNode): string | undefined;
  /** Decides typing, given what the descriptor's `typing` selector found (context.markerShown). */
  customerTyping?(scope: ParentNode, context: TypingContext): boolean;
  /** Replaces the default (URL + customer name). */
  conversationKey?(doc: Document, scope: ParentNode, customerName: string | undefined): string | undefined;
}

export interface TypingContext {
  /** Whether the descriptor's own `typing` selector found a visible indicator. */
  markerShown: boolean;
  transcript: Element;
  /** Whether `element` is one of the transcript's message elements (a set lookup, for walks that skip messages). */
  isMessageElement(element: Element): boolean;
  customerName?: string;
}
