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
  return new WinkAnalysis(raw, nlp().readDoc(raw));
}

// A class, not an object literal with getters: accessors on a literal are built per object and
// cost more than the whole rest of the analysis; on a prototype they are free.
class WinkAnalysis implements AnalyzedText {
  readonly normalized: string;
  readonly tokens: string[];
  readonly types: string[];
  readonly negated: boolean[];
  readonly sentiment: number;
  readonly capsRatio: number;
  readonly exclamations: number;
  readonly questions: number;
  // Sentences and POS tags are read by few turns (complaints, introductions): computed on first
  // use, so a plain turn costs little more than wink's own readDoc + sentiment.
  private sentencesCache: string[] | undefined;
  private posCache: string[] | undefined;

  constructor(
    readonly raw: string,
    readonly doc: Document,
  ) {
    const its = nlp().its;
    this.tokens = doc.tokens().out(its.normal) as string[];
    this.types = doc.tokens().out(its.type) as string[];
    this.normalized = normalizeText(raw);
    this.negated = markNegation(this.tokens, this.types);
    this.sentiment = doc.out(its.sentiment) as unknown as number;
    this.capsRatio = capsRatio(raw);
    this.exclamations = countChar(raw, '!');
    this.questions = countChar(raw, '?');
  }

  get pos(): string[] {
    return (this.posCache ??= this.doc.tokens().out(nlp().its.pos) as string[]);
  }

  get sentences(): string[] {
    return (this.sentencesCache ??= this.doc.sentences().out() as string[]);
  }
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
