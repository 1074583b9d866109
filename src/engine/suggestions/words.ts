// Keyword phrases ("charge twice", "log in", "not work") matched against a turn's words, where
// each word counts as either its surface form or its lemma: "charged twice" and "charging twice"
// both meet "charge twice" without the catalogue listing every inflection.
import type { AnalyzedText } from '../analyzeText';
import { nlp } from '../nlp';

export interface Word {
  normal: string;
  lemma: string;
}

// The restatement, the problem type and the clarifying questions all read the same turns: the
// words of a turn are taken out of its wink document once.
const wordsOfText = new WeakMap<AnalyzedText, Word[][]>();

/** One list of words per sentence of the text, punctuation left out. */
export function sentenceWords(text: AnalyzedText): Word[][] {
  let words = wordsOfText.get(text);
  if (!words) wordsOfText.set(text, (words = readSentenceWords(text)));
  return words;
}

function readSentenceWords(text: AnalyzedText): Word[][] {
  const its = nlp().its;
  const result: Word[][] = [];
  const sentences = text.doc.sentences();
  for (let s = 0; s < sentences.length(); s++) {
    const sentence = sentences.itemAt(s);
    const normals = sentence.tokens().out(its.normal) as string[];
    // wink's typings give `its.lemma` a signature `out` rejects; it works at run time.
    const lemmas = sentence.tokens().out(its.lemma as unknown as typeof its.normal) as string[];
    const types = sentence.tokens().out(its.type) as string[];
    const words: Word[] = [];
    normals.forEach((normal, i) => {
      if (types[i] === 'punctuation') return;
      // wink keeps an abbreviation-like dot on some words ("log in." → "in.").
      words.push({ normal: stripDot(normal), lemma: stripDot(lemmas[i] ?? normal) });
    });
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

export function containsPhrase(words: readonly Word[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((p, j) => matchesWord(words[start + j]!, p))) return true;
  }
  return false;
}

function matchesWord(word: Word, expected: string): boolean {
  return word.normal === expected || word.lemma === expected;
}

function stripDot(word: string): string {
  return word.length > 1 ? word.replace(/\.$/, '') : word;
}
