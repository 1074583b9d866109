// The wink-nlp instances of a process: the model is ~3.5 MB of data, loaded once and shared
// by every conversation, detector and suggestion builder.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let shared: WinkMethods | undefined;
let tokensOnly: WinkMethods | undefined;

/**
 * Sentences, negation, sentiment, POS tags and lemmas. Not wink's entity recognition: it cost half
 * of a full reading, and the facts it told (a date, an amount, an email) are read from the words
 * and token types (`factsGiven`); without it the POS tags are the same (checked on 6,477 customer
 * messages: the twcs dev half's 516 and the hard chats' 5,961).
 */
export function nlp(): WinkMethods {
  shared ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
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

let sentencesOnly: WinkMethods | undefined;

/**
 * Sentences only: the same tokens and sentences as `lightNlp()` (checked on 69,776 texts, the
 * anger data's and the hard chats'), for an agent's line, whose negation and sentiment passes (a
 * fifth of its reading) no reader of it needs; its sentiment is read with `lightNlp()` should a
 * rule's `when` ask for it.
 */
export function sentencesNlp(): WinkMethods {
  if (!sentencesOnly) {
    sentencesOnly = winkNLP(model, ['sbd']);
    // The model's own words have the lowest ids; a word it never met gets the next one free, so
    // the first made-up word read by a new instance marks where its vocabulary ends.
    vocabularyEnd = idOf(sentencesOnly, 'qxqzvkq');
  }
  return sentencesOnly;
}

let vocabularyEnd = 0;

/**
 * Whether wink's model knows the word, lower-cased. It holds no given names ("efua", "gary",
 * "john" are all unknown to it), so a capitalised word it never met is most often one.
 */
export function knownToTheModel(word: string): boolean {
  const wink = sentencesNlp();
  return idOf(wink, word.toLowerCase()) < vocabularyEnd;
}

function idOf(wink: WinkMethods, word: string): number {
  return (wink.readDoc(word).tokens().out(wink.its.uniqueId) as unknown as number[])[0] ?? 0;
}
