// PLAYBOOK steps 1 and 11: "take it up with your bank if you disagree", "that's between you and
// the courier" send an upset customer elsewhere: a brush-off, however true. A reframe drops the
// clause that does it (with the "if you disagree" it hangs on) and says what the agent can do.
import { joinClauses, splitClauses, type Clause } from './clauses';

const ELSEWHERE = String.raw`(?:your|the)\s+(?:bank|card issuer|card provider|card company|credit card company|insurer|insurance|courier|manufacturer|airline|carrier|ombudsman|seller|retailer|provider)`;

const DEFLECTION = new RegExp(
  [
    String.raw`\btake\s+(?:it|this|that|the matter)\s+up\b`,
    // ("…so if you closed it that's really between you and your bank": the 142nd reading's blind ten.)
    String.raw`\b(?:that|this|it)(?:'s|’s|\s+is)\s+(?:really\s+|just\s+|strictly\s+|entirely\s+)?between\s+you\s+and\b`,
    String.raw`\b(?:that|this|it)(?:'s|’s|\s+is)\s+something\s+you(?:'d|'ll|\s+would|\s+will)?\s+(?:need|have)\s+to\s+(?:sort out|take up|raise|contact)`,
    String.raw`\b(?:raise|dispute|contest|challenge|query)\s+(?:it|this|that|the charge|the payment)\s+with\b`,
    String.raw`\bany\s+dispute\s+(?:needs|has|will need)\s+to\s+go\s+through\b`,
    String.raw`\byou(?:'ll|'d|\s+will|\s+would)\s+(?:need|have)\s+to\s+(?:contact|call|complain to|speak to|go to|write to)\s+${ELSEWHERE}`,
    String.raw`\bcomplain\s+to\s+${ELSEWHERE}`,
    String.raw`\byou(?:'ll|'d|\s+will|\s+would|\s+can|\s+could|\s+may|\s+might)?\s+(?:need\s+to\s+|have\s+to\s+)?(?:complain|send a complaint|write)\s+(?:to|with)\s+(?:the|your)\s+[\w-]+`,
    String.raw`\b(?:contact|call)\s+${ELSEWHERE}\b.*\bif\s+you\s+(?:disagree|don't agree|do not agree)\b`,
    String.raw`\byour\s+(?:bank|card issuer|card provider|insurer)\s+(?:(?:can|will|could|would|should)\s+(?:be able to\s+)?(?:look into|help|deal with|sort|handle|advise|dispute)|is the (?:place|one|people) to)\b`,
    String.raw`\byou(?:'re|\s+are)\s+welcome\s+to\s+(?:dispute|complain|contact|take|raise|challenge)\b`,
    String.raw`\bif\s+you\s+(?:want|wish)\s+to\s+take\s+(?:it|this|that|the matter)\s+further\b`,
    // "It's not my decision", "that isn't up to me", "I don't make the rules": the no passed on.
    String.raw`\b(?:it|that|this)(?:'s\s+not|’s\s+not|\s+is\s+not|\s+was\s+not|\s+isn't|\s+wasn't)\s+(?:really\s+)?(?:my|our)\s+(?:decision|call|choice)\b`,
    String.raw`\b(?:not|isn't|wasn't)\s+(?:really\s+)?up\s+to\s+(?:me|us)\b`,
    // "Scheduling is done by our Auckland office, not me" (the 145th reading's blind ten).
    String.raw`\b(?:done|handled|decided|set|managed|run|made|booked|arranged)\s+by\s+(?:our|the)\s+[^,.!?]{1,40}?,\s*not\s+(?:me|us|here|this\s+team)\b`,
    String.raw`\b(?:isn't|is not|wasn't|was not)\s+(?:really\s+)?(?:my|our)\s+(?:decision|call|choice)\b`,
    String.raw`\b(?:a|the)\s+(?:decision|call)\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+not\s+(?:me|us)\b`,
    String.raw`\b(?:decision|call)\s+(?:lies|rests|sits|is)\s+with\s+(?:the|our|another|a different)\b`,
    String.raw`\bnot\s+(?:for\s+)?(?:me|us)\s+to\s+(?:decide|say)\b`,
    String.raw`\b(?:not|isn't|wasn't)\s+in\s+my\s+(?:power|gift|control)\b`,
    String.raw`\b(?:i|we)\s+(?:don't|do not)\s+(?:make|set|decide)\s+(?:the|these|those)\s+(?:rules|decisions|policies|calls)\b`,
    String.raw`\b(?:above|beyond)\s+my\s+pay\s+grade\b`,
    // "You can try asking Google Play for a refund": the store or the bank sent for, after our own slip.
    String.raw`\byou\s+(?:can|could|may|might)\s+(?:always\s+)?(?:try\s+)?(?:asking|ask|contacting|contact|reaching out to|requesting\s+(?:it|one|a refund)\s+from)\s+(?:google(?:\s+play)?|apple|the\s+app\s+store|the\s+play\s+store|paypal|${ELSEWHERE})\b`,
    String.raw`\b(?:i'm|i am)\s+not\s+the\s+(?:one|person)\s+(?:who|that)\s+(?:decides|makes|sets|approves|signs off)\b`,
    // "The double debit order is a bank matter" (the 169th reading's blind twenty): theirs to sort elsewhere.
    String.raw`\b(?:is|'s|are)\s+(?:a|an|purely\s+a|strictly\s+a)\s+(?:bank|banking|card\s+issuer|insurance|insurer|courier|manufacturer|airline|landlord|police|legal)\s+(?:matter|issue|question|problem|thing)\b`,
  ].join('|'),
  'i',
);

// The condition a brush-off hangs on ("if you disagree", "if you're not happy"): it goes with it.
// ("…, so if she told you that, that is between you and her": whoever the condition names, it goes
// with the brush-off it leads to; the 202nd reading's blind twenty kept "so if she told you that.")
const CONDITION = /^(?:(?:so|and|but)\s+)?(?:if|should)\s+(?:you|she|he|they|someone|somebody|anyone|anybody|a colleague|staff|we)\b/i;

export function deflects(text: string): boolean {
  return DEFLECTION.test(text);
}

/** The sentence without the clauses that send the customer elsewhere ('' when that was all), or `undefined` when none do. */
export function withoutDeflection(sentence: string): string | undefined {
  if (!DEFLECTION.test(sentence)) return undefined;
  const clauses = splitClauses(sentence);
  const deflecting = clauses.map((c) => DEFLECTION.test(c.text));
  // Split at its own "and" or comma ("…that's really between you | and your bank", "done by our
  // Auckland office | , not me"): the two go together.
  for (let i = 0; i + 1 < clauses.length; i++) {
    if (!deflecting[i] && !deflecting[i + 1] && DEFLECTION.test(joinClauses([{ ...clauses[i]!, joiner: '' }, clauses[i + 1]!]))) deflecting[i] = deflecting[i + 1] = true;
  }
  // A brush-off across more clauses ("That's a decision for the billing team, not me") takes its sentence with it.
  if (!deflecting.some(Boolean)) return '';
  const kept: Clause[] = clauses.filter((clause, i) => !deflecting[i] && !(CONDITION.test(clause.text) && (deflecting[i - 1] || deflecting[i + 1])));
  if (kept.length === 0) return '';
  // (What opens the sentence now opens on no "and": "…, and I've logged it." → "I've logged it.")
  const opening = kept[0]!.text.replace(/^(?:and|but|so|or)\s+/i, '');
  const text = joinClauses([{ ...kept[0]!, text: opening.charAt(0).toUpperCase() + opening.slice(1), joiner: '' }, ...kept.slice(1)]);
  return /[.!?]$/.test(text) ? text : `${text}${/[.!?]$/.test(sentence) ? sentence.slice(-1) : '.'}`;
}
