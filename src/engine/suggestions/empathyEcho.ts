// PLAYBOOK step 6 asks for empathy, not for the same canned line twice: after the agent wrote "I
// understand how frustrating that must be", a card that hands back "I understand how frustrating
// this is" reads as a script. Lines of one family (the feeling they name) count as the same line,
// and so do lines with nearly the same words.
import { splitSentences } from './clauses';

const EMPATHY = /\b(?:sorry|apologi[sz]e|apologies|understand|imagine|appreciate|hear you|can see|must be|i know how)\b/i;

// The feeling a canned line names: "sorry for the inconvenience" and "sorry for the trouble" are one line.
const FAMILIES: readonly RegExp[] = [
  /\bfrustrat\w*/i,
  /\b(?:trouble|inconvenien\w*|hassle|bother)\b/i,
  /\b(?:upset\w*|annoy\w*|stress\w*|disappoint\w*)\b/i,
  /\bi hear you\b/i,
];

// Share of the shorter line's words the longer one has too, from which two lines are one.
const SAME_WORDS = 0.8;
const MIN_WORDS = 3;

/** A sentence of empathy as compared: the families it names (one bit each) and its words. */
interface EmpathyLine {
  families: number;
  words: ReadonlySet<string>;
}

/** Whether a sentence is a line of empathy: an apology or an acknowledgement of the feeling. */
export function isEmpathyLine(sentence: string): boolean {
  return EMPATHY.test(sentence);
}

/** `line` (one sentence or several) says a line of empathy the agent already said in `saidBefore`. */
export function echoesEmpathy(line: string, saidBefore: readonly string[]): boolean {
  if (saidBefore.length === 0) return false;
  const mine = linesOf(line);
  if (mine.length === 0) return false;
  for (const text of saidBefore) {
    for (const before of linesOf(text)) if (mine.some((own) => sameLine(own, before))) return true;
  }
  return false;
}

/** The cards of `pool` that don't hand back a line of empathy of `saidBefore` (the pool itself when none does). */
export function withoutEchoes<T extends { text: string }>(pool: readonly T[], saidBefore: readonly string[]): readonly T[] {
  // Most windows of the agent's messages hold no line of empathy: nothing to compare the cards with.
  if (!saidBefore.some((text) => linesOf(text).length > 0) || !pool.some((card) => echoesEmpathy(card.text, saidBefore))) return pool;
  return pool.filter((card) => !echoesEmpathy(card.text, saidBefore));
}

// The panel composes cards after every turn, each checked against the same templates and the
// agent's same last few messages: each text is read once (most hold no line of empathy at all).
const linesOfText = new Map<string, readonly EmpathyLine[]>();
const CACHED_TEXTS = 512;

function linesOf(text: string): readonly EmpathyLine[] {
  let lines = linesOfText.get(text);
  if (!lines) {
    if (linesOfText.size >= CACHED_TEXTS) linesOfText.clear();
    linesOfText.set(text, (lines = readLines(text)));
  }
  return lines;
}

function readLines(text: string): EmpathyLine[] {
  if (!EMPATHY.test(text)) return [];
  return splitSentences(text)
    .filter((s) => EMPATHY.test(s))
    .map((s) => ({ families: FAMILIES.reduce((bits, family, i) => (family.test(s) ? bits | (1 << i) : bits), 0), words: wordsOf(s) }));
}

function sameLine(a: EmpathyLine, b: EmpathyLine): boolean {
  if ((a.families & b.families) !== 0) return true;
  const [shorter, longer] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (shorter.size < MIN_WORDS) return false;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size >= SAME_WORDS;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}']+/gu) ?? []);
