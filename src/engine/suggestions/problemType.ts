// What kind of problem the customer has, from keywords in their turns: the type picks the
// team's pre-approved remedies (PLAYBOOK step 7) and the facts worth asking for (step 5).
import type { AnalyzedText } from '../analyzeText';
import type { RemedyCatalogue } from './remedyCatalogue';
import { forEachPhraseAt, indexByFirstWord, phraseWords, sentenceWords } from './words';

/**
 * Most specific first: when two types are mentioned equally often the earlier one wins, so
 * "my package arrived damaged" is a defect rather than a delivery problem and "I was charged
 * twice and want a refund" is billing.
 */
export const PROBLEM_TYPES = [
  'wrong-item',
  'defect',
  'billing',
  'account-access',
  'technical',
  'cancellation',
  'refund',
  'delivery',
  'other',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export function isProblemType(value: string): value is ProblemType {
  return (PROBLEM_TYPES as readonly string[]).includes(value);
}

/**
 * The built-in vocabulary. A phrase matches a word's surface form or its lemma, so "charge
 * twice" covers "charged twice" and "not work" covers "doesn't work". Teams add their own words
 * (product names, "sofa", "mattress") through the `keywords` of the remedy catalogue; the
 * built-in list stays in code because its phrases depend on how wink splits and lemmatises words.
 */
export const DEFAULT_PROBLEM_KEYWORDS: Readonly<Record<Exclude<ProblemType, 'other'>, readonly string[]>> = {
  'wrong-item': [
    'wrong item', 'wrong size', 'wrong colour', 'wrong color', 'wrong product', 'wrong model', 'wrong one',
    'wrong order', 'not what i ordered', 'different item', 'someone else', 'instead of', 'missing item', 'missing from',
  ],
  defect: [
    'damaged', 'damage', 'broken', 'defective', 'faulty', 'cracked', 'smashed', 'torn', 'leaking', 'leak', 'dented',
    'scratched', 'stopped working', 'fell apart', 'expired', 'mouldy', 'moldy', 'stale', 'rotten', 'dead on arrival',
  ],
  billing: [
    'charge twice', 'charged twice', 'double charge', 'double charged', 'charged again', 'overcharge', 'overcharged',
    'wrong amount', 'charged me', 'charged for', 'extra charge', 'hidden fee', 'fee', 'invoice', 'bill', 'billing',
    'payment', 'bank statement', 'debit', 'deducted', 'taken from my account', 'price',
  ],
  'account-access': [
    'log in', 'login', 'log into', 'sign in', 'signin', 'password', 'locked out', 'lock out', 'locked',
    'verification code', 'two-factor', '2fa', 'reset link', 'username', 'access my account', 'account suspended',
  ],
  technical: [
    'bug', 'error', 'crash', 'crashes', 'not work', 'glitch', 'freeze', 'frozen', 'not load', 'will not load',
    'blank screen', 'app', 'website', 'update', 'sync', 'install', 'error message', 'not responding',
  ],
  cancellation: [
    'cancel', 'cancellation', 'unsubscribe', 'close my account', 'end my subscription', 'stop my subscription',
    'auto-renew', 'renewal', 'terminate',
  ],
  refund: ['refund', 'refunded', 'money back', 'reimburse', 'reimbursement', 'return label', 'store credit', 'credit note'],
  // Not "package" or "parcel" alone: every problem with physical goods mentions them.
  delivery: [
    'arrive', 'delivery', 'deliver', 'shipping', 'shipped', 'tracking', 'track', 'courier', 'where is my package',
    'where is my parcel', 'lost in the post', 'late', 'delayed', 'delay', 'not received', 'never came', 'dispatch',
    'dispatched', 'in transit',
  ],
};

/**
 * The problem type the customer's turns point to most, or `undefined` when they name none (the
 * caller keeps what it knew, or treats it as `other`). A type scores one point per sentence that
 * mentions any of its keywords, so one rant that repeats "package" does not outweigh the
 * sentence that says what is actually wrong.
 */
export function detectProblemType(texts: readonly AnalyzedText[], catalogue: RemedyCatalogue = {}): ProblemType | undefined {
  return bestProblemType(texts.map((text) => problemTypeVotes(text, catalogue)));
}

/** One text's votes: per type, the number of its sentences that mention the type's keywords. */
export type ProblemTypeVotes = ReadonlyMap<ProblemType, number>;

export function problemTypeVotes(text: AnalyzedText, catalogue: RemedyCatalogue = NO_CATALOGUE): ProblemTypeVotes {
  const { byWord } = vocabularyOf(catalogue);
  const votes = new Map<ProblemType, number>();
  for (const words of sentenceWords(text)) {
    // Only phrases opening with one of the sentence's words (surface form or lemma) can match.
    const mentioned = new Set<ProblemType>();
    forEachPhraseAt(words, byWord, ({ type }) => mentioned.add(type), ({ type }) => !mentioned.has(type));
    // Counted in PROBLEM_TYPES order, as the types are listed.
    for (const type of PROBLEM_TYPES) if (mentioned.has(type)) votes.set(type, (votes.get(type) ?? 0) + 1);
  }
  return votes;
}

const NO_CATALOGUE: RemedyCatalogue = {};

interface KeywordPhrase {
  type: ProblemType;
  phrase: string[];
}

interface Vocabulary {
  /** Each type's phrases (built-in, then the catalogue's keywords), by the phrase's first word. */
  byWord: Map<string, KeywordPhrase[]>;
}

// A catalogue is fixed for an engine's life: its keywords are split into words once, not per turn.
const vocabularies = new WeakMap<RemedyCatalogue, Vocabulary>();

function vocabularyOf(catalogue: RemedyCatalogue): Vocabulary {
  let vocabulary = vocabularies.get(catalogue);
  if (!vocabulary) {
    const byWord = indexByFirstWord(
      PROBLEM_TYPES.flatMap((type) =>
        [...(DEFAULT_PHRASES.get(type) ?? []), ...(catalogue[type]?.keywords ?? []).map(phraseWords)].map((phrase): KeywordPhrase => ({ type, phrase })),
      ),
    );
    vocabularies.set(catalogue, (vocabulary = { byWord }));
  }
  return vocabulary;
}

/** The type with most votes over several texts (ties: the more specific type), or undefined. */
export function bestProblemType(votes: readonly ProblemTypeVotes[]): ProblemType | undefined {
  let best: ProblemType | undefined;
  let bestScore = 0;
  for (const type of PROBLEM_TYPES) {
    let score = 0;
    for (const v of votes) score += v.get(type) ?? 0;
    if (score > bestScore) [best, bestScore] = [type, score];
  }
  return best;
}

const DEFAULT_PHRASES = new Map<ProblemType, string[][]>(
  Object.entries(DEFAULT_PROBLEM_KEYWORDS).map(([type, phrases]) => [type as ProblemType, phrases.map(phraseWords)]),
);

/** The team's remedies for a problem type, falling back to the general ones under `other`. */
export function remediesFor(type: ProblemType | undefined, catalogue: RemedyCatalogue): string[] {
  const own = type ? (catalogue[type]?.remedies ?? []) : [];
  return [...(own.length > 0 ? own : (catalogue.other?.remedies ?? []))];
}
