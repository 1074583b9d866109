// "Normally we can't refund opened items, but I'll make an exception": the rule said as a wall and
// a one-off the agent may not be allowed to give. A reframe keeps neither: the rule goes, and the
// exception goes when the draft says what the agent already did (the refund issued, its amount,
// its reference); otherwise it stays to be worded as a promise (`saferPromise.ts`).

// What usually happens, said to set up the exception.
const AS_A_RULE = /\b(?:normally|usually|ordinarily|typically|generally|technically|officially|as a rule|strictly speaking|in principle|in theory)\b/i;
// The exception granted: "I'll make an exception", "just this once", "as a one-off", "bend the rules".
const GRANTED = /\bexception\b|\b(?:bend|bending|stretch|stretching)\s+the\s+rules?\b|\b(?:just\s+)?this\s+(?:once|one time)\b|\bas\s+a\s+(?:one-off|one off|goodwill gesture|gesture of goodwill|courtesy)\b|\bon this occasion\b/i;
// Only the exception, promised: "but I'll make an exception (for you) (this time)".
const ONLY_THE_EXCEPTION =
  /^(?:(?:but|and|so)\s+)?(?:i|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are)\s+(?:going to\s+|happy to\s+|glad to\s+|\w+ly\s+)?(?:make|making)\s+(?:you\s+)?(?:an?\s+|this\s+)?(?:one-off\s+|one-time\s+|special\s+|small\s+)?exception(?:\s+(?:for you|here|on this occasion|this (?:once|time)|just this once|in your case))*$/i;
// "I've made an exception and refunded it", "I'm making an exception and I've added …": what was
// done, told without the exception (the subject stays when the rest has none of its own).
const MADE_AN_EXCEPTION =
  /^((?:i|we)(?:'ve|\s+have|'m|\s+am|'re|\s+are))\s+(?:just\s+)?(?:made|making)\s+(?:you\s+)?(?:an?\s+|this\s+)?(?:one-off\s+|one-time\s+|special\s+)?exception(?:\s+(?:for you|here|this (?:once|time)))?\s+and\s+/i;
const HAS_SUBJECT = /^(?:i|we|i've|we've|i'm|we're|i'll|we'll)\b/i;

function withoutMadeException(text: string): string {
  const made = MADE_AN_EXCEPTION.exec(text);
  if (!made) return text;
  const rest = text.slice(made[0].length);
  return HAS_SUBJECT.test(rest) ? rest : `${made[1]} ${rest}`;
}

// The rule says no (or charges): "we can't refund", "the fee isn't waived", "we normally charge".
const SAYS_NO = /\b(?:can't|cannot|can not|don't|do not|won't|will not|wouldn't|would not|isn't|aren't|not|no|never|non-?refundable|charged?|stands?|appl(?:y|ies)|allowed|permitted)\b/i;

// What the agent says is already done for the customer.
const DONE =
  /\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|now\s+|already\s+|also\s+|gone ahead and\s+)?(?:issued|refunded|waived|credited|removed|cancell?ed|reversed|processed|applied|added|sent|arranged|booked|raised|ordered|upgraded|extended|reinstated|reactivated|approved|authori[sz]ed|granted|paid|taken|knocked|reduced|adjusted|put|pushed|scheduled|dispatched|posted|organi[sz]ed|set up)\b|\b(?:has|have)\s+(?:now\s+|already\s+|just\s+)?been\s+(?:issued|refunded|waived|credited|removed|cancell?ed|reversed|processed|applied|added|sent|arranged|booked|approved|paid|reduced|adjusted)\b/i;

/** The draft says what the agent already did for the customer. */
export function reportsRemedyDone(draft: string): boolean {
  return DONE.test(draft);
}

// The rule, up to the "but" that turns to the exception: "Normally we can't refund opened items, but …".
const RULE_THEN = new RegExp(String.raw`^((?:(?:hi|hello|hey|dear)\s+[\w'’-]+,\s+)?)[^.!?]*?${AS_A_RULE.source}[^.!?]*?(?:,\s*but|\s+but|[,;]\s*(?:however|though|that said),?)\s+`, 'i');
// The rule after the exception: "…, even though we don't usually do this".
const THOUGH_THE_RULE = new RegExp(String.raw`\s*,?\s+(?:even though|although|though|since|as)\s+[^.!?,;]*?${AS_A_RULE.source}[^.!?,;]*`, 'i');

/**
 * The sentence without the rule set up for an exception, and without the exception itself when
 * the draft says it is done already ('' when nothing is left), or `undefined` when it sets none up.
 */
export function withoutRuleAndException(sentence: string, remedyDone: boolean): string | undefined {
  // Granted in so many words, or done: "In theory it's non-refundable, but I've put a refund through".
  if (!AS_A_RULE.test(sentence) || !(GRANTED.test(sentence) || DONE.test(sentence))) return undefined;
  const mark = /[.!?]$/.test(sentence) ? sentence.slice(-1) : '.';
  const rule = RULE_THEN.exec(sentence)?.[0] ?? THOUGH_THE_RULE.exec(sentence)?.[0];
  // "Usually refunds take a week, but as a one-off …" tells how things go, not a no.
  if (!rule || !SAYS_NO.test(rule)) return undefined;
  const rest = sentence.replace(RULE_THEN, '$1').replace(THOUGH_THE_RULE, '').replace(/[.!?]+$/, '').trim();
  if (remedyDone && ONLY_THE_EXCEPTION.test(rest)) return '';
  const told = withoutMadeException(rest);
  return told ? `${told}${mark}` : '';
}
