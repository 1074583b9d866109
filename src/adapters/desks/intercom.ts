// Intercom Inbox ("inbox2"). Markers (docs/desk-sources.md): "Support Copilot for Intercom"
// (idx:70503028210, 2026), hatihem-mr/mr-sidepanel `src/shared/utils/intercom-utils.ts`; today's
// parts, text and teammate marker from a support userscript (idx:18525760070:
// `[data-intercom-target="conversation-stream-content-part"]`, `.intercom-interblocks-html`,
// `[data-testid="admin-avatar-name"]`) and an inbox AI script (idx:36204049485: content parts,
// `.inbox2__note-part`); the `inbox-2__*` spelling from idx:42430175079 (`.inbox-2__conversation-header`).
import { defineDesk } from '../defineDesk';
import { speakerByAlignment, typingByText } from '../heuristics';

/** One part of the stream in today's builds (idx:18525760070, idx:36204049485). */
const CONTENT_PART = '[data-intercom-target="conversation-stream-content-part"]';
/**
 * Internal notes are for teammates only, never said to the customer: `.inbox2__note-part`
 * (idx:36204049485); the hyphenated twin follows the April 2026 rename (no script seen using it).
 */
const NOTE_PART = '.inbox2__note-part, .inbox-2__note-part';
/** A teammate's part carries the admin's name (idx:18525760070 tells customers' parts by its absence). */
const TEAMMATE = '[data-testid="admin-avatar-name"]';

export const intercomAdapter = defineDesk({
  descriptor: {
    id: 'intercom',
    name: 'Intercom Inbox',
    matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
    transcript:
      '[data-testid="conversation-stream-scroll-container"], [data-conversation-stream], [data-intercom-target-conversation-stream], .inbox2__conversation-stream, .inbox-2__conversation-stream',
    message: CONTENT_PART,
    // `.intercom-interblocks-html` today; the April 2026 rename put a hyphen in `inbox-2__*`.
    text: '.intercom-interblocks-html, .interblocks-html, .inbox-2__break-words, .inbox2__break-words, .inbox-2__user-email-content, .inbox2__user-email-content, .inbox-2__renderable-part, .inbox2__renderable-part',
    systemWhen: `${CONTENT_PART}:has(${NOTE_PART}), ${NOTE_PART}`,
    // Rows: agent right-aligned (`justify-end` / `flex-row-reverse`), customer `justify-start`
    // (idx:70503028210). The customer has no marker of their own: a part that is neither a note,
    // a teammate's nor aligned by class is placed by where it sits (hooks.speaker). Fin and other
    // bots have no public marker: they sit on the company's side and read as agent, not customer.
    agentWhen: `${CONTENT_PART}:has(${TEAMMATE}), .justify-end, .flex-row-reverse`,
    customerWhen: '.justify-start',
    customerName:
      '[data-inbox-conversation-header-title], span[data-conversation-title], .inbox-2__conversation-title, .inbox2__conversation-title',
    composer:
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"], .ProseMirror.embercom-prosemirror-composer-editor',
  },
  olderMarkup: [
    // About April to mid 2026: each part a Tailwind "group/content-part" with no side class
    // (idx:70503028210, conf. M): sides by where the bubble sits.
    { message: '[class*="group/content-part"]' },
    // Before April 2026: one element per part group (mr-sidepanel uses [data-part-group-id]) with
    // data-part-group-category 1 customer, 3 admin, 5 bot, 20 automated (idx:70503028210, conf. M).
    // Bots and automated parts are not the agent speaking: system lines.
    {
      message: '[data-part-group-id], .inbox2__conversation-part',
      systemWhen: `[data-part-group-category="5"], [data-part-group-category="20"], ${NOTE_PART}, .o__admin-note`,
      agentWhen: `[data-part-group-category="3"], .justify-end, .flex-row-reverse`,
      customerWhen: '[data-part-group-category="1"], .justify-start',
    },
  ],
  hooks: {
    // Mid-2026 builds carry no side class at all: the survey's script compares x-centres.
    speaker: speakerByAlignment,
    customerTyping: typingByText,
  },
});
