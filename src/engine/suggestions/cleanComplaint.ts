// A customer's sentence as it arrives ("UGH wtf, my package didn't arrive AGAIN!!!") is not
// something an agent can say back. Before it is restated it loses what only carries the anger:
// leading interjections, profanity, shouting and runs of "!!!". What remains is the problem.
import { unshout } from './textCase';

// Words that open a message to vent or to get attention, not to say what went wrong.
const LEADING_INTERJECTION =
  /^(?:(?:ugh+|argh+|wtf|omg|ffs|jeez|geez|seriously|honestly|listen|look|well|ok(?:ay)?|so|hello+|hi+|hey+|um+|uh+|oh+|god|jesus|christ|damn|dammit|bloody hell|for god'?s sake|for fuck'?s sake|what the (?:hell|heck|fuck)|excuse me)\b[\s,.!?:;-]*)+/i;

// Profanity as intensifier ("the damn package", "fucking useless"): dropped without a trace.
const PROFANITY = /\b(?:fucking|freaking|frigging|effing|bloody|damn(?:ed)?|goddamn|crappy|shitty|bleeping)\s+/gi;

/** The customer's sentence with the venting removed: no leading "ugh", profanity, SHOUTING or "!!!". */
export function cleanComplaint(sentence: string): string {
  let text = sentence.trim().replace(/[\u2018\u2019]/g, "'");
  text = unshout(text);
  text = text.replace(LEADING_INTERJECTION, '');
  text = text.replace(PROFANITY, '');
  text = text.replace(/\s*[!?.…]+$/u, '').replace(/\s{2,}/g, ' ').trim();
  return text;
}
