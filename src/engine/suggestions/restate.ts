// PLAYBOOK step 4: restate the problem, calmly and objectively, in the customer's own terms,
// and ask them to confirm. The complaint is picked from the customer's recent turns and turned
// into second person; the emotional side is restated too, never argued with.
import { TextMemo, type AnalyzedText } from '../analyzeText';
import { cleanComplaint, INSULT_WORDS } from './cleanComplaint';
import { FEELING_LEMMAS, isFeelingOnly, splitFeeling } from './feelings';
import { fillTemplate } from './fillTemplate';
import { complaintClauses, isCutOff, notASentenceBecause, notCleanBecause, notRestatableBecause, statementsOf, wentWrongScore } from './restatable';
import { unsendableBecause } from './socialDebris';
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
  'internet', 'broadband', 'wifi', 'connection', 'signal', 'network', 'outage', 'booking', 'flight', 'reservation',
]);

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our', 'us', 'mine']);

// Sentences that carry anger but no problem: restating them back would provoke, not calm.
const INSULTS: ReadonlySet<string> = new Set(INSULT_WORDS);
const THREATS = new Set(['sue', 'lawyer', 'attorney', 'court', 'review', 'bbb', 'chargeback', 'ombudsman', 'police', 'tweet']);
const GREETINGS = new Set([
  'hi', 'hello', 'hey', 'hiya', 'good', 'morning', 'afternoon', 'evening', 'anyone', 'anybody', 'there', 'is',
  'yes', 'yeah', 'ok', 'okay', 'thanks', 'thank', 'you', 'please', 'are', 'still', 'helloooo', 'hellooo', 'helo',
]);

// Past this many words a sentence is too long to say back comfortably.
const COMFORTABLE_LENGTH = 25;

/** The customer's sentence that best states their problem across their recent turns, in their words. */
export function pickComplaint(texts: readonly AnalyzedText[]): string | undefined {
  return complaintCandidates(texts)[0];
}

/**
 * The customer's sentences that state a problem across these turns, best first (ties: the
 * earlier), as written. The restatement takes the first that can be said back cleanly.
 */
export function complaintCandidates(texts: readonly AnalyzedText[]): readonly string[] {
  // One message (the usual burst): its own ranking, made once per message.
  if (texts.length === 1) return rankedComplaintsOfText.of(texts[0]!);
  return texts
    .flatMap((text) => complaintsOfText.of(text))
    .map((complaint, order) => ({ ...complaint, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((c) => c.sentence);
}

interface Complaint {
  sentence: string;
  score: number;
}

// A customer message sits in the window of several complaints: its sentences are scored once.
const complaintsOfText = new TextMemo((text): Complaint[] => {
  const out: Complaint[] = [];
  const words = sentenceWords(text);
  for (let i = 0; i < words.length; i++) {
    const sentence = text.sentences[i];
    if (sentence === undefined) continue;
    const score = complaintScore(words[i]!);
    if (score > 0) out.push({ sentence: sentence.trim(), score });
  }
  return out;
});

// Stable: equal scores keep the order they were written in.
const rankedComplaintsOfText = new TextMemo((text): readonly string[] =>
  [...complaintsOfText.of(text)].sort((a, b) => b.score - a.score).map((c) => c.sentence),
);

// The best few sentences are tried; past them the restatement would not be about the main problem.
const CANDIDATES_TRIED = 3;

/**
 * The problem in second person, from the first candidate sentence (or clause of it) that says
 * back as a clean sentence; undefined when none does — no restatement beats a bad one.
 */
export function restatableProblem(candidates: readonly string[]): string | undefined {
  const key = candidates.slice(0, CANDIDATES_TRIED).join('\u0001');
  if (restatable.has(key)) return restatable.get(key);
  let found: string | undefined;
  for (const sentence of candidates.slice(0, CANDIDATES_TRIED)) {
    // A long message typed without a stop or a comma: no clause of it can be told from the next.
    if (isUnpunctuatedRun(sentence)) continue;
    // The clauses that say back cleanly, the one that says most clearly what went wrong first;
    // wink's tagging (the costly check) runs on them in that order until one is a sentence.
    const clean: { problem: string; score: number }[] = [];
    for (const statement of statementsOf(sentence)) {
      const clauses = complaintClauses(cleanComplaint(statement));
      // A cut-off statement: only its clauses that end before the cut.
      for (const clause of isCutOff(statement) ? clauses.slice(1, -1) : clauses) {
        const problem = restatedProblem(clause);
        // "I didnt transfer anything, the ATM ATE my money": a denial beside what went wrong puts the
        // agent right; it is not the problem (the 177th reading's blind twenty restated it). Alone
        // ("I DID NOT REQUEST ANY SIM SWAP.", "i never buy anything.") it is the problem: a thing done
        // in their name.
        if (clauses.length > 1 && DENIES_DOING.test(clause)) continue;
        // "Nobody calls me James except the GP": what they are called is an aside, never the problem
        // (the 190th reading's blind twenty restated it to a widower asking about his place).
        if (NAMES_WHAT_THEY_ARE_CALLED.test(clause)) continue;
        const score = wentWrongScore(problem);
        if (score > 0 && notCleanBecause(problem) === undefined) clean.push({ problem, score });
      }
    }
    clean.sort((a, b) => b.score - a.score);
    found = clean.find((c) => notASentenceBecause(c.problem.trim()) === undefined)?.problem;
    if (found) break;
  }
  if (restatable.size >= RESTATED_KEPT) restatable.delete(restatable.keys().next().value!);
  restatable.set(key, found);
  return found;
}

const restatable = new Map<string, string | undefined>();

// (A name after it: "nobody calls me back" is the problem.)
const NAMES_WHAT_THEY_ARE_CALLED = /\b(?:[Cc]alls?|[Cc]alled|[Cc]all) me \p{Lu}|\b[Mm]y name(?:'s| is)\b|\b[Gg]o by \p{Lu}/u;

// The customer's denial of having done something, said to put the agent right.
const DENIES_DOING = /^\W*(?:but\s+|and\s+)?i\s+(?:didn'?t|did not|never)\s+(?:transfer|send|order|request|authori[sz]e|make|use|buy|book|sign up|type|say|ask|touch|click|share|give)\b/i;

const UNPUNCTUATED_WORDS = 35;
function isUnpunctuatedRun(sentence: string): boolean {
  return !/[.,;:!?—–]/.test(sentence) && sentence.split(/\s+/).length > UNPUNCTUATED_WORDS;
}

/** How strongly a sentence states a problem; 0 for greetings, insults, threats and small talk. */
export function complaintScore(words: readonly Word[]): number {
  if (words.length === 0 || countNormals(words, GREETINGS) === words.length) return 0;
  if (countLemmas(words, THREATS) > 0) return 0;
  const problem =
    (countNormals(words, NEGATORS) > 0 ? 2 : 0) + 2 * Math.min(countWordsIn(words, PROBLEM_VERBS), 2) + Math.min(countWordsIn(words, PRODUCT_NOUNS), 3);
  if (problem === 0) {
    // A pure insult is dropped; a feeling alone ("I am so done with this company") is kept as a
    // last resort: it is the emotional side of the problem.
    return countWordsIn(words, INSULTS) === 0 && countWordsIn(words, FEELING_LEMMAS) > 0 ? 0.5 : 0;
  }
  const overLength = Math.max(0, words.length - COMFORTABLE_LENGTH) / 10;
  return problem + (countWordsIn(words, FIRST_PERSON) > 0 ? 0.5 : 0) - overLength;
}

// Plain loops: every customer sentence of a complaint's window is scored.
/** Words whose lemma or surface form is in the set. */
function countWordsIn(words: readonly Word[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w.lemma) || set.has(w.normal)) n++;
  return n;
}

function countNormals(words: readonly Word[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w.normal)) n++;
  return n;
}

function countLemmas(words: readonly Word[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w.lemma)) n++;
  return n;
}

const PROBLEM_TEMPLATES = [
  "It sounds like you're {feeling} because {problem}.",
  'As I understand it, {name}, {problem} — is that right?',
  "So if I've got this right, {name}, {problem}. Is that correct?",
  'I want to make sure I understand, {name}: {problem}. Have I got that right?',
];
// For a problem already worded as a state of mind or a wish ("you're sick of waiting for your
// refund", "you'd like to know where your order is").
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
  if (isFeelingOnly(cleaned)) return fill(FEELING_ONLY_TEMPLATES, contract(toSecondPerson(cleaned)), firstName);

  const { problem: restated, feeling } = restateProblem(cleaned);
  if (!restated || notRestatableBecause(restated) !== undefined) return [];
  // A wish ("you want to cancel your membership") is no cause of being upset: said as it is.
  const templates = /^you(?:'re| are|'d like)\b/.test(restated) || isAWish(restated) ? STATE_TEMPLATES : PROBLEM_TEMPLATES;
  return fill(templates.map((t) => t.replace('{feeling}', feeling ?? 'upset')), restated, firstName);
}

/**
 * The problem of a complaint in second person, with the feeling said separately: what a
 * `{problem}` slot wants ("you received the wrong size", feeling "furious"), where
 * `toSecondPerson` keeps the whole sentence ("… and you're furious").
 */
export function restateProblem(complaint: string): { problem: string; feeling?: string } {
  const { problem, feeling } = splitFeeling(cleanComplaint(complaint));
  return { problem: withPlainOpening(toSecondPerson(problem)), ...(feeling ? { feeling } : {}) };
}

/** The problem is worded as a wish ("you want to cancel your membership", "you need to change your booking"). */
export function isAWish(problem: string): boolean {
  return A_WISH.test(problem);
}

const A_WISH = /^you(?: just)?(?: want| need| would like|'d like| wish) to\b/;

// The problem goes mid-sentence ("Just to make sure I have this right: stuff is…"): a word that
// was capitalised only because it opened the customer's sentence is lower-cased; names stay.
const PLAIN_OPENINGS = new Set(
  'the this that these those stuff everything nothing nobody everyone everybody someone somebody something anything it its there they their we our all both half none each every some any one my your his her another no since after before when'.split(' '),
);

function withPlainOpening(problem: string): string {
  return withCalendarCapitals(problem.replace(/^(\p{Lu}\p{Ll}*)(?=[\s',])/u, (word) => (PLAIN_OPENINGS.has(word.toLowerCase()) ? word.toLowerCase() : word)));
}

// Months and days typed in lower case ("cancelled on 19 october") are capitalised when said back;
// "may", "march" and short forms ("3 nov") only beside a number, where they cannot be other words.
const CALENDAR_WORD =
  /\b(?:january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<=\b\d{1,2}(?:st|nd|rd|th)?\s)(?:may|march|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|(?<=\b(?:since|until|till|in|from|by|last|next)\s)(?:may|march)\b(?!\s+(?:be|have|not|i|you|we|they))|\b(?:may|march|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?=\s\d{1,2}\b)/g;

function withCalendarCapitals(text: string): string {
  return text.replace(CALENDAR_WORD, (word) => word[0]!.toUpperCase() + word.slice(1));
}

// The same complaint is restated for every suggestion read until the next complaint; a few
// recent ones are kept (several conversations may be open at once).
const restated = new Map<string, string>();
const RESTATED_KEPT = 64;

/** `restateProblem(complaint).problem`, remembered for the latest complaints. */
export function restatedProblem(complaint: string): string {
  let problem = restated.get(complaint);
  if (problem === undefined) {
    if (restated.size >= RESTATED_KEPT) restated.delete(restated.keys().next().value!);
    problem = restateProblem(complaint).problem;
    restated.set(complaint, problem);
  }
  return problem;
}

// No card beats a bad card: a restatement that still carries what the checks refuse is not shown.
function fill(templates: readonly string[], problem: string, firstName: string | undefined): string[] {
  return templates.map((template) => fillTemplate(template, { problem, firstName })).filter((card) => unsendableBecause(card) === undefined);
}

function contract(secondPerson: string): string {
  return secondPerson.replace(/\byou are\b/, "you're").replace(/\byou have had\b/, "you've had");
}
