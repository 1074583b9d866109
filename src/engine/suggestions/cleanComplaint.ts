// A customer's sentence as it arrives ("UGH wtf, my package didn't arrive AGAIN!!!") is not
// something an agent can say back. Before it is restated it loses what only carries the anger:
// leading interjections, profanity, shouting and runs of "!!!". What remains is the problem.
import { withoutSocialDebris } from './socialDebris';
import { unshout } from './textCase';

// Words that open a message to vent or to get attention, not to say what went wrong.
const LEADING_INTERJECTION =
  /^(?:(?:ugh+|argh+|wtf|omg|ffs|jeez|geez|seriously|honestly|listen|look|well|ok(?:ay)?|so|hello+|hi+|hey+|um+|uh+|oh+|god|jesus|christ|damn|dammit|bloody hell|for god'?s sake|for fuck'?s sake|what the (?:hell|heck|fuck)|excuse me)\b[\s,.!?:;-]*)+/i;

// Profanity as intensifier ("the damn package", "fucking useless"): dropped without a trace.
const PROFANITY = /\b(?:fucking|freaking|frigging|effing|bloody|damn(?:ed)?|goddamn|crappy|shitty|bleeping)\s+/gi;

/** Words that insult the agent or the company. */
export const INSULT_WORDS = [
  'useless', 'idiot', 'idiots', 'incompetent', 'pathetic', 'stupid', 'joke', 'moron', 'morons', 'clown', 'clowns',
  'scam', 'scammer', 'scammers', 'liar', 'liars', 'fraud', 'frauds', 'thief', 'thieves', 'clueless', 'dumb',
] as const;
const VERDICTS = ['disgrace', 'disgraceful', 'ridiculous', 'unacceptable', 'absurd', 'insane', 'outrageous', 'the worst', 'terrible', 'appalling', 'shocking'];

// A clause that only judges the agent or the company ("you're useless", "this is ridiculous"):
// said back it would repeat the insult, so it is left out of the restatement.
const JUDGEMENT_CLAUSE = new RegExp(
  "(?:^|(?<=[,;.!?]\\s*)|\\s+and\\s+)(?:you(?:'re| are)|you (?:people|guys) are|your (?:company|service|support) is|this company is|this is|that's|that is|it's|it is|what a)\\s+" +
    '(?:(?:so|such|completely|absolutely|totally|utterly|just|beyond|a bunch of|bunch of|a|an)\\s+)*' +
    `(?:${[...INSULT_WORDS, ...VERDICTS].join('|')})\\b(?:\\s+(?:people|company|service))?\\s*[,;.!?]*\\s*`,
  'gi',
);

// A verdict tacked on after a comma ("…charged me twice for my pizza, ridiculous").
const TRAILING_VERDICT = new RegExp(
  '[,;]\\s*(?:(?:so|such|completely|absolutely|totally|utterly|just|beyond|really|honestly|frankly|a|an)\\s+)*' + `(?:${[...INSULT_WORDS, ...VERDICTS].join('|')})\\s*[.!?]*$`,
  'i',
);

// An aside in brackets ("(invoices INV-20931 and INV-20932)", "(booking ref QX7LMT)"): said back
// it recites; without it the sentence still stands.
const BRACKETED_ASIDE = /\s*\([^()]{1,60}\)/g;
// How they came to know it ("I can see in Billing that…", "I just noticed that…"): what follows
// is the problem.
const NOTICED_THAT =
  /^(?:i|we)\s+(?:(?:can|could)\s+see|see|saw|(?:have\s+|'ve\s+|just\s+)?(?:noticed|found out|realised|realized|discovered))\s+(?:(?:in|on)\s+(?:the\s+|my\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+)?that\s+/i;

const TRAILING_PLEASE = /[\s,]+(?:please|pls|plz)$/i;

/**
 * The customer's sentence with the venting and the social-media debris removed: no @handle, link,
 * #hashtag, emoji or sign-off, no leading "ugh", profanity, SHOUTING or "!!!".
 */
export function cleanComplaint(sentence: string): string {
  let text = withoutSocialDebris(sentence.trim().replace(/[\u2018\u2019]/g, "'"));
  text = unshout(text);
  text = text.replace(LEADING_INTERJECTION, '');
  text = text.replace(PROFANITY, '');
  const withoutJudgement = text.replace(JUDGEMENT_CLAUSE, ' ').trim();
  // A sentence that is nothing but a judgement stays whole: it is all the customer said.
  if (/\p{L}/u.test(withoutJudgement)) text = withoutJudgement.replace(LEADING_INTERJECTION, '');
  text = text.replace(TRAILING_VERDICT, '').replace(BRACKETED_ASIDE, '').replace(NOTICED_THAT, '');
  // What a removed judgement leaves at the end ("…still has not arrived, [this is ridiculous]") goes too.
  text = text.replace(/[\s,;:]*[!?.…]*[\s,;:]*$/u, '').replace(/\s{2,}/g, ' ').trim();
  // "I want to cancel my membership please": the courtesy is theirs, not the problem's.
  text = text.replace(TRAILING_PLEASE, '');
  return text;
}
