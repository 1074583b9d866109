// Salesforce Service Cloud messaging in the Lightning console. No scraper of the real console
// is public; markers are the SLDS Chat blueprint (salesforce-ux/design-system
// `ui/components/chat/__tests__/__snapshots__/*`, conf. H for the blueprint), which the console's
// LWC components render behind shadow roots that the reader pierces.
// Guessed (no public source for the live console as of December 2026): that the
// Enhanced Messaging component uses these SLDS classes at all, the composer (an SLDS textarea or
// rich-text area), and that the customer's name is the inbound meta line's. Bots and events: the
// blueprint's `_event` / `_bookend` items are system lines; a bot's outbound bubble has no
// public marker and reads as agent.
import { defineDesk } from '../defineDesk';
import { queryFirstDeep } from '../dom';

/** The meta line's label reads "said Simon Taggart at 5:09 PM"; its text "Simon Taggart • 5:09 PM". */
function nameFromMeta(message: Element, raw: string | undefined): string | undefined {
  const label = queryFirstDeep(message, '.slds-chat-message__meta')?.getAttribute('aria-label') ?? '';
  const fromLabel = /^said (.+?) at /i.exec(label)?.[1];
  return fromLabel ?? raw?.split('•')[0]?.trim();
}

export const salesforceAdapter = defineDesk({
  descriptor: {
    id: 'salesforce',
    name: 'Salesforce Service Console',
    // The Lightning console (/lightning/…); public Experience Cloud sites live on other hosts.
    matches: ['https://*.lightning.force.com/lightning/*', 'https://*.my.salesforce.com/*'],
    transcript: 'section[role="log"].slds-chat, .slds-chat',
    message: 'li.slds-chat-listitem',
    text: '.slds-chat-message__text',
    systemWhen: '.slds-chat-listitem_event, .slds-chat-listitem_bookend',
    agentWhen: '.slds-chat-listitem_outbound',
    customerWhen: '.slds-chat-listitem_inbound',
    author: '.slds-chat-message__meta',
    // SLDS draws typing as an inbound bubble holding this icon (conf. H, blueprint).
    typing: '.slds-icon-typing',
    // The console's composer is not public; SLDS textareas are (conf. L).
    composer: 'textarea.slds-textarea, .slds-rich-text-area [contenteditable="true"], textarea',
  },
  hooks: { author: nameFromMeta },
});
