// Zendesk Agent Workspace: chat, messaging and email all render in the "omni log".
// Markers (docs/desk-sources.md): ALT Copilot userscript (joaoaguiar264/Automacoes-ALT),
// ZDTranscript idx:61431380336, Ticket Extractor idx:54036892724, AgentBadge comment
// idx:52454386146; conf. H unless noted.
import type { Speaker } from '../../engine';
import { defineDesk } from '../defineDesk';
import { isShown } from '../dom';
import { typingByText } from '../heuristics';
import type { MessageContext } from '../types';
import { nameIsCustomers } from '../typingWords';

const AGENT_BADGE = 'svg[data-test-id="omni-log-avatar-badge-AgentBadge"]';
const BUBBLE = '[data-test-id="omni-log-item-message"]'; // its `type` attribute: conf. M (idx:61431380336)

/** Every open ticket tab keeps its pane in the DOM; the URL names the selected one. */
function selectedTicketId(doc: Document): string | undefined {
  return /\/agent\/tickets\/(\d+)/.exec(doc.location?.pathname ?? doc.URL)?.[1];
}

/**
 * Today's layout marks the ticket on screen itself: `[data-test-id="ticket-{id}-standard-layout"]
 * [data-is-active="true"]` (a PT-BR Zendesk userscript's first choice, idx:68847862235).
 */
const ACTIVE_LAYOUT = '[data-test-id^="ticket-"][data-test-id$="-standard-layout"][data-is-active="true"]';

/** The pane found last time: finding it again would scan the whole page on every read. */
let lastPane: Element | undefined;

function selectedTicketPane(doc: Document): ParentNode | null {
  const active = Array.from(doc.querySelectorAll(ACTIVE_LAYOUT)).find(isShown);
  if (active) return active;
  const id = selectedTicketId(doc);
  if (id !== undefined && lastPane?.isConnected && lastPane.ownerDocument === doc && lastPane.getAttribute('data-ticket-id') === id) {
    return lastPane;
  }
  const panes = Array.from(doc.querySelectorAll('[data-ticket-id]'));
  if (!panes.length) return doc; // a layout without per-ticket panes shows one ticket only
  const pane = panes.find((candidate) => candidate.getAttribute('data-ticket-id') === id) ?? panes.find(isShown) ?? null;
  lastPane = pane && pane.getAttribute('data-ticket-id') === id ? pane : undefined;
  return pane;
}

/**
 * Messages no selector claims: no AgentBadge and no `type` on the bubble (older builds). Bots
 * (Answer Bot, AI agents) carry no AgentBadge either (the survey's 2026-12 re-check; the
 * frustration-meter script idx:52454386146 tells bots by sender name), so "no badge" is the
 * customer only when the sender is the requester; any other sender is left out as a system line
 * rather than put in the customer's mouth.
 */
function customerOrLeftOut(_message: Element, context: MessageContext): Speaker {
  const { author, customerName } = context;
  return author && customerName && nameIsCustomers(author, customerName) ? 'customer' : 'system';
}

/** The ticket id from today's layout marker, else from a pane or the URL. */
function ticketIdOf(doc: Document, scope: ParentNode): string | undefined {
  const element = scope as Element;
  const fromLayout = /^ticket-(\d+)-standard-layout$/.exec(element.getAttribute?.('data-test-id') ?? '')?.[1];
  return fromLayout ?? element.getAttribute?.('data-ticket-id') ?? selectedTicketId(doc);
}

export const zendeskAdapter = defineDesk({
  descriptor: {
    id: 'zendesk',
    name: 'Zendesk Agent Workspace',
    // The Agent Workspace only: a Zendesk host also serves its public help centre (/hc/…).
    matches: ['https://*.zendesk.com/agent/*'],
    transcript: '[data-test-id="omni-log-container"]',
    message: 'article[data-test-id="omni-log-comment-item"]',
    text: '[data-test-id="omni-log-message-content"]',
    // Notes are for colleagues, not said to the customer (aria-label, note tag, bubble type).
    systemWhen: `article[aria-label^="Internal note"], article:has([data-test-id="omni-log-internal-note-tag"]), article:has(${BUBBLE}[type="internal"])`,
    // "AgentBadge is present on HE messages, absent on customer messages" (wildrivia/zendesk-
    // frustration-meter `zendesk-frustration-meter.user.js`, idx:52454386146); absent on bots too.
    agentWhen: `article:has(${AGENT_BADGE}), article:has(${BUBBLE}[type="agent"])`,
    customerWhen: `article:has(${BUBBLE}[type="end-user"])`,
    author: '[data-test-id="omni-log-item-sender"] strong, [data-test-id="omni-log-comment-user-link"] span',
    time: 'time[data-test-id^="timestamp-"]',
    customerName: '[data-test-id="ticket-system-field-requester-select"]',
    // CKEditor 5 rich, then plain-text, then the legacy editor (idx:25102465107, idx:26149089461).
    composer:
      '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="omnicomposer-plain-text-ckeditor"], .zendesk-editor--rich-text-container [contenteditable][role="textbox"]',
  },
  hooks: {
    scope: selectedTicketPane,
    // Read receipts and signatures sit inside the message content (idx:61431380336).
    noise:
      '[data-test-id="convo-log-item-read-indicator"], [data-test-id="convo-log-item-delivered-indicator"], div.signature, [data-zes-id]',
    // No public script shows a typing marker: read the words Zendesk shows.
    customerTyping: typingByText,
    speaker: customerOrLeftOut,
    conversationKey: (doc, scope) => {
      const id = ticketIdOf(doc, scope);
      return id ? `zendesk:ticket:${id}` : undefined;
    },
  },
});
