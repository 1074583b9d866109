// Crisp inbox. Markers (docs/desk-sources.md): "Zorte Crisp" (idx:62531047642, "structure confirmed
// in real HTML"), theme/colour userscripts (idx:49699855122, idx:40756434202), composer
// userscripts (idx:49008036533, Puppeteer idx:32494013644). The list is virtualised.
import { defineDesk } from '../defineDesk';
import { typingByMarkerOrText } from '../heuristics';

const MESSAGE = '.c-conversation-box-content-message';

export const crispAdapter = defineDesk({
  descriptor: {
    id: 'crisp',
    name: 'Crisp',
    matches: ['https://app.crisp.chat/*'],
    transcript: '.c-conversation-box-content',
    message: MESSAGE,
    text: '.c-conversation-box-content-message-bubble__content',
    // "--user" is the customer, "--operator" the agent, anything else is an event (idx:62531047642).
    systemWhen: `${MESSAGE}:not(${MESSAGE}--user):not(${MESSAGE}--operator)`,
    agentWhen: `${MESSAGE}--operator`,
    customerWhen: `${MESSAGE}--user`,
    // Shown on the last message of a same-sender run only; the reader carries it over the run.
    author: '.c-conversation-box-content-message__avatar-tooltip .c-base-tooltip__default',
    // `.c-conversation-profile__name` (idx:62531047642, verified with the search tool), then
    // name-like nodes of the profile block and top bar (inferred from Crisp's BEM naming).
    customerName:
      '.c-conversation-profile__name, .c-conversation-profile__information [class*="__name"], .c-conversation-box-topbar [class*="__name"]',
    composer:
      '.c-conversation-box__editor .c-editor-composer__field[contenteditable="true"], .c-conversation-box-field__field',
  },
  hooks: { customerTyping: typingByMarkerOrText },
});
