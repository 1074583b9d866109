// Gorgias helpdesk. Only per-deploy CSS-module hashes are public (greasyfork 440838,
// idx:17811416455; conf. L; docs/desk-sources.md), so the ticket is read from ARIA structure and
// text (see ariaChat.ts). The customer's name is the customer panel's heading.
// Everything here is guessed (no public source as of December 2026): the log region,
// messages as its list items or articles, sides by name then position, the name as the side
// panel's heading, the composer as the first editable box, typing as words or a typing class.
// Internal notes and macros/rules have no known marker.
import { ariaStructuredDesk } from '../ariaChat';
import { defineDesk } from '../defineDesk';

export const gorgiasAdapter = defineDesk(
  ariaStructuredDesk({
    id: 'gorgias',
    name: 'Gorgias',
    matches: ['https://*.gorgias.com/app/*'],
    customerName: '[role="complementary"] h2, aside h2, [role="complementary"] h3, aside h3',
  }),
);
