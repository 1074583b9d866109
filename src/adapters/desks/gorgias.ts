// Gorgias helpdesk. Only per-deploy CSS-module hashes are public (greasyfork 440838,
// idx:17811416455; DOM-SURVEY §7, conf. L), so the ticket is read from ARIA structure and
// text (see ariaChat.ts). The customer's name is the customer panel's heading.
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
