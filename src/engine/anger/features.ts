// The anger model's features, read from the one wink-nlp pass the engine already made
// (`AnalyzedText`): no second `readDoc`. Training (`scripts/train-anger.ts`) calls this same
// function on the same `analyzeText` output, so the features a weight was learned for are
// exactly the features the extension computes.
//
// Feature keys are short because they are stored in `models/anger-weights.json`:
//   w:<token>       a word (or emoji / emoticon / hashtag) outside a negation scope
//   n:<token>       the same word inside a negation scope ("not happy" → n:happy)
//   t:<stem>, m:<stem>  a crude suffix-stripped stem of a word, outside / inside negation
//   b:<tok> <tok>   two adjacent words (no punctuation between them)
//   c:<cue>         a generic, rule-free anger cue (shouting, "!!!", "?!", question + "you" …)
//   s:neg, s:pos    wink-nlp's own sentiment, split into its negative and positive part
// `describeFeature` turns a key into the name the panel and QA leads see.
import type { AnalyzedText } from '../analyzeText';

/** A feature key and its value (1 for presence features, a magnitude for `s:` features). */
export type FeatureVector = Map<string, number>;

// Token types that carry meaning on their own; numbers, urls, emails, times and the like are
// ticket details ("order 12345", "5pm"), not tone.
export const CONTENT_TYPES: ReadonlySet<string> = new Set(['word', 'emoji', 'emoticon', 'hashtag']);

const SECOND_PERSON = /\b(you|your|you're|youre|yours|u|ur)\b/;

/** The kinds of feature, the letter before the colon in a key. */
export type FeatureKind = 'w' | 'n' | 't' | 'm' | 'b' | 'c' | 's';

/**
 * Receives the turn's features in pieces, so the scorer can look weights up without building
 * key strings: `name` is the word (the first word for a pair `b`, whose second is `next`).
 * A presence feature may arrive more than once; it counts once.
 */
export type FeatureSink = (kind: FeatureKind, name: string, value: number, next?: string) => void;

/** The key a feature is stored under in the weights file: `w:useless`, `b:not happy`. */
export function featureKey(kind: FeatureKind, name: string, next?: string): string {
  return next === undefined ? `${kind}:${name}` : `${kind}:${name} ${next}`;
}

export function extractFeatures(text: AnalyzedText): FeatureVector {
  const features: FeatureVector = new Map();
  visitFeatures(text, (kind, name, value, next) => void features.set(featureKey(kind, name, next), value));
  return features;
}

/**
 * Calls `sink` for every feature of the turn: the one definition of the features. The scorer
 * (`readWithModel`) walks the words the same way with a per-word cache; a change here goes there
 * too (tests/unit/engine-anger-reading.test.ts holds them equal).
 */
export function visitFeatures(text: AnalyzedText, sink: FeatureSink): void {
  const { tokens, types, negated } = text;
  let words = 0;
  let previous: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i]!;
    if (!CONTENT_TYPES.has(type)) {
      previous = undefined;
      continue;
    }
    const token = tokens[i]!;
    words++;
    sink(negated[i] ? 'n' : 'w', token, 1);
    if (type === 'word') {
      const stem = stemOf(token);
      if (stem !== token) sink(negated[i] ? 'm' : 't', stem, 1);
      if (previous !== undefined) sink('b', previous, 1, token);
      previous = token;
    } else previous = undefined;
  }
  visitTurnFeatures(text, words, sink);
}

/**
 * The features of the turn as a whole (cues, then sentiment), which follow the word features;
 * `words` is the count of content tokens. Split out so the scorer can walk words its own way.
 */
export function visitTurnFeatures(text: AnalyzedText, words: number, sink: FeatureSink): void {
  addCueFeatures(text, words, sink);
  if (text.sentiment < 0) sink('s', 'neg', -text.sentiment);
  else if (text.sentiment > 0) sink('s', 'pos', text.sentiment);
}

function addCueFeatures(text: AnalyzedText, words: number, sink: FeatureSink): void {
  const raw = text.raw;
  // Shouting and "!!!" read as joy on Reddit and as anger in a complaint: the model gets them
  // both alone and together with a negative turn (negative sentiment or a negation) to tell apart.
  const negativeTurn = text.sentiment < 0 || text.negated.includes(true);

  if (text.exclamations >= 3 || raw.includes('!!')) {
    sink('c', '!!', 1);
    if (negativeTurn) sink('c', '!!+neg', 1);
  } else if (text.exclamations > 0) sink('c', '!', 1);
  if (raw.includes('?!') || raw.includes('!?')) sink('c', '?!', 1);
  if (text.questions >= 2) sink('c', '??', 1);
  else if (text.questions === 1) sink('c', '?', 1);

  // A question put to "you" is where rhetorical questions live ("are you even listening?").
  for (const sentence of text.questions > 0 ? text.sentences : []) {
    if (sentence.includes('?') && SECOND_PERSON.test(sentence.toLowerCase())) {
      sink('c', '?you', 1);
      if (negativeTurn) sink('c', '?you+neg', 1);
      break;
    }
  }

  const shouted = text.capsRatio === 0 ? 0 : countShoutedWords(raw);
  if (text.capsRatio >= 0.6 && words >= 3) sink('c', 'caps-all', 1);
  else if (shouted >= 2) sink('c', 'caps-words', 1);
  else if (shouted === 1) sink('c', 'caps-word', 1);
  if ((shouted > 0 || text.capsRatio >= 0.6) && negativeTurn) sink('c', 'caps+neg', 1);

  if (hasTripleLetter(raw)) sink('c', 'elongated', 1);
  if (words <= 4) sink('c', 'len-short', 1);
  else if (words >= 25) sink('c', 'len-long', 1);
}

const FEATURE_KINDS: Record<string, string> = {
  'w:': 'word:',
  'n:': 'negated:',
  'b:': 'phrase:',
  't:': 'stem:',
  'm:': 'negated-stem:',
  'c:': 'cue:',
  's:': 'sentiment:',
};

/** The name a contribution is shown under: `word:useless`, `negated:happy`, `cue:!!`. */
export function describeFeature(key: string): string {
  return (FEATURE_KINDS[key.slice(0, 2)] ?? '') + key.slice(2);
}

// A crude suffix stripper so rare inflections share the weight of their common form
// ("annoys", "annoying" → "annoy"; "sooo" → "soo").
const SUFFIXES = ['ingly', 'edly', 'ness', 'ing', 'ed', 'ly', 'es', 's'];
// Every suffix ends in one of these letters: most words are rejected on their last letter.
const SUFFIX_ENDINGS = new Set(['s', 'g', 'd', 'y']);

export function stemOf(word: string): string {
  const w = hasTripleLetter(word) ? word.replace(/(\p{L})\1{2,}/gu, '$1$1') : word;
  if (!SUFFIX_ENDINGS.has(w[w.length - 1]!)) return w;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** "sooo", "whyyy": a letter three times in a row (a char-code scan; cheaper than a regex). */
function hasTripleLetter(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2) && isLetter(text[i]!)) return true;
  }
  return false;
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Words of 3+ capitals standing alone ("THIRD", not "iPHONEs"), by a char-code scan. ASCII
 * capitals only: cheap, and English chats shout in ASCII.
 */
function countShoutedWords(text: string): number {
  let count = 0;
  let run = 0;
  let runStartsWord = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) {
      if (run === 0) runStartsWord = i === 0 || !isWordChar(text.charCodeAt(i - 1));
      run++;
      continue;
    }
    if (run >= 3 && runStartsWord && !isWordChar(c)) count++;
    run = 0;
  }
  return count;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
