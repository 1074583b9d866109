// PLAYBOOK step 4: restate the problem, calmly and objectively, in the customer's own terms,
// and ask them to confirm. The complaint is picked from the customer's recent turns and turned
// into second person; the emotional side is restated too, never argued with.
import type { AnalyzedText } from '../analyzeText';
import { cleanComplaint } from './cleanComplaint';
import { fillTemplate } from './fillTemplate';
import { toSecondPerson } from './secondPerson';
import { sentenceWords, type Word } from './words';

// Verbs (lemmas) that tell what went wrong with an order, money or an account.
const PROBLEM_VERBS = new Set([
  'arrive', 'charge', 'overcharge', 'bill', 'send', 'ship', 'deliver', 'receive', 'work', 'break', 'log',
  'sign', 'cancel', 'refund', 'wait', 'crash', 'load', 'order', 'pay', 'return', 'lose', 'damage', 'miss',
  'access', 'reset', 'fix', 'contact', 'freeze', 'stop', 'fail', 'expire', 'lock', 'block', 'delete',
  'renew', 'deduct', 'leak', 'crack', 'tear', 'double', 'resolve', 'answer', 'reply', 'respond',
]);

// Things customers have problems with.
const PRODUCT_NOUNS = new Set([
  'package', 'parcel', 'order', 'item', 'delivery', 'refund', 'account', 'subscription', 'payment', 'card',
  'invoice', 'bill', 'app', 'application', 'website', 'site', 'password', 'login', 'size', 'colour', 'color',
  'product', 'box', 'screen', 'replacement', 'tracking', 'money', 'fee', 'price', 'plan', 'device', 'phone',
  'laptop', 'email', 'code', 'courier', 'driver', 'shipment', 'purchase', 'charge', 'bank', 'statement',
]);

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our', 'us', 'mine']);

// Sentences that carry anger but no problem: restating them back would provoke, not calm.
const INSULTS = new Set([
  'useless', 'idiot', 'idiots', 'incompetent', 'pathetic', 'stupid', 'joke', 'moron', 'morons', 'clown',
  'clowns', 'scam', 'scammer', 'scammers', 'liar', 'liars', 'fraud', 'thief', 'thieves', 'clueless', 'dumb',
]);
const THREATS = new Set(['sue', 'lawyer', 'attorney', 'court', 'review', 'bbb', 'chargeback', 'ombudsman', 'police', 'tweet']);
const GREETINGS = new Set([
  'hi', 'hello', 'hey', 'hiya', 'good', 'morning', 'afternoon', 'evening', 'anyone', 'anybody', 'there', 'is',
  'yes', 'yeah', 'ok', 'okay', 'thanks', 'thank', 'you', 'please', 'are', 'still', 'helloooo', 'hellooo', 'helo',
]);
const FEELINGS = new Set(['furious', 'angry', 'livid', 'upset', 'frustrated', 'annoyed', 'disappointed', 'fuming', 'mad', 'done', 'fed', 'sick', 'tired', 'disgusted', 'unacceptable', 'ridiculous']);

// Past this many words a sentence is too long to say back comfortably.
const COMFORTABLE_LENGTH = 25;

/** The customer's sentence that best states their problem across their recent turns, in their words. */
export function pickComplaint(texts: readonly AnalyzedText[]): string | undefined {
  let best: { sentence: string; score: number } | undefined;
  for (const text of texts) {
    const words = sentenceWords(text);
    words.forEach((sentenceWordList, i) => {
      const sentence = text.sentences[i];
      if (sentence === undefined) return;
      const score = complaintScore(sentenceWordList);
      if (score > 0 && (!best || score > best.score)) best = { sentence: sentence.trim(), score };
    });
  }
  return best?.sentence;
}

/** How strongly a sentence states a problem; 0 for greetings, insults, threats and small talk. */
export function complaintScore(words: readonly Word[]): number {
  if (words.length === 0 || words.every((w) => GREETINGS.has(w.normal))) return 0;
  if (words.some((w) => THREATS.has(w.lemma))) return 0;
  const has = (set: ReadonlySet<string>): number => words.filter((w) => set.has(w.lemma) || set.has(w.normal)).length;
  const problem =
    (words.some((w) => NEGATORS.has(w.normal)) ? 2 : 0) + 2 * Math.min(has(PROBLEM_VERBS), 2) + Math.min(has(PRODUCT_NOUNS), 3);
  if (problem === 0) {
    // A pure insult is dropped; a feeling alone ("I am so done with this company") is kept as a
    // last resort: it is the emotional side of the problem.
    return has(INSULTS) === 0 && has(FEELINGS) > 0 ? 0.5 : 0;
  }
  const overLength = Math.max(0, words.length - COMFORTABLE_LENGTH) / 10;
  return problem + (has(FIRST_PERSON) > 0 ? 0.5 : 0) - overLength;
}

const INTENSIFIERS = '(?:(?:so|really|very|absolutely|beyond|extremely|pretty|totally|just|now|honestly|completely)\\s+)*';
const FEELING_WORDS = '(furious|angry|livid|upset|frustrated|annoyed|disappointed|fuming|mad|disgusted|fed up)';
const FIRST_PERSON_BE = "(?:i'm|i am|we're|we are|i feel|we feel)";
// "… and I'm furious" at the end of a complaint: the feeling, split from the problem.
const TRAILING_FEELING = new RegExp(`(?:,|\\s+and|\\s+so)\\s+${FIRST_PERSON_BE}\\s+${INTENSIFIERS}${FEELING_WORDS}\\b[^,.;]*$`, 'i');
// "I'm furious because my order …": the feeling first, then the problem.
const LEADING_FEELING = new RegExp(`^${FIRST_PERSON_BE}\\s+${INTENSIFIERS}${FEELING_WORDS}\\s+(?:because|that|since|as)\\s+`, 'i');
// A sentence that is nothing but a feeling: "I am so done with this company", "I've had enough".
const FEELING_ONLY = new RegExp(
  `^(?:${FIRST_PERSON_BE}\\s+${INTENSIFIERS}(?:${FEELING_WORDS.slice(1, -1)}|done|finished|sick of (?:this|it|you)|tired of (?:this|it|you)|over (?:it|this))|i'?ve had (?:it|enough)|i have had (?:it|enough))\\b(?:\\s+(?:with|of)\\s+(?:this|that|your|you|the|it|all)\\b[\\w\\s]*)?$`,
  'i',
);

const PROBLEM_TEMPLATES = [
  "It sounds like you're {feeling} because {problem}.",
  'As I understand it, {name}, {problem} — is that right?',
  "So if I've got this right, {name}, {problem}. Is that correct?",
  'I want to make sure I understand, {name}: {problem}. Have I got that right?',
];
// For a problem already worded as a state of mind ("you're sick of waiting for your refund").
const STATE_TEMPLATES = [
  'It sounds like {problem}, {name}.',
  'As I understand it, {name}, {problem} — is that right?',
  'I want to make sure I understand, {name}: {problem}. Have I got that right?',
];
const FEELING_ONLY_TEMPLATES = [
  'I can hear how frustrated you are, {name}, and I want to help.',
  "It sounds like you've had enough, {name}, and I understand why. Let's see what I can do.",
  "I hear you, {name}: {problem}. I'd like to help turn this around.",
];

/**
 * Several ways to say the complaint back, each asking for confirmation. `complaint` is the
 * customer's sentence as written (see `pickComplaint`).
 */
export function restatePhrasings(complaint: string, firstName?: string): string[] {
  const cleaned = cleanComplaint(complaint);
  if (!cleaned) return [];
  if (FEELING_ONLY.test(cleaned)) return fill(FEELING_ONLY_TEMPLATES, contract(toSecondPerson(cleaned)), firstName);

  const { problem, feeling } = splitFeeling(cleaned);
  const restated = toSecondPerson(problem);
  if (!restated) return [];
  const templates = /^you(?:'re| are)\b/.test(restated) ? STATE_TEMPLATES : PROBLEM_TEMPLATES;
  return fill(templates.map((t) => t.replace('{feeling}', feeling ?? 'upset')), restated, firstName);
}

function fill(templates: readonly string[], problem: string, firstName: string | undefined): string[] {
  return templates.map((template) => fillTemplate(template, { problem, firstName }));
}

function splitFeeling(cleaned: string): { problem: string; feeling?: string } {
  const trailing = TRAILING_FEELING.exec(cleaned);
  if (trailing && trailing.index > 0) return { problem: cleaned.slice(0, trailing.index), feeling: trailing[1]!.toLowerCase() };
  const leading = LEADING_FEELING.exec(cleaned);
  if (leading && leading[0].length < cleaned.length) return { problem: cleaned.slice(leading[0].length), feeling: leading[1]!.toLowerCase() };
  return { problem: cleaned };
}

function contract(secondPerson: string): string {
  return secondPerson.replace(/\byou are\b/, "you're").replace(/\byou have had\b/, "you've had");
}
