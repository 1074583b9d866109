// The one wink-nlp instance of a process: the model is ~3.5 MB of data, loaded once and shared
// by every conversation, detector and suggestion builder.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let shared: WinkMethods | undefined;

export function nlp(): WinkMethods {
  shared ??= winkNLP(model);
  return shared;
}
