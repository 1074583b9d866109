// tawk.to dashboard. Markers (docs/desk-sources.md): otowm/om30-saudesimples `Interno/Tawk → GLPI.user.js`
// (2026, conf. M) and ebnazmul/userscripts (idx:66518427982, composer, conf. H). Sides are not
// marked: the visitor is the person named in the contact card, the rest is the team.
import type { Speaker } from '../../engine';
import { defineDesk } from '../defineDesk';
import { AGENT_CLASS_WORDS, CUSTOMER_CLASS_WORDS, speakerByNameThenAlignment, typingByMarkerOrText } from '../heuristics';
import type { MessageContext } from '../types';

/** tawk.to labels visitors who gave no name generically ("Visitante" in the otowm script). */
const ANONYMOUS_VISITOR = /^(visitor|visitante|visiteur|besucher|v\d{6,})\b/i;

function speakerOfBlock(message: Element, context: MessageContext): Speaker | null {
  if (context.author && ANONYMOUS_VISITOR.test(context.author)) return 'customer';
  return speakerByNameThenAlignment(message, context);
}

const BLOCK = '[id^="blockId-"]';

export const tawktoAdapter = defineDesk({
  descriptor: {
    id: 'tawkto',
    name: 'tawk.to',
    matches: ['https://dashboard.tawk.to/*'],
    // Several cached scrollers exist; the reader takes the visible one.
    transcript: '.tawk-smooth-scroll',
    message: BLOCK,
    text: '.tawk-message, .tawk-log-message-text',
    systemWhen: `${BLOCK}:has(.tawk-log-message-text)`,
    agentWhen: AGENT_CLASS_WORDS,
    customerWhen: CUSTOMER_CLASS_WORDS,
    author: '.tawk-text-grey-2.tawk-text-regular-1',
    time: '.tawk-time',
    // The contact card holds one form per field, label and value as spans (otowm, and a later
    // version of the same script read with the search tool); the first form is the name
    // (inferred, conf. L). Cached cards exist too: the visible one wins. A wrong name here turns
    // the customer's named lines into the team's (the survey's 2026-12 re-check): the health
    // line then shows sides as "agent only so far". Names agree first name to full name.
    customerName: '.tawk-contact-details-card form span:last-child',
    composer: 'div.tawk-message-input[contenteditable="true"]',
  },
  hooks: {
    speaker: speakerOfBlock,
    customerTyping: typingByMarkerOrText,
  },
});
