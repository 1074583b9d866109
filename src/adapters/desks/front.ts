// Front. Markers (docs/desk-sources.md): the "Central" content script (idx:36258477862, "Based on
// Front's actual DOM as of Feb 2026"). Front uses styled-components, so selectors match the
// stable `component__StyledName` prefix and ignore the hash. No side marker is public: the
// customer is the person who wrote in (the first message's author), everyone else is the team.
// Guessed (no public source as of December 2026): sides (class words, then the first
// author's name, then the bubble's position), the customer's name (the first message's author),
// the composer (a rich-text box), typing (the words on screen). Internal comments and rule or
// bot messages have no known marker and may read as the team's.
import { defineDesk } from '../defineDesk';
import { queryFirstDeep, readableText } from '../dom';
import { AGENT_CLASS_WORDS, CUSTOMER_CLASS_WORDS, speakerByNameThenAlignment, typingByMarkerOrText } from '../heuristics';

const MESSAGE = '[class*="messageViewerBase__StyledMessageDiv"], [role="article"]';
const AUTHOR = '[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child, [data-account-name]';

function firstAuthor(scope: ParentNode): string | undefined {
  const firstMessage = queryFirstDeep(scope, MESSAGE);
  const author = firstMessage && queryFirstDeep(firstMessage, AUTHOR);
  return (author && readableText(author)) || undefined;
}

export const frontAdapter = defineDesk({
  descriptor: {
    id: 'front',
    name: 'Front',
    // The app's host only: other frontapp.com hosts are not the agent's inbox.
    matches: ['https://app.frontapp.com/*'],
    transcript: '[class*="viewer__StyledViewerDiv"]',
    message: MESSAGE,
    text: '[class*="messageHtml__StyledHtmlDiv"], [class*="messageViewerEmailBody__StyledEmailDiv"], [class*="messageViewerCollapsed__StyledBlurbDiv"]',
    agentWhen: AGENT_CLASS_WORDS,
    customerWhen: CUSTOMER_CLASS_WORDS,
    author: AUTHOR,
    time: '[class*="messageViewerDate__StyledDateDiv"]',
    // No composer marker is public (conf. L): the conversation's rich-text box.
    composer: '[class*="composer" i] [contenteditable="true"], [contenteditable="true"][role="textbox"], textarea',
  },
  hooks: {
    customerName: firstAuthor,
    speaker: speakerByNameThenAlignment,
    customerTyping: typingByMarkerOrText,
  },
});
