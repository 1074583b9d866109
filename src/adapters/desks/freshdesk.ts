// Freshdesk ticket view and Freshdesk Messaging (Freshchat). Ticket markers: DOM-SURVEY §3,
// the TS `freshdeskExtractor` (idx:69435803588, conf. M) and Ankushjha/freshdesk-ai-summarizer
// `extractor.js`. Freshworks UIs are built from Crayons web components with open shadow roots
// (idx:62587567181), which the reader pierces.
import { defineDesk } from '../defineDesk';
import { AGENT_CLASS_WORDS, CUSTOMER_CLASS_WORDS, speakerByNameThenAlignment, typingByMarkerOrText } from '../heuristics';

export const freshdeskAdapter = defineDesk({
  descriptor: {
    id: 'freshdesk',
    name: 'Freshdesk / Freshchat',
    // The agent portal is /a/… (/a/tickets/{id}); the same hosts serve the public portal (/support/…).
    // myfreshworks.com hosts the signed-in Freshworks apps only.
    matches: ['https://*.freshdesk.com/a/*', 'https://*.freshchat.com/a/*', 'https://*.myfreshworks.com/*'],
    transcript: '.ticket-details-wrapper, .tickets-conversation-pane',
    // The ticket's first message is the description; replies and notes are items.
    message: '[data-test-id="ticket-description"], .ticket-details__item',
    text: '[data-test-conversation="conversation-text"], [data-test-id="conversation-content"], .ticket_note[data-note-id]',
    systemWhen: '.ticket-details__item[class*="privatenote"]',
    agentWhen: '.ticket-details__item:has([data-test-is-agent])',
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
    speaker: speakerByNameThenAlignment,
    customerTyping: typingByMarkerOrText,
  },
});
