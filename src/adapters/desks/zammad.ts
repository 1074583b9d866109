// Zammad agent chat (legacy desktop app). Markers: DOM-SURVEY §13 and FIXTURE-MARKUP §B, from
// zammad/zammad `app/assets/javascripts/app/views/customer_chat/chat_window.jst.eco` and
// `chat_message.jst.eco` (conf. H); the agent-side modifier is inferred (conf. M).
import { defineDesk } from '../defineDesk';
import { isShown } from '../dom';

/**
 * Several chats can be open side by side: the one the agent is typing in is the one being
 * read, else the first visible one. A window is the parent of a `.chat-body-holder`.
 */
function activeChatWindow(doc: Document): ParentNode | null {
  const windows = Array.from(doc.querySelectorAll('.chat-body-holder'))
    .map((holder) => holder.parentElement)
    .filter((window): window is HTMLElement => window !== null && isShown(window));
  const focused = doc.activeElement;
  return windows.find((window) => focused && window.contains(focused)) ?? windows[0] ?? null;
}

export const zammadAdapter = defineDesk({
  descriptor: {
    id: 'zammad',
    name: 'Zammad',
    // Self-hosted: the hosted service is *.zammad.com; admins add their own host.
    // The agent app is one page at / with #routes; the help centre is /help/….
    matches: ['https://*.zammad.com/'],
    transcript: '.chat-body.js-body',
    message: '.chat-message',
    agentWhen: '.chat-message--agent',
    customerWhen: '.chat-message--customer',
    customerName: '.chat-name',
    composer: '.chat-input.js-customerChatInput, .js-customerChatInput',
    // The chat_loader template is appended while the customer types, removed 2 s after.
    typing: '.js-loader',
  },
  hooks: { scope: activeChatWindow },
});
