// tawk.to dashboard. Markers: DOM-SURVEY §11, otowm/om30-saudesimples `Interno/Tawk → GLPI.user.js`
// (2026, conf. M) and ebnazmul/userscripts (idx:66518427982, composer, conf. H). Sides are not
// marked: the visitor is the person named in the contact card, the rest is the team.
import { defineDesk } from '../defineDesk';
import { AGENT_CLASS_WORDS, CUSTOMER_CLASS_WORDS, speakerByNameThenAlignment, typingByMarkerOrText } from '../heuristics';

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
    // The contact card holds forms (otowm); its first field is the name (inferred, conf. L).
    customerName: '.tawk-contact-details-card input[name="name"], .tawk-contact-details-card input',
    composer: 'div.tawk-message-input[contenteditable="true"]',
  },
  hooks: {
    speaker: speakerByNameThenAlignment,
    customerTyping: typingByMarkerOrText,
  },
});
