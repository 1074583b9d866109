// The draft-risk model's features, per sentence of an agent's message, read from the one wink-nlp
// pass the engine already made (`AnalyzedText`): no second `readDoc`. Training
// (`scripts/train-draft-risk.ts`) calls this same function on the same `analyzeText` output.
//
// Keys (stored in `models/draft-risk-weights.json`), as the anger model writes them:
//   w:<token>  n:<token>   a word, emoji or emoticon, outside / inside a negation scope
//   t:<stem>   m:<stem>    its crude stem, outside / inside a negation scope
//   b:<tok> <tok>          two adjacent words
// Turn-level cues and sentiment are left out: a risky sentence is risky wherever it stands.
import type { AnalyzedText } from '../analyzeText';
import { CONTENT_TYPES, featureKey, stemOf } from '../anger/features';

/** One sentence of the message: its token range and its feature keys. */
export interface SentenceFeatures {
  start: number;
  end: number;
  keys: string[];
}

/** The punctuation tokens that end a sentence. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...']);

/** The message's sentences (split where wink put a full stop, "!" or "?"), each with its feature keys. */
export function sentenceFeatures(text: AnalyzedText): SentenceFeatures[] {
  const { tokens, types, negated } = text;
  const out: SentenceFeatures[] = [];
  let keys = new Set<string>();
  let start = 0;
  let previous: string | undefined;
  const close = (end: number) => {
    if (keys.size > 0) out.push({ start, end, keys: [...keys] });
    keys = new Set();
    previous = undefined;
    start = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i]!;
    const token = tokens[i]!;
    if (!CONTENT_TYPES.has(type)) {
      previous = undefined;
      if (type === 'punctuation' && SENTENCE_END.has(token)) close(i + 1);
      continue;
    }
    keys.add(featureKey(negated[i] ? 'n' : 'w', token));
    if (type === 'word') {
      const stem = stemOf(token);
      if (stem !== token) keys.add(featureKey(negated[i] ? 'm' : 't', stem));
      if (previous !== undefined) keys.add(featureKey('b', previous, token));
      previous = token;
    } else previous = undefined;
  }
  close(tokens.length);
  return out;
}
