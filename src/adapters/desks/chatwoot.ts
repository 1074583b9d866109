// Chatwoot (open source). Markers: DOM-SURVEY §12 and FIXTURE-MARKUP §A, read from the Vue
// dashboard at upstream commit e13e3c873 (2026-01-19): components-next/message/Message.vue,
// bubbles/Base.vue, MessageMeta.vue, ConversationHeader.vue, ReplyBox.vue, MessagesView.vue.
import { defineDesk } from '../defineDesk';
import { typingByText } from '../heuristics';

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
    // Activity rows are centred; a private note is a right-hand amber bubble but not said to the customer.
    systemWhen: '.justify-center, .message-bubble-container:has(.bg-n-solid-amber)',
    agentWhen: '.justify-end',
    customerWhen: '.justify-start',
    time: 'time',
    customerName: 'span.text-sm.font-medium.truncate.leading-tight.text-n-slate-12',
    composer: '.reply-box .ProseMirror[contenteditable="true"]',
    typing: 'img[alt="Someone is typing"], img[src$="typing.gif"]',
  },
  olderMarkup: [
    // Legacy UI (default before Dec 2024, removed 2025-07-01): li.left|right|center.
    {
      message: 'li[id^="message"]',
      text: '.text-content',
      systemWhen: '.center, :has(.bubble.is-private)',
      agentWhen: '.right',
      customerWhen: '.left',
      time: '.time',
    },
  ],
  hooks: {
    // The same pill shows when another agent types ("Sam is typing"): only the contact counts.
    customerTyping: (scope, context) => context.markerShown && typingByText(scope, context),
  },
});
