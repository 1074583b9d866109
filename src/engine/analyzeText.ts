// One pass of wink-nlp over a turn's text, shared by every detector, the anger model and the
// suggestion builders: a turn is read exactly once, whatever number of rules look at it.
import type { Document } from 'wink-nlp';
import { nlp } from './nlp';

export interface AnalyzedText {
  raw: string;
  /** Lower-cased, curly quotes straightened, whitespace collapsed: what phrase rules match. */
  normalized: string;
  doc: Document;
  /** Lower-cased token normals, punctuation included (wink `its.normal`). */
  tokens: string[];
  /** Universal POS tags per token (PROPN, VERB, …). */
  readonly pos: string[];
  /** wink token types per token: word, number, punctuation, emoji, emoticon, url, … */
  types: string[];
  /** True where the token is in a negation scope (after "not", "never", "n't" … until punctuation). */
  negated: boolean[];
  readonly sentences: string[];
  /** wink-nlp sentiment of the whole text in [-1, 1]. */
  sentiment: number;
  /** Share of upper-case letters among letters in words of 2+ letters (shouting). */
  capsRatio: number;
  exclamations: number;
  questions: number;
}

// Past this length a turn is cut for NLP: a pasted log of 200 KB must not stall the engine,
// and the start of a message carries its tone.
export const MAX_ANALYSED_CHARS = 5_000;

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'without', 'hardly']);

export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function analyzeText(text: string): AnalyzedText {
  const raw = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  const winkNlp = nlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(raw);
  const tokens = doc.tokens().out(its.normal) as string[];
  const types = doc.tokens().out(its.type) as string[];
  // Sentences and POS tags are read by few turns (complaints, introductions): computed on first
  // use, so a plain turn costs little more than wink's own readDoc + sentiment.
  let sentences: string[] | undefined;
  let pos: string[] | undefined;
  return {
    raw,
    normalized: normalizeText(raw),
    doc,
    tokens,
    types,
    get pos() {
      return (pos ??= doc.tokens().out(its.pos) as string[]);
    },
    negated: markNegation(tokens, types),
    get sentences() {
      return (sentences ??= doc.sentences().out() as string[]);
    },
    sentiment: doc.out(its.sentiment) as unknown as number,
    capsRatio: capsRatio(raw),
    exclamations: countChar(raw, '!'),
    questions: countChar(raw, '?'),
  };
}

function markNegation(tokens: string[], types: string[]): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  let inScope = false;
  for (let i = 0; i < tokens.length; i++) {
    if (types[i] === 'punctuation') inScope = false;
    else if (inScope) negated[i] = true;
    if (NEGATORS.has(tokens[i]!)) inScope = true;
  }
  return negated;
}

function capsRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  for (const word of text.match(/\p{L}{2,}/gu) ?? []) {
    for (const ch of word) {
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
