// The customer's feelings, as said in a complaint: "… and I'm furious", "I'm so frustrated
// because …", or only "I am so done with this company". The restatement names the feeling back
// (PLAYBOOK step 4 covers the emotional side) and restates the problem separately.
import { TemplateAnswers } from './templateAnswers';

/** Feeling words a restatement may mirror: "It sounds like you're furious because …". */
export const FEELING_WORDS = [
  'furious', 'angry', 'livid', 'upset', 'frustrated', 'annoyed', 'disappointed', 'fuming', 'mad', 'disgusted', 'fed up',
] as const;

// A template that tells the customer how they feel ("how frustrating", "you're upset because").
const NAMES_A_FEELING = new TemplateAnswers(/\b(?:frustrat\w*|upset|angry|annoy\w*|furious|stress\w*|hassle)\b/i);

/** The template tells the customer nothing about how they feel: for one who complains calmly. */
export function namesNoFeeling(template: string): boolean {
  return !NAMES_A_FEELING.of(template);
}

/** Words (lemmas) that mark a sentence as a feeling rather than small talk. */
export const FEELING_LEMMAS: ReadonlySet<string> = new Set([
  ...FEELING_WORDS.map((w) => w.split(' ')[0]!),
  'done', 'sick', 'tired', 'unacceptable', 'ridiculous',
]);

const INTENSIFIERS = '(?:(?:so|really|very|absolutely|beyond|extremely|pretty|totally|just|now|honestly|completely)\\s+)*';
const FEELING = `(${FEELING_WORDS.join('|')})`;
const FIRST_PERSON_BE = "(?:i'm|i am|we're|we are|i feel|we feel)(?:\\s+getting)?";
// "… and I'm furious" at the end of a complaint.
const TRAILING_FEELING = new RegExp(`(?:,|\\s+and|\\s+so)\\s+${FIRST_PERSON_BE}\\s+${INTENSIFIERS}${FEELING}\\b[^,.;]*$`, 'i');
// "I'm furious because my order …", "I'm pissed my button doesn't work" (a crude feeling is said back as "upset").
const LEADING_FEELING = new RegExp(`^${FIRST_PERSON_BE}\\s+${INTENSIFIERS}(${FEELING_WORDS.join('|')}|pissed(?: off)?)\\s+(?:(?:because|that|since|as)\\s+|(?=(?:my|our|the|this|your)\\b))`, 'i');
const SAID_AS_UPSET = /^pissed/i;
// Nothing but a feeling: "I am so done with this company", "I've had enough".
const FEELING_ONLY = new RegExp(
  `^(?:${FIRST_PERSON_BE}\\s+${INTENSIFIERS}(?:${FEELING_WORDS.join('|')}|done|finished|sick of (?:this|it|you)|tired of (?:this|it|you)|over (?:it|this))|i'?ve had (?:it|enough)|i have had (?:it|enough))\\b(?:\\s+(?:with|of)\\s+(?:this|that|your|you|the|it|all)\\b[\\w\\s]*)?$`,
  'i',
);

/** True when the (cleaned, first-person) sentence states a feeling and no problem. */
export function isFeelingOnly(cleaned: string): boolean {
  return FEELING_ONLY.test(cleaned);
}

/** The problem part of a complaint and the feeling named with it, if any. */
export function splitFeeling(cleaned: string): { problem: string; feeling?: string } {
  // "I'm pissed my button doesn't work and I'm getting frustrated": both ends may carry one.
  const trailing = TRAILING_FEELING.exec(cleaned);
  const rest = trailing && trailing.index > 0 ? cleaned.slice(0, trailing.index) : cleaned;
  const trailingFeeling = rest === cleaned ? undefined : trailing![1]!.toLowerCase();
  const leading = LEADING_FEELING.exec(rest);
  if (leading && leading[0].length < rest.length) {
    return { problem: rest.slice(leading[0].length), feeling: SAID_AS_UPSET.test(leading[1]!) ? trailingFeeling ?? 'upset' : leading[1]!.toLowerCase() };
  }
  return trailingFeeling ? { problem: rest, feeling: trailingFeeling } : { problem: rest };
}
