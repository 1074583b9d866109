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

/**
 * The chat header prints the customer as "Name #sessionId" (`div.chat-name` of zammad/zammad
 * `app/assets/javascripts/app/views/customer_chat/chat_window.jst.eco` renders `@name`; the
 * survey's 2026-12 re-check saw it in `span.js-name`): the name is what comes before the session id.
 */
const NAME_WITH_SESSION = /^(.*?)\s*#([\w-]+)$/;
const CUSTOMER_NAME = '.chat-name .js-name, .chat-name';

function nameWithoutSession(raw: string): string | undefined {
  return (NAME_WITH_SESSION.exec(raw.trim())?.[1] ?? raw).trim() || undefined;
}

/** One URL serves every chat: the session id tells two customers of the same name apart. */
function chatSessionKey(doc: Document, scope: ParentNode): string | undefined {
  const shown = scope.querySelector(CUSTOMER_NAME)?.textContent?.trim() ?? '';
  const session = NAME_WITH_SESSION.exec(shown)?.[2];
  return session ? `${new URL(doc.URL).host}|zammad:chat:${session}` : undefined;
}

export const zammadAdapter = defineDesk({
  descriptor: {
    id: 'zammad',
    name: 'Zammad',
    // Self-hosted: the hosted service is *.zammad.com; admins add their own host.
    matches: ['https://*.zammad.com/*'],
    transcript: '.chat-body.js-body',
    message: '.chat-message',
    agentWhen: '.chat-message--agent',
    customerWhen: '.chat-message--customer',
    customerName: CUSTOMER_NAME,
    composer: '.chat-input.js-customerChatInput, .js-customerChatInput',
    // The chat_loader template is appended while the customer types, removed 2 s after.
    typing: '.js-loader',
  },
  hooks: { scope: activeChatWindow, customerNameText: nameWithoutSession, conversationKey: chatSessionKey },
});
