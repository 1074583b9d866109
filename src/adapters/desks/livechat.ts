// LiveChat agent app (my.livechatinc.com, text.com). The only public marker is the message
// list `[data-testid="messages-list"]` ("LAPAK1 - Custom Chat Word Highlighter" idx:54705245978,
// conf. M); integrations use the Agent App SDK instead of the DOM. The rest is read from ARIA
// structure and text (see ariaChat.ts).
import { ariaStructuredDesk } from '../ariaChat';
import { defineDesk } from '../defineDesk';

export const liveChatAdapter = defineDesk(
  ariaStructuredDesk({
    id: 'livechat',
    name: 'LiveChat',
    matches: ['https://my.livechatinc.com/*', 'https://my.text.com/*'],
    transcriptMarkers: ['[data-testid="messages-list"]'],
    customerName: '[data-testid="chat-header"] h2, [role="banner"] h2, [role="complementary"] h2, aside h2',
  }),
);
