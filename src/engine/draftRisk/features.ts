// The draft-risk model's features, per sentence of an agent's message, read from the one wink-nlp
// pass the engine already made (`AnalyzedText`): no second `readDoc`. One walk serves training
// (`sentenceFeatures`, called by `scripts/train-draft-risk.ts` on the same `analyzeText` output)
// and the scorer (`riskiestSentence`), so the features a weight was learned for are the ones read.
//
// Keys (stored in `models/draft-risk-weights.json`), as the anger model writes them:
//   w:<token>  n:<token>   a word, emoji or emoticon, outside / inside a negation scope
//   t:<stem>   m:<stem>    its crude stem, outside / inside a negation scope
//   b:<tok> <tok>          two adjacent words
// Turn-level cues and sentiment are left out: a risky sentence is risky wherever it stands.
import type { AnalyzedText } from '../analyzeText';
import { CONTENT_TYPES, featureKey, stemOf } from '../anger/features';

/** The punctuation tokens that end a sentence. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...']);

/** Receives a message's features sentence by sentence (a feature may arrive twice in one sentence). */
export interface SentenceSink {
  feature(kind: 'w' | 'n' | 't' | 'm' | 'b', name: string, next?: string): void;
  /** The sentence that began where the last one ended closes at token `end` (only sentences with words). */
  sentence(start: number, end: number): void;
}

/** Walks the message's sentences (split where wink put a full stop, "!" or "?") and their features. */
export function walkSentences(text: AnalyzedText, sink: SentenceSink): void {
  const { tokens, types, negated } = text;
  let start = 0;
  let words = 0;
  let previous: string | undefined;
  const close = (end: number) => {
    if (words > 0) sink.sentence(start, end);
    start = end;
    words = 0;
    previous = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i]!;
    const token = tokens[i]!;
    if (!CONTENT_TYPES.has(type)) {
      previous = undefined;
      if (type === 'punctuation' && SENTENCE_END.has(token)) close(i + 1);
      continue;
    }
    words++;
    sink.feature(negated[i] ? 'n' : 'w', token);
    if (type === 'word') {
      const stem = stemOf(token);
      if (stem !== token) sink.feature(negated[i] ? 'm' : 't', stem);
      if (previous !== undefined) sink.feature('b', previous, token);
      previous = token;
    } else previous = undefined;
  }
  close(tokens.length);
}

/** One sentence of the message: its token range and its feature keys. */
export interface SentenceFeatures {
  start: number;
  end: number;
  keys: string[];
}

/** The message's sentences, each with its feature keys: what training reads. */
export function sentenceFeatures(text: AnalyzedText): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  let keys = new Set<string>();
  walkSentences(text, {
    feature: (kind, name, next) => void keys.add(featureKey(kind, name, next)),
    sentence: (start, end) => {
      out.push({ start, end, keys: [...keys] });
      keys = new Set();
    },
  });
  return out;
}
