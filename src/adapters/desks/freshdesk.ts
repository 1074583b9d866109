// Freshdesk ticket view and Freshdesk Messaging (Freshchat). Ticket markers
// (docs/desk-sources.md): the TS `freshdeskExtractor` (idx:69435803588, conf. M) and
// Ankushjha/freshdesk-ai-summarizer `extractor.js`. Freshworks UIs are built from Crayons web
// components with open shadow roots (idx:62587567181), which the reader pierces.
import { defineDesk } from '../defineDesk';
import { queryFirstDeep, readableText } from '../dom';
import { AGENT_CLASS_WORDS, CUSTOMER_CLASS_WORDS, speakerByNameThenAlignment, typingByMarkerOrText } from '../heuristics';

/**
 * The open reply editor (`.rich-editor`, Froala `.fr-element`) sits inside a
 * `.ticket-details__item`, the wrapper messages use ("`.rich-editor` is the reply box and has to
 * be filtered out", a Freshdesk case-copy extension's notes, idx:57948203092): an item holding an
 * editor is the reply box, not something said.
 */
const REPLY_EDITOR = '.rich-editor, .fr-element, [contenteditable="true"]';
const ITEM = `.ticket-details__item:not(:has(${REPLY_EDITOR}))`;

/**
 * The contact-info micro-frontend: `mfe-application[app-id="fw-unified-mfe--contact-info"]`
 * (idx:56746537821, idx:55177852789; also as its own tag or id, idx:67291861710) "holds the
 * contact name + email" in its shadow root (idx:57948203092).
 */
const CONTACT_CARD =
  'mfe-application[app-id="fw-unified-mfe--contact-info"], fw-unified-mfe--contact-info, #fw-unified-mfe--contact-info';
/** The name is the link to the contact's page (idx:55177852789 reads `a[href*="/contacts/"]` there). */
const CONTACT_LINK = 'a[href*="/contacts/"]';

function requesterFromContactCard(scope: ParentNode): string | undefined {
  const card = queryFirstDeep(scope, CONTACT_CARD);
  const name = (card?.shadowRoot ?? card)?.querySelector(CONTACT_LINK);
  return (name && readableText(name)) || undefined;
}

export const freshdeskAdapter = defineDesk({
  descriptor: {
    id: 'freshdesk',
    name: 'Freshdesk / Freshchat',
    // The agent portal is /a/… (/a/tickets/{id}); the same hosts serve the public portal (/support/…).
    // myfreshworks.com hosts the signed-in Freshworks apps only.
    matches: ['https://*.freshdesk.com/a/*', 'https://*.freshchat.com/a/*', 'https://*.myfreshworks.com/*'],
    transcript: '.ticket-details-wrapper, .tickets-conversation-pane',
    // The ticket's first message is the description; replies and notes are items.
    message: `[data-test-id="ticket-description"], ${ITEM}`,
    text: '[data-test-conversation="conversation-text"], [data-test-id="conversation-content"], .ticket_note[data-note-id]',
    systemWhen: '.ticket-details__item[class*="privatenote"]',
    // Scripts ask "requester?" before "agent?" (idx:69435803588): the requester's own items may
    // carry the attribute too, set to "false". The reader asks agent before customer, so the
    // agent test leaves requester items out and reads the attribute's value.
    agentWhen: '.ticket-details__item:not([class*="requestor"]):has([data-test-is-agent]:not([data-test-is-agent="false"]))',
    customerWhen: '.ticket-details__item[class*="requestor"], [data-test-id="ticket-description"]',
    author: '[data-test-id="user-name"] b',
    // time-info carries the absolute time in aria-label; time-ago is relative text.
    time: '[data-test-id="time-info"], [data-test-id="time-ago"]',
    // Froala is what extensions guess for the reply editor (conf. L).
    composer: '.fr-element.fr-view[contenteditable="true"], [contenteditable="true"][role="textbox"], textarea',
  },
  olderMarkup: [
    {
      // Freshchat / Freshdesk Messaging: only class fragments are public ("message-bubble",
      // "chat-message", idx:62587567181, conf. L-M); sides are guessed by class words, then by
      // the author's name and the bubble's side.
      transcript: '[class*="conversation-messages"], [role="log"]',
      message: '[class*="message-bubble"], [class*="chat-message"]',
      text: '[class*="message-text"], [class*="message-content"]',
      systemWhen: '[class*="system-message"], [class*="private-note"]',
      agentWhen: AGENT_CLASS_WORDS,
      customerWhen: CUSTOMER_CLASS_WORDS,
      author: '[class*="author-name"], [class*="sender-name"]',
      time: 'time, [class*="timestamp"]',
      customerName: '[class*="conversation-header"] [class*="name"], [class*="contact-name"]',
      typing: '[class*="typing-indicator"]',
    },
  ],
  hooks: {
    customerName: requesterFromContactCard,
    speaker: speakerByNameThenAlignment,
    customerTyping: typingByMarkerOrText,
  },
});
