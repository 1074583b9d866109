// An angry customer often states the problem as a question: "Why did you cancel my order?",
// "Where is my refund?". A restatement has to be a statement, so the question is turned into
// one (still in the customer's first person) before it is put into second person:
//   "why did you cancel my order"      → "you cancelled my order"   (→ "your order was cancelled")
//   "where is my refund"               → "I'm still waiting for my refund"
//   "why is nobody answering my emails" → "I'd like to know why nobody is answering my emails"
import { pastTense, thirdPersonVerb } from './verbForms';

type Rewrite = [RegExp, (...groups: string[]) => string];

// "why is this album greyed out" → "why this album is greyed out": a demonstrative with its noun
// moves whole; "why is this happening" keeps "this" alone.
const SUBJECT =
  "(it|(?:this|that|these|those) (?!(?:so|not|still|just|really|even|always|never|a|an|the|my|your|our|on|in|at|for|to)\\b)(?![a-z]+(?:ing|ed)\\b)[a-z']+|this|that|nobody|no one|nothing|noone|there|(?:my|our|the|your) [a-z']+)";

const QUESTION_REWRITES: Rewrite[] = [
  // "why did you cancel …" → "you cancelled …"; "why haven't you refunded …" → "you haven't refunded …"
  [
    /^(?:why|how come)\s+(?:(did|didn't|did not|have|haven't|have not)\s+)?you(?: guys| people)?\s+(?:(never|not|still|even)\s+)?([a-z]+)\b(.*)$/i,
    (aux = '', adverb = '', verb = '', rest = '') => {
      const lowerAux = aux.toLowerCase();
      const head = lowerAux === 'did' && !adverb ? pastTense(verb) : [lowerAux, adverb, verb].filter(Boolean).join(' ');
      return `you ${head}${rest}`;
    },
  ],
  // "why won't you let me cancel" → "I'm not able to cancel"
  [/^why\s+(?:won't|can't|don't|wouldn't)\s+you(?: guys| people)?\s+(?:let|allow)\s+me\s+(?:to\s+)?(.+)$/i, (rest = '') => `I'm not able to ${rest}`],
  // "can you tell me where my order is" → "I'd like to know where my order is"
  [/^(?:can|could|would|will)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?(?:tell|let)\s+me(?:\s+know)?\s+(.+)$/i, (rest = '') => `I'd like to know ${rest}`],
  // "can you please refund me" → "I'd like you to refund me"
  [/^(?:can|could|would|will)\s+you(?: guys)?\s+(?:please\s+)?(.+)$/i, (rest = '') => `I'd like you to ${rest}`],
  // "where is my refund" → "I'm still waiting for my refund"
  [/^where(?:'s| is| are)\s+((?:my|our)\s+.+)$/i, (thing = '') => `I'm still waiting for ${thing}`],
  // "what is going on with my order" → "I'd like to know what's happening with my order"
  [/^what(?:'s| is)\s+(?:going on|happening)\s+with\s+(.+)$/i, (thing = '') => `I'd like to know what's happening with ${thing}`],
  // "why is it taking so long" → "I'd like to know why it is taking so long"
  [
    new RegExp(`^(why|what|when|how|where|how long)\\s+(is|are|was|were|has|have|isn't|hasn't|haven't|can't|won't|will|can)\\s+${SUBJECT}\\b(.*)$`, 'i'),
    (wh = '', aux = '', subject = '', rest = '') => `I'd like to know ${wh.toLowerCase()} ${subject} ${aux.toLowerCase()}${rest}`,
  ],
  // "why does the app keep crashing" → "I'd like to know why the app keeps crashing"
  [
    new RegExp(`^(why|when|how|where)\\s+(does|did|doesn't|didn't)\\s+${SUBJECT}\\s+([a-z]+)\\b(.*)$`, 'i'),
    (wh = '', aux = '', subject = '', verb = '', rest = '') => {
      const lowerAux = aux.toLowerCase();
      const head = lowerAux === 'does' ? thirdPersonVerb(verb) : lowerAux === 'did' ? pastTense(verb) : `${lowerAux} ${verb}`;
      return `I'd like to know ${wh.toLowerCase()} ${subject} ${head}${rest}`;
    },
  ],
];

/** The customer's question as a statement in their own first person; any other sentence as it is. */
export function questionAsStatement(sentence: string): string {
  for (const [pattern, rewrite] of QUESTION_REWRITES) {
    const match = pattern.exec(sentence);
    if (match) return rewrite(...match.slice(1).map((group) => group ?? ''));
  }
  return sentence;
}
