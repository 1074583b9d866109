// Chatwoot (open source). Markers read from chatwoot/chatwoot's Vue
// dashboard (app/javascript/dashboard) at commit e13e3c873 (2026-01-19): components-next/message/Message.vue,
// bubbles/Base.vue, MessageMeta.vue, ConversationHeader.vue, ReplyBox.vue, MessagesView.vue;
// variant classes from components-next/message/constants.js. Older UIs: below, and docs/desk-sources.md.
import { defineDesk } from '../defineDesk';
import { typingByText } from '../heuristics';

/**
 * Bubbles that are not the agent talking to the customer: a private note (`bg-n-solid-amber`)
 * and a bot's or template's message (`bg-n-solid-iris`, constants.js) sit on the right like an
 * agent's; activity rows are centred.
 */
const noteOrBot = (message: string) => `${message}:has(.bg-n-solid-amber), ${message}:has(.bg-n-solid-iris)`;

export const chatwootAdapter = defineDesk({
  descriptor: {
    id: 'chatwoot',
    name: 'Chatwoot',
    // Self-hosted installs live anywhere; admins add their host with a descriptor.
    // The dashboard is /app/…; the same host serves public help centres (/hc/…).
    matches: ['https://app.chatwoot.com/app/*'],
    transcript: 'ul.conversation-panel',
    message: '.message-bubble-container[data-message-id]',
    text: '.prose-bubble, [data-bubble-name="activity"] span[title]',
    systemWhen: `.justify-center, ${noteOrBot('.message-bubble-container')}`,
    agentWhen: '.justify-end',
    customerWhen: '.justify-start',
    time: 'time',
    customerName: 'span.text-sm.font-medium.truncate.leading-tight.text-n-slate-12',
    composer: '.reply-box .ProseMirror[contenteditable="true"]',
    // MessagesView.vue: the pill's gif; its words name who types (see hooks).
    typing: 'img[alt="Someone is typing"], img[src$="typing.gif"]',
  },
  olderMarkup: [
    // v4.0 "new bubbles" (Dec 2024 to May 2025; from chatwoot's
    // components-next/message/Message.vue history: no `message-bubble-container`).
    // Only the current agent's messages sit on the right; other agents sit on the left with the
    // contact, so the bubble's colour decides (`bg-n-solid-blue` agent, `bg-n-slate-4` contact;
    // that v4.0 used today's variant classes is ASSUMED, no source says).
    {
      message: '[id^="message"][data-message-id]',
      systemWhen: `.justify-center, ${noteOrBot('[data-message-id]')}`,
      agentWhen: '[data-message-id]:has(.bg-n-solid-blue), .justify-end',
      customerWhen: '[data-message-id]:has(.bg-n-slate-4)',
    },
    // Legacy UI (default before Dec 2024, removed 2025-07-01): li.left|right|center; bots'
    // bubbles are `.is-from-bot`, notes `.is-private` (deleted widgets/conversation/Message.vue).
    {
      message: 'li[id^="message"]',
      text: '.text-content',
      systemWhen: '.center, :has(.bubble.is-private), :has(.bubble.is-from-bot)',
      agentWhen: '.right',
      customerWhen: '.left',
      time: '.time',
    },
  ],
  hooks: {
    // The same pill shows when another agent types ("Sam is typing"): only the contact counts,
    // named as Chatwoot knows them (often the first name) and in the agent's language.
    customerTyping: (scope, context) => context.markerShown && typingByText(scope, context),
  },
});
