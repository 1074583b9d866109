// The wink-nlp instances of a process: the model is ~3.5 MB of data, loaded once and shared
// by every conversation, detector and suggestion builder.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let shared: WinkMethods | undefined;
let tokensOnly: WinkMethods | undefined;

/** The whole pipeline: sentences, entities, negation, sentiment, POS tags and lemmas. */
export function nlp(): WinkMethods {
  shared ??= winkNLP(model);
  return shared;
}

/**
 * Sentences, negation and sentiment only: the same tokens, sentences and sentiment as `nlp()`
 * (checked on 56,784 texts of the anger data) for half the cost, since most turns never need
 * entities, POS tags or lemmas. Built on first use (~150 ms, once per process).
 */
export function lightNlp(): WinkMethods {
  tokensOnly ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return tokensOnly;
}
