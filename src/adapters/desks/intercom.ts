// Intercom Inbox ("inbox2"). Markers: DOM-SURVEY §2, "Support Copilot for Intercom"
// (idx:70503028210, 2026) and hatihem-mr/mr-sidepanel `src/shared/utils/intercom-utils.ts`.
import { defineDesk } from '../defineDesk';
import { speakerByAlignment, typingByText } from '../heuristics';

export const intercomAdapter = defineDesk({
  descriptor: {
    id: 'intercom',
    name: 'Intercom Inbox',
    matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
    transcript:
      '[data-testid="conversation-stream-scroll-container"], [data-conversation-stream], [data-intercom-target-conversation-stream], .inbox2__conversation-stream',
    // Since about April 2026 each part is a Tailwind "group/content-part" (conf. M).
    message: '[class*="group/content-part"]',
    text: '.interblocks-html, .inbox2__break-words, .inbox2__user-email-content, .inbox2__renderable-part',
    // Legacy data-part-group-category: 1 customer, 3 agent, 5 bot, 20 automated (conf. M);
    // newer builds align rows instead (justify-end / flex-row-reverse for the agent side).
    systemWhen: '[data-part-group-category="20"]',
    agentWhen: '[data-part-group-category="3"], [data-part-group-category="5"], .justify-end, .flex-row-reverse',
    customerWhen: '[data-part-group-category="1"], .justify-start',
    customerName: '[data-inbox-conversation-header-title], span[data-conversation-title], .inbox2__conversation-title',
    composer:
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"], .ProseMirror.embercom-prosemirror-composer-editor',
  },
  olderMarkup: [
    // Before April 2026: one element per part group (mr-sidepanel uses [data-part-group-id]).
    { message: '[data-part-group-id], .inbox2__conversation-part' },
  ],
  hooks: {
    // Mid-2026 builds carry no side class at all: the survey's script compares x-centres.
    speaker: speakerByAlignment,
    customerTyping: typingByText,
  },
});
