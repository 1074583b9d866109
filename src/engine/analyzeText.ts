// One pass of wink-nlp over a turn's text, shared by every detector, the anger model and the
// suggestion builders: a turn is read exactly once, whatever number of rules look at it.
import type { Document, WinkMethods } from 'wink-nlp';
import { lightNlp, nlp, sentencesNlp } from './nlp';

export interface AnalyzedText {
  raw: string;
  /** Lower-cased, curly quotes straightened, whitespace collapsed: what phrase rules match. */
  normalized: string;
  /** wink's full reading (entities, POS tags, lemmas), made on first use unless asked for upfront. */
  readonly doc: Document;
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
  /** The tokens as written (wink's raw token text), made on first use; absent on a copy. */
  readonly rawTokens?: string[];
}

// Past this length a turn is cut for NLP: a pasted log of 200 KB must not stall the engine,
// and the start of a message carries its tone.
export const MAX_ANALYSED_CHARS = 5_000;

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'without', 'hardly']);

// Most chat lines have no curly quote, zero-width character or run of spaces: they skip the
// replacements (each a pass over the text) and are only trimmed and lower-cased.
const NEEDS_REPLACING = /[\u2018\u2019\u02bc\u201c\u201d\u200b-\u200d\ufeff]|[^\S ]|  /;

export function normalizeText(text: string): string {
  if (!needsReplacing(text)) return text.trim().toLowerCase();
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * `NEEDS_REPLACING.test(text)`, by a char-code scan over printable ASCII and single spaces (most
 * lines are nothing else); the first other character leaves the answer to the regex.
 */
function needsReplacing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (c < 33 || c > 126) return NEEDS_REPLACING.test(text);
  }
  return false;
}

/**
 * Reads a turn. Tokens, sentences and sentiment come from wink's light pipeline; entities, POS
 * tags and lemmas (`doc`, `pos`) from a second, full reading made only when something asks for
 * them.
 */
export function analyzeText(text: string): AnalyzedText {
  return read(text, false);
}

/**
 * The same with the full reading made upfront, for a text that needs it anyway (a customer
 * message: its facts and problem type are read from lemmas and entities).
 */
export function analyzeTextFully(text: string): AnalyzedText {
  return read(text, true);
}

/**
 * The same without the sentiment, read only when asked (`sentiment`, by the light pipeline): for an
 * agent's or the system's line, whose sentiment nothing but a rule's `when` reads, a fifth cheaper.
 */
export function analyzeAgentLine(text: string): AnalyzedText {
  const raw = cut(text);
  const wink = sentencesNlp();
  return new LineAnalysis(raw, wink.readDoc(raw));
}

function read(text: string, full: boolean): AnalyzedText {
  const raw = cut(text);
  const wink = full ? nlp() : lightNlp();
  return new WinkAnalysis(raw, wink.readDoc(raw), wink.its, full);
}

function cut(text: string): string {
  return text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
}

// A class, not an object literal with getters: accessors on a literal are built per object and
// cost more than the whole rest of the analysis; on a prototype they are free. The sentiment is
// its subclasses' (a value, or read when asked).
abstract class Analysis implements AnalyzedText {
  readonly normalized: string;
  readonly tokens: string[];
  readonly types: string[];
  readonly negated: boolean[];
  abstract readonly sentiment: number;
  readonly capsRatio: number;
  readonly exclamations: number;
  readonly questions: number;
  // Sentences and POS tags are read by few turns (complaints, introductions): computed on first
  // use, so a plain turn costs little more than wink's own readDoc + sentiment.
  private sentencesCache: string[] | undefined;
  private posCache: string[] | undefined;
  private rawTokensCache: string[] | undefined;
  private fullDoc: Document | undefined;
  private memos: unknown[] | undefined;

  constructor(
    readonly raw: string,
    /** The first reading: sentences only, light or full (all give the same tokens and sentences). */
    protected readonly reading: Document,
    its: WinkMethods['its'],
    full: boolean,
  ) {
    if (full) this.fullDoc = reading;
    const doc = reading;
    const tokens = doc.tokens();
    this.tokens = tokens.out(its.normal) as string[];
    this.types = tokens.out(its.type) as string[];
    this.normalized = normalizeText(raw);
    this.negated = markNegation(this.tokens, this.types);
    this.capsRatio = capsRatio(raw);
    this.exclamations = countChar(raw, '!');
    this.questions = countChar(raw, '?');
  }

  get doc(): Document {
    return (this.fullDoc ??= nlp().readDoc(this.raw));
  }

  get pos(): string[] {
    return (this.posCache ??= this.doc.tokens().out(nlp().its.pos) as string[]);
  }

  get rawTokens(): string[] {
    return (this.rawTokensCache ??= this.reading.tokens().out() as string[]);
  }

  get sentences(): string[] {
    return (this.sentencesCache ??= this.reading.sentences().out() as string[]);
  }

  /** A `TextMemo`'s value for this text (the memo's slot in this analysis). */
  memo<T>(slot: number, compute: (text: AnalyzedText) => T): T {
    const memos = (this.memos ??= []);
    let value = memos[slot] as T | undefined;
    if (value === undefined) memos[slot] = value = compute(this);
    return value;
  }
}

/** A light or full reading: its sentiment read with the rest (the light and full agree on it, as on the tokens). */
class WinkAnalysis extends Analysis {
  readonly sentiment: number;

  constructor(raw: string, reading: Document, its: WinkMethods['its'], full: boolean) {
    super(raw, reading, its, full);
    this.sentiment = reading.out(its.sentiment) as unknown as number;
  }
}

/** An agent's line, read for sentences only: its sentiment read by the light pipeline when asked. */
class LineAnalysis extends Analysis {
  private sentimentValue: number | undefined;

  constructor(raw: string, reading: Document) {
    super(raw, reading, sentencesNlp().its, false);
  }

  get sentiment(): number {
    if (this.sentimentValue === undefined) {
      const wink = lightNlp();
      this.sentimentValue = wink.readDoc(this.raw).out(wink.its.sentiment) as unknown as number;
    }
    return this.sentimentValue;
  }
}

/**
 * A value derived from a turn's analysis by one of its readers (phrase units, word sets, the
 * complaint sentence …), computed on first use and kept with the analysis. Kept in a slot of the
 * analysis itself rather than in one WeakMap per reader: a turn is read by half a dozen of them,
 * and weak-map entries are what the garbage collector spends most on per turn. An `AnalyzedText`
 * not made here (a test's spread copy) falls back to a WeakMap.
 */
export class TextMemo<T extends NonNullable<unknown> | null> {
  private readonly slot = memoSlots++;
  private readonly foreign = new WeakMap<AnalyzedText, T>();

  constructor(private readonly compute: (text: AnalyzedText) => T) {}

  of(text: AnalyzedText): T {
    if (text instanceof Analysis) return text.memo(this.slot, this.compute);
    let value = this.foreign.get(text);
    if (value === undefined) this.foreign.set(text, (value = this.compute(text)));
    return value;
  }
}

// Memos are module-level (one per reader), so the slots stay few.
let memoSlots = 0;

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
  // Most texts are all ASCII: one char-code scan. Beyond ASCII only in marks that are no letters
  // (a dash, a curly quote, an emoji), the letters and the breaks between words are still the
  // ASCII scan's: only a letter beyond ASCII needs the rest.
  const ascii = asciiCapsRatio(text);
  if (ascii >= 0) return ascii;
  if (!NON_ASCII_LETTER.test(text)) return asciiCapsRatio(text, true);
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

/** Any character outside ASCII: such a text takes the slower Unicode-aware paths. */
export const NON_ASCII = /[^\x00-\x7f]/;
/** A letter outside ASCII ("é", "ß", "Ж"). */
export const NON_ASCII_LETTER = /[^\P{L}\x00-\x7f]/u;

// Shouting needs enough letters to mean anything: "OK" or "USB" is not shouting.
const MIN_LETTERS_TO_SHOUT = 12;

/** Does the text shout: at least `threshold` of its letters upper case, and enough letters to tell? */
export function shouts(text: AnalyzedText, threshold: number): boolean {
  // The ratio is already known; letters are counted only for a text that shouts.
  return text.capsRatio >= threshold && (text.raw.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS_TO_SHOUT;
}

/**
 * `capsRatio` of an ASCII text by a char-code scan: letters are A–Z and a–z, upper case A–Z.
 * -1 at the first character beyond ASCII, unless `marksBeyondAscii` (the text has some, and none
 * is a letter: they break words like any other mark).
 */
function asciiCapsRatio(text: string, marksBeyondAscii = false): number {
  let upper = 0;
  let letters = 0;
  let runLetters = 0;
  let runUpper = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c > 127 && !marksBeyondAscii) return -1;
    const isUpper = c >= 65 && c <= 90;
    if (isUpper || (c >= 97 && c <= 122)) {
      runLetters++;
      if (isUpper) runUpper++;
      continue;
    }
    // A word counts from two letters on (the \p{L}{2,} of the general case).
    if (runLetters >= 2) {
      letters += runLetters;
      upper += runUpper;
    }
    runLetters = 0;
    runUpper = 0;
  }
  return letters === 0 ? 0 : upper / letters;
}

/** Occurrences of a one-character string. */
function countChar(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n++;
  return n;
}
