// Desks that publish no stable markers (Gorgias; LiveChat once its test ids go) and hash their
// class names per deploy. What stays is what assistive technology needs: a chat log is a
// role=log / aria-live region or a feed, messages are its list items or articles, a sender's
// name is bold, a time is a <time>. Sides come from names, then from where the bubble sits.
import type { SiteDescriptor } from '../sites/siteDescriptor';
import type { DeskDefinition } from './defineDesk';
import { AGENT_CLASS_WORDS, CUSTOMER_CLASS_WORDS, speakerByNameThenAlignment, typingByMarkerOrText } from './heuristics';

/** The transcript regions to try, most specific first; a desk may put its own marker in front. */
const ARIA_TRANSCRIPTS = ['[role="log"]', '[role="feed"]', '[aria-live="polite"]', '[aria-live="assertive"]'];

interface AriaDesk {
  id: string;
  name: string;
  matches: string[];
  /** Known markers of this desk, tried before the ARIA chain. */
  transcriptMarkers?: string[];
  customerName: string;
  composer?: string;
}

export function ariaStructuredDesk(desk: AriaDesk): DeskDefinition {
  const [first, ...rest] = [...(desk.transcriptMarkers ?? []), ...ARIA_TRANSCRIPTS];
  const descriptor: SiteDescriptor = {
    id: desk.id,
    name: desk.name,
    matches: desk.matches,
    transcript: first!,
    message: '[role="listitem"], [role="article"], li, article',
    agentWhen: AGENT_CLASS_WORDS,
    customerWhen: CUSTOMER_CLASS_WORDS,
    systemWhen: '[role="status"], [role="separator"]',
    author: '[class*="author" i], [class*="sender" i], strong, b',
    time: 'time',
    customerName: desk.customerName,
    composer: desk.composer ?? '[contenteditable="true"][role="textbox"], [contenteditable="true"], textarea',
    typing: '[aria-label*="typing" i], [class*="typing" i]',
  };
  return {
    descriptor,
    olderMarkup: rest.map((transcript) => ({ transcript })),
    hooks: { speaker: speakerByNameThenAlignment, customerTyping: typingByMarkerOrText },
  };
}
