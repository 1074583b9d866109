// Keyword phrases ("charge twice", "log in", "not work") matched against a turn's words, where
// each word counts as either its surface form or its lemma: "charged twice" and "charging twice"
// both meet "charge twice" without the catalogue listing every inflection.
import { TextMemo, type AnalyzedText } from '../analyzeText';
import { nlp } from '../nlp';

export interface Word {
  normal: string;
  lemma: string;
}

// The restatement, the problem type and the clarifying questions all read the same turns: the
// words of a turn are taken out of its wink document once.
const wordsOfText = new TextMemo(readSentenceWords);

/** One list of words per sentence of the text, punctuation left out. */
export function sentenceWords(text: AnalyzedText): Word[][] {
  return wordsOfText.of(text);
}

// One `out` of lemmas for the whole text, cut at the sentence spans: the normals and types are
// the analysis' own, so a sentence costs no further trips through wink's collections.
function readSentenceWords(text: AnalyzedText): Word[][] {
  const its = nlp().its;
  const doc = text.doc;
  // wink's typings give `its.lemma` a signature `out` rejects; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.normal) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const { tokens, types } = text;
  const result: Word[][] = [];
  for (const [start, end] of spans) {
    const words: Word[] = [];
    for (let i = start; i <= end; i++) {
      if (types[i] === 'punctuation') continue;
      const normal = tokens[i]!;
      // wink keeps an abbreviation-like dot on some words ("log in." → "in.").
      words.push({ normal: stripDot(normal), lemma: stripDot(lemmas[i] ?? normal) });
    }
    result.push(words);
  }
  return result;
}

// wink's normal forms of contractions: "can't" → can + not, "I'm" → i + am.
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan['’]t\b|\bcannot\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’]re\b/g, ' are'],
  [/['’]ve\b/g, ' have'],
  [/['’]m\b/g, ' am'],
  [/['’]ll\b/g, ' will'],
];

/** Splits a keyword phrase the way wink splits text, so "can't log in" and "double-charged" match. */
export function phraseWords(phrase: string): string[] {
  let text = phrase.toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  return text.split(/[\s-]+/).filter((w) => w.length > 0);
}

/** Phrases by their first word, so a sentence's words are walked once; empty phrases are left out. */
export function indexByFirstWord<T extends { phrase: readonly string[] }>(entries: Iterable<T>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = entry.phrase[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  return index;
}

/**
 * Calls `visit` for every indexed phrase found in the words, at each position trying the phrases
 * opening with the word's surface form, then (when it differs) with its lemma. A phrase `wanted`
 * turns down (its answer already known) is not matched at all.
 */
export function forEachPhraseAt<T extends { phrase: readonly string[] }>(words: readonly Word[], index: ReadonlyMap<string, readonly T[]>, visit: (entry: T) => void, wanted: (entry: T) => boolean = ALWAYS): void {
  for (let start = 0; start < words.length; start++) {
    const { normal, lemma } = words[start]!;
    visitPhrasesAt(words, start, index.get(normal), visit, wanted);
    if (lemma !== normal) visitPhrasesAt(words, start, index.get(lemma), visit, wanted);
  }
}

function visitPhrasesAt<T extends { phrase: readonly string[] }>(words: readonly Word[], start: number, candidates: readonly T[] | undefined, visit: (entry: T) => void, wanted: (entry: T) => boolean): void {
  if (!candidates) return;
  for (const entry of candidates) if (wanted(entry) && phraseAt(words, start, entry.phrase)) visit(entry);
}

const ALWAYS = (): boolean => true;

/** Does the (non-empty) phrase match the words from `start` on? */
export function phraseAt(words: readonly Word[], start: number, phrase: readonly string[]): boolean {
  if (start + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) if (!matchesWord(words[start + j]!, phrase[j]!)) return false;
  return true;
}

function matchesWord(word: Word, expected: string): boolean {
  return word.normal === expected || word.lemma === expected;
}

function stripDot(word: string): string {
  return word.length > 1 && word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
