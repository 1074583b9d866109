// PLAYBOOK step 6 asks for empathy, not for the same canned line twice: after the agent wrote "I
// understand how frustrating that must be", a card that hands back "I understand how frustrating
// this is" reads as a script. Lines of one family (the feeling they name) count as the same line,
// and so do lines with nearly the same words.
import { splitSentences } from './clauses';

const EMPATHY = /\b(?:sorry|apologi[sz]e|apologies|understand|imagine|appreciate|hear you|can see|must be|i know how)\b/i;

// The feeling a canned line names: "sorry for the inconvenience" and "sorry for the trouble" are one line.
const FAMILIES: readonly (readonly [string, RegExp])[] = [
  ['frustration', /\bfrustrat\w*/i],
  ['trouble', /\b(?:trouble|inconvenien\w*|hassle|bother)\b/i],
  ['upset', /\b(?:upset\w*|annoy\w*|stress\w*|disappoint\w*)\b/i],
  ['hearing', /\bi hear you\b/i],
];

// Share of the shorter line's words the longer one has too, from which two lines are one.
const SAME_WORDS = 0.8;
const MIN_WORDS = 3;

/** Whether a sentence is a line of empathy: an apology or an acknowledgement of the feeling. */
export function isEmpathyLine(sentence: string): boolean {
  return EMPATHY.test(sentence);
}

/** `line` (one sentence or several) says a line of empathy the agent already said in `saidBefore`. */
export function echoesEmpathy(line: string, saidBefore: readonly string[]): boolean {
  if (saidBefore.length === 0 || !EMPATHY.test(line)) return false;
  const said = saidBefore.flatMap((text) => splitSentences(text)).filter((s) => EMPATHY.test(s));
  if (said.length === 0) return false;
  return splitSentences(line)
    .filter((s) => EMPATHY.test(s))
    .some((sentence) => said.some((before) => sameLine(sentence, before)));
}

function sameLine(a: string, b: string): boolean {
  if (FAMILIES.some(([, family]) => family.test(a) && family.test(b))) return true;
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  const shorter = wordsA.size <= wordsB.size ? wordsA : wordsB;
  const longer = shorter === wordsA ? wordsB : wordsA;
  if (shorter.size < MIN_WORDS) return false;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size >= SAME_WORDS;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}']+/gu) ?? []);
