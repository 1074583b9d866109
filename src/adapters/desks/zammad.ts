// Zammad. Agent chat (legacy desktop app): from
// zammad/zammad `app/assets/javascripts/app/views/customer_chat/chat_window.jst.eco` and
// `chat_message.jst.eco` (conf. H); the agent-side modifier is inferred (conf. M).
// Ticket view of the new desktop app (a further markup, below): zammad/zammad
// `app/frontend/apps/desktop/pages/ticket/components/TicketDetailView/ArticleList.vue`,
// `ArticleBubble/ArticleBubble.vue` and `ArticleBubble/useBubbleStyleGuide.ts` (conf. H).
import { defineDesk } from '../defineDesk';
import { isShown } from '../dom';

/** The new desktop app's article list (ArticleList.vue: `section[role="feed"]` of `article` rows). */
const TICKET_FEED = 'section[role="feed"]:has([data-test-id^="article-bubble-container-"])';
/** One article's bubble (ArticleBubble.vue); its outer corner says the side (see olderMarkup). */
const BUBBLE = '[data-test-id^="article-bubble-container-"]';

/**
 * Several chats can be open side by side: the one the agent is typing in is the one being
 * read, else the first visible one. A window is the parent of a `.chat-body-holder`.
 */
function activeChatWindow(doc: Document): ParentNode | null {
  const windows = Array.from(doc.querySelectorAll('.chat-body-holder'))
    .map((holder) => holder.parentElement)
    .filter((window): window is HTMLElement => window !== null && isShown(window));
  const focused = doc.activeElement;
  // No chat window: a ticket page of the new desktop app is read whole.
  if (!windows.length) return doc.querySelector(TICKET_FEED) ? doc : null;
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
    // The agent app: the classic one page at / with #routes, the new desktop view under /desktop/;
    // the help centre is /help/….
    matches: ['https://*.zammad.com/', 'https://*.zammad.com/desktop/*'],
    transcript: '.chat-body.js-body',
    message: '.chat-message',
    agentWhen: '.chat-message--agent',
    customerWhen: '.chat-message--customer',
    customerName: CUSTOMER_NAME,
    composer: '.chat-input.js-customerChatInput, .js-customerChatInput',
    // The chat_loader template is appended while the customer types, removed 2 s after.
    typing: '.js-loader',
  },
  olderMarkup: [
    {
      // Ticket articles in the new desktop app: `section[role=feed] > article#article-{key}` rows
      // holding an ArticleBubble, a SystemMessage or a DeliveryMessage (ArticleList.vue).
      transcript: TICKET_FEED,
      message: 'article[id^="article-"]',
      text: '[data-test-id^="article-bubble-body-"]',
      // Internal notes are striped (`bg-stripes`, useBubbleStyleGuide.ts); rows without a bubble
      // are system and delivery messages. System *articles* sit left like an agent's and carry no
      // marker of their own: they read as the agent's.
      systemWhen: `article:has(${BUBBLE}.bg-stripes), article:not(:has(${BUBBLE}))`,
      // ArticleBubble.vue: customer articles on the right (outer corner `ltr:rounded-bl-xl`),
      // agent and system ones on the left (`ltr:rounded-br-xl`).
      customerWhen: `article:has(${BUBBLE}[class~="ltr:rounded-bl-xl"])`,
      agentWhen: `article:has(${BUBBLE}[class~="ltr:rounded-br-xl"])`,
      // Not in the files read (guessed, conf. L): where the header names the customer, and the
      // reply editor (an editable text box). A ticket page shows no customer typing.
      customerName: '[data-test-id="ticket-customer-name"]',
      composer: '[contenteditable="true"][role="textbox"]',
    },
  ],
  hooks: { scope: activeChatWindow, customerNameText: nameWithoutSession, conversationKey: chatSessionKey },
});
