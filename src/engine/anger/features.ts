// The anger model's features, read from the one wink-nlp pass the engine already made
// (`AnalyzedText`): no second `readDoc`. Training (`scripts/train-anger.ts`) calls this same
// function on the same `analyzeText` output, so the features a weight was learned for are
// exactly the features the extension computes.
//
// Feature keys are short because they are stored in `models/anger-weights.json`:
//   w:<token>       a word (or emoji / emoticon / hashtag) outside a negation scope
//   n:<token>       the same word inside a negation scope ("not happy" → n:happy)
//   b:<tok> <tok>   two adjacent words (no punctuation between them)
//   c:<cue>         a generic, rule-free anger cue (shouting, "!!!", "?!", question + "you" …)
//   s:neg, s:pos    wink-nlp's own sentiment, split into its negative and positive part
// `describeFeature` turns a key into the name the panel and QA leads see.
import type { AnalyzedText } from '../analyzeText';

/** A feature key and its value (1 for presence features, a magnitude for `s:` features). */
export type FeatureVector = Map<string, number>;

// Token types that carry meaning on their own; numbers, urls, emails, times and the like are
// ticket details ("order 12345", "5pm"), not tone.
const CONTENT_TYPES = new Set(['word', 'emoji', 'emoticon', 'hashtag']);

const SECOND_PERSON = /\b(you|your|you're|youre|yours|u|ur)\b/;
const SHOUTED_WORD = /\b\p{Lu}{3,}\b/gu;
const ELONGATED = /(\p{L})\1\1/u;

export function extractFeatures(text: AnalyzedText): FeatureVector {
  const features: FeatureVector = new Map();
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
    features.set((negated[i] ? 'n:' : 'w:') + token, 1);
    if (type === 'word') {
      const stem = stemOf(token);
      if (stem !== token) features.set((negated[i] ? 'm:' : 't:') + stem, 1);
    }
    if (previous !== undefined && type === 'word') features.set(`b:${previous} ${token}`, 1);
    previous = type === 'word' ? token : undefined;
  }
  addCueFeatures(text, words, features);
  if (text.sentiment < 0) features.set('s:neg', -text.sentiment);
  else if (text.sentiment > 0) features.set('s:pos', text.sentiment);
  return features;
}

function addCueFeatures(text: AnalyzedText, words: number, features: FeatureVector): void {
  const cue = (name: string): void => void features.set(`c:${name}`, 1);
  const raw = text.raw;

  if (text.exclamations >= 3 || /!!/.test(raw)) cue('!!');
  else if (text.exclamations > 0) cue('!');
  if (/[!?]*(\?!|!\?)[!?]*/.test(raw)) cue('?!');
  if (text.questions >= 2) cue('??');
  else if (text.questions === 1) cue('?');

  // A question put to "you" is where rhetorical questions live ("are you even listening?").
  for (const sentence of text.sentences) {
    if (sentence.includes('?') && SECOND_PERSON.test(sentence.toLowerCase())) {
      cue('?you');
      break;
    }
  }

  const shouted = (raw.match(SHOUTED_WORD) ?? []).length;
  if (text.capsRatio >= 0.6 && words >= 3) cue('caps-all');
  else if (shouted >= 2) cue('caps-words');
  else if (shouted === 1) cue('caps-word');

  if (ELONGATED.test(raw)) cue('elongated');
  if (words <= 4) cue('len-short');
  else if (words >= 25) cue('len-long');
}

const FEATURE_KINDS: Record<string, string> = {
  'w:': 'word:',
  'n:': 'negated:',
  'b:': 'phrase:',
  'c:': 'cue:',
  's:': 'sentiment:',
};

/** The name a contribution is shown under: `word:useless`, `negated:happy`, `cue:!!`. */
export function describeFeature(key: string): string {
  return (FEATURE_KINDS[key.slice(0, 2)] ?? '') + key.slice(2);
}

// A crude suffix stripper so rare inflections share the weight of their common form
// ("annoys", "annoying" → "annoy"; "sooo" → "soo").
function stemOf(word: string): string {
  const w = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  for (const suffix of ['ingly', 'edly', 'ness', 'ing', 'ed', 'ly', 'es', 's']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}
