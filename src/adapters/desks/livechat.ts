// LiveChat agent app (my.livechatinc.com, text.com). Markers from LiveChat userscripts found
// with the search tool (conf. M, several independent scripts agree): the list
// `[data-testid="messages-list"]` (idx:54705245978, idx:56193597946), messages
// `[data-testid="agent-message"]` / `[data-testid="customer-message"]` (idx:56193597946,
// idx:61010686093, idx:68950146467, idx:68877685468), text `[data-testid="message-text"]`
// (idx:56193597946), the sender's name in a nearby `.privacy-masker` (idx:68877685468).
// Class names are per-deploy CSS-in-JS hashes (`css-…`). When the test ids go, the ARIA chain
// of ariaChat.ts takes over.
import { ariaStructuredDesk } from '../ariaChat';
import { defineDesk } from '../defineDesk';
import { composedParent, readableText } from '../dom';

/** Lines in a masker that are chat events, not names (idx:68877685468). */
const EVENT_LINE = /Started -|Archived -|Chat rated/;
/**
 * How far above a message its sender's name may sit: up to 8 levels above the text in some
 * builds (the survey's 2026-12 re-check of LiveChat scripts). The nearest name printed before
 * the message wins, so a level holding several message groups still gives this group's name.
 */
const NAME_SEARCH_DEPTH = 8;

function isName(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !text.includes('\n') && !EVENT_LINE.test(text);
}

/** The sender's name LiveChat prints once per message group, above the bubbles. */
function nameNearMessage(message: Element): string | undefined {
  let at: Element | null = message;
  for (let level = 0; at && level <= NAME_SEARCH_DEPTH; level++, at = composedParent(at)) {
    if (at.matches('[data-testid="messages-list"], [role="log"]')) break;
    const before = Array.from(at.querySelectorAll('.privacy-masker')).filter(
      (masker) => masker.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    for (let i = before.length - 1; i >= 0; i--) {
      const name = readableText(before[i]!);
      if (isName(name)) return name;
    }
  }
  return undefined;
}

const ariaFallback = ariaStructuredDesk({
  id: 'livechat',
  name: 'LiveChat',
  matches: ['https://my.livechatinc.com/*', 'https://my.text.com/*'],
  customerName: '[role="complementary"] h2, aside h2',
});

export const liveChatAdapter = defineDesk({
  descriptor: {
    id: 'livechat',
    name: 'LiveChat',
    matches: ['https://my.livechatinc.com/*', 'https://my.text.com/*'],
    transcript: '[data-testid="messages-list"]',
    // Some builds say `visitor-message` for the customer's side (LiveChat highlighter userscripts
    // idx:56378392082, idx:60863569625, next to the `.css-3dz5hy` bubble class).
    message: '[data-testid="agent-message"], [data-testid="customer-message"], [data-testid="visitor-message"]',
    text: '[data-testid="message-text"]',
    agentWhen: '[data-testid="agent-message"]',
    customerWhen: '[data-testid="customer-message"], [data-testid="visitor-message"]',
    author: '.privacy-masker',
    time: 'time',
    // No public composer marker (conf. L).
    composer: 'textarea, [contenteditable="true"][role="textbox"]',
  },
  olderMarkup: [ariaFallback.descriptor, ...(ariaFallback.olderMarkup ?? [])],
  hooks: {
    ...ariaFallback.hooks,
    author: (message, raw) => raw ?? nameNearMessage(message),
  },
});
