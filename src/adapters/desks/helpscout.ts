// Help Scout. Today's inbox (secure.helpscout.net/inboxes/…/views/…): the Help Scout
// browser-automation notes (idx:22964581143: `ol[aria-label=
// "Thread Items"] > li`, `[id^="thread-"]`, `.is-customer`, `time`, body after the header's `hr`,
// reply editor `[role="textbox"]`) and a Help Scout content script (idx:14038737646:
// `[data-cy="ConvoEditor"]`, author `span[data-nocollapse="true"]`, conf. L).
// Classic view (olderMarkup): Maxr1998/userscripts `helpscout_click_to_copy.user.js`
// (2024, #tkContent), trentslutzky/helpscout-thread-hider `threadhider.js` (2023, article.thread),
// "CX Copilot" idx:2448727361 (Redactor composer).
// Threads may be listed newest first (an account setting); the reader puts them back in order by time.
import { defineDesk } from '../defineDesk';
import { typingByMarkerOrText } from '../heuristics';

const THREAD = 'ol[aria-label="Thread Items"] > li [id^="thread-"]';

export const helpScoutAdapter = defineDesk({
  descriptor: {
    id: 'helpscout',
    name: 'Help Scout',
    matches: ['https://secure.helpscout.net/*', 'https://app.helpscout.com/*'],
    transcript: 'ol[aria-label="Thread Items"]',
    message: THREAD,
    // The body is what follows the header block that holds the `hr` (idx:22964581143).
    text: 'div:has(> hr) ~ div',
    // No public marker for notes or line items in this UI. A thread labelled as a note is
    // left out as a system line (a guess from the aria-labels idx:14038737646 reads; it can
    // only take lines away from the sides, never give them to the customer).
    systemWhen: '[id^="thread-"][aria-label*="note" i]',
    customerWhen: '.is-customer',
    agentWhen: '[id^="thread-"]:not(.is-customer):not(.is-customer *)',
    author: 'span[data-nocollapse="true"]',
    time: 'time',
    composer: '[data-cy="ConvoEditor"] [role="textbox"], [data-cy="ConvoEditor"][contenteditable="true"], [role="textbox"][contenteditable="true"]',
  },
  olderMarkup: [
    {
      transcript: '#tkContent',
      message: 'article.thread',
      text: 'section.messageBody',
      // Only `.customer` is confirmed (thread-hider); note and line-item classes are inferred (conf. L).
      systemWhen: 'article.thread.note, article.thread.lineitem',
      agentWhen: 'article.thread:not(.customer)',
      customerWhen: 'article.thread.customer',
      // Inside `section.threadHeader > section.meta` (thread-hider); the name and time nodes are inferred.
      author: 'section.threadHeader section.meta strong',
      time: 'section.threadHeader time',
      composer: '.redactor_redactor.redactor_editor, [contenteditable="true"].redactor-editor',
    },
  ],
  hooks: { customerTyping: typingByMarkerOrText },
});
