// Help Scout, classic conversation view. Markers: DOM-SURVEY §5, Maxr1998/userscripts
// `helpscout_click_to_copy.user.js` (2024, #tkContent), trentslutzky/helpscout-thread-hider
// `threadhider.js` (2023, article.thread), "CX Copilot" idx:2448727361 (Redactor composer).
// Threads are listed newest first by default; the reader puts them back in order by time.
import { defineDesk } from '../defineDesk';
import { typingByMarkerOrText } from '../heuristics';

export const helpScoutAdapter = defineDesk({
  descriptor: {
    id: 'helpscout',
    name: 'Help Scout',
    matches: ['https://secure.helpscout.net/*', 'https://app.helpscout.com/*'],
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
  hooks: { customerTyping: typingByMarkerOrText },
});
