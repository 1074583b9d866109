// The one tokeniser of rule matching: a chat message and every word written in a pattern go
// through the same steps, so a pattern matches what it reads as. wink-nlp splits the words and
// folds British spellings and most contractions ("won't" → will not, "cancelling" → canceling,
// "colour" → color, "cheque" → check); `foldToken` finishes the job for the forms wink leaves
// whole ("i'm") or bare (a pattern's "'ll").
import { lightNlp } from '../nlp';
import { TextMemo, type AnalyzedText } from '../analyzeText';

/** How a token takes part in matching. */
export const enum TokenKind {
  Word = 0,
  /** Commas, dashes, quotes …: skipped between pattern words unless the pattern writes them. */
  Punctuation = 1,
  /** . ! ? — a match never runs across the end of a sentence unless the pattern writes it. */
  SentenceEnd = 2,
}

// Plain arrays, not typed ones: a message's tokens are made once and read a few times, and a typed
// array of more than 64 bytes (16 tokens) has its store allocated outside the heap, which costs
// ten times an array of small integers.
export interface RuleTokens {
  /** Folded token texts, in order. */
  texts: string[];
  /** Interned ids of `texts` (see `tokenId`), what the automata compare. */
  ids: number[];
  kinds: TokenKind[];
  /** The wink token each folded token comes from ("i'm" gives two tokens from one). */
  source: number[];
  /** How many words patterns had written when these ids were looked up. */
  vocabulary: number;
}

// Contractions wink keeps whole, or leaves as a bare clitic when written alone in a pattern.
const CONTRACTIONS: Record<string, string[]> = {
  "i'm": ['i', 'am'],
  "'m": ['am'],
  "'ll": ['will'],
  "n't": ['not'],
  "'re": ['are'],
  "'ve": ['have'],
  "'d": ['would'],
};

// Chat shorthand wink leaves whole: "im" is "i'm" with the apostrophe left out (wink already folds
// "dont", "cant", "youre", "ive"), so a rule written "i am …" reads a lower-case chat line too.
// (A Map: a message's "constructor" is a word, not a property of an object literal.)
const SHORTHAND = new Map<string, string[]>([
  ['im', ['i', 'am']],
  ['thats', ['that', 'is']],
  ['whats', ['what', 'is']],
  ['theres', ['there', 'is']],
  ['u', ['you']],
]);

// "ill" is "I'll" when a word follows that is not what being ill goes with: "ill come down there",
// "ill batter him"; "I feel ill", "seriously ill", "ill health", "tired and ill." stay as written.
const BEFORE_ILL_THE_ADJECTIVE = new Set(
  'am is are was were be been being feel feels feeling felt look looks looked looking fell falls fall get gets got getting become became very so really too quite seriously critically terminally mentally chronically gravely an the of fairly pretty bit more most and'.split(' '),
);
// What one says one will do: "…and ill come down there" is I'll even after "and".
const VERB_AFTER_I_WILL = new Set('be come go get make sort find call report take see send tell post leave cancel keep pay wait try give put ring email write bring drive walk head turn deal sue share complain escalate never just also definitely literally personally'.split(' '));
const AFTER_ILL_THE_ADJECTIVE = new Set('health effects feeling will advised treated person people patient patients with at from since because and or'.split(' '));

function shorthandOf(normals: readonly string[], types: readonly string[], i: number): string[] | undefined {
  const normal = normals[i]!;
  if (normal === 'ill') {
    const next = normals[i + 1];
    const isIWill =
      next !== undefined &&
      types[i + 1] === 'word' &&
      (VERB_AFTER_I_WILL.has(next) || (!AFTER_ILL_THE_ADJECTIVE.has(next) && !BEFORE_ILL_THE_ADJECTIVE.has(normals[i - 1] ?? '')));
    return isIWill ? ['i', 'will'] : undefined;
  }
  return SHORTHAND.get(normal);
}

/** The folded form(s) of one wink token normal. */
export function foldToken(normal: string): string[] {
  const straight = normal.includes('\u2019') || normal.includes('\u02bc') ? normal.replace(/[\u2019\u02bc]/g, "'") : normal;
  return CONTRACTIONS[straight] ?? [straight];
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '...', '…']);

function kindOf(text: string, winkType: string): TokenKind {
  if (winkType !== 'punctuation') return TokenKind.Word;
  // wink gives each mark its own token; "...", "…" end a sentence too.
  return SENTENCE_ENDS.has(text) ? TokenKind.SentenceEnd : TokenKind.Punctuation;
}

// Every distinct word written in a pattern gets a small integer, so automata compare numbers,
// not strings. A message's words are looked up, never added: a long-lived service worker reads
// endless messages, and a word no pattern writes can only match a wildcard (id -1).
const ids = new Map<string, number>();
// The words by id, for `isStopWord`.
const words: string[] = [];

function internedId(text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    ids.set(text, (id = ids.size));
    words.push(text);
  }
  return id;
}

/**
 * Whether the pattern word numbered `id` is one of wink's stop words ("the", "you", "will", "get"):
 * words found in most messages, unlike "report" or "complain" however many patterns write them.
 */
export function isStopWord(id: number): boolean {
  const word = words[id];
  if (word === undefined) return false;
  // Read from wink once per word (the gating asks again each time it is rebuilt).
  let stop = stopWords[id];
  if (stop === undefined) {
    const wink = lightNlp();
    stopWords[id] = stop = (wink.readDoc(word).tokens().out(wink.its.stopWordFlag) as unknown as boolean[])[0] === true;
  }
  return stop;
}
const stopWords: (boolean | undefined)[] = [];

function knownId(text: string): number {
  return ids.get(text) ?? -1;
}

function fold(normals: readonly string[], types: readonly string[], idOf: (text: string) => number): RuleTokens {
  // Most messages have no apostrophe or shorthand at all: one token each, no lists on the way.
  if (!normals.some(mayExpand)) {
    const tokenIds: number[] = [];
    const kinds: TokenKind[] = [];
    const source: number[] = [];
    for (let i = 0; i < normals.length; i++) {
      tokenIds.push(idOf(normals[i]!));
      kinds.push(kindOf(normals[i]!, types[i]!));
      source.push(i);
    }
    return { texts: normals.slice(), ids: tokenIds, kinds, source, vocabulary: ids.size };
  }
  const texts: string[] = [];
  const kinds: TokenKind[] = [];
  const source: number[] = [];
  for (let i = 0; i < normals.length; i++) {
    const normal = normals[i]!;
    const kind = kindOf(normal, types[i]!);
    // Most tokens have no apostrophe and fold to themselves.
    if (!hasApostrophe(normal)) {
      for (const text of shorthandOf(normals, types, i) ?? [normal]) {
        texts.push(text);
        kinds.push(kind);
        source.push(i);
      }
      continue;
    }
    for (const text of foldToken(normal)) {
      texts.push(text);
      kinds.push(kind);
      source.push(i);
    }
  }
  const tokenIds: number[] = [];
  for (let i = 0; i < texts.length; i++) tokenIds.push(idOf(texts[i]!));
  return { texts, ids: tokenIds, kinds, source, vocabulary: ids.size };
}

/** A token that may fold to other tokens than itself (`foldToken`, `shorthandOf`). */
function mayExpand(token: string): boolean {
  return hasApostrophe(token) || token === 'ill' || SHORTHAND.has(token);
}

/** Any of ' ’ ʼ (the forms `foldToken` reads): one pass over the token's characters, not three searches. */
function hasApostrophe(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x02bc) return true;
  }
  return false;
}

const tokensOfText = new TextMemo((text) => ({ current: foldMessage(text.tokens, text.types) }));

/** A message's tokens as patterns see them (computed once per message). */
export function ruleTokensOf(text: AnalyzedText): RuleTokens {
  const memo = tokensOfText.of(text);
  // Patterns compiled after the message was first read may have brought words it contains.
  if (memo.current.vocabulary !== ids.size) memo.current = foldMessage(text.tokens, text.types);
  return memo.current;
}

/** What `fold` asks of a message's token: whether it may expand, and its id (`knownId`). */
interface TokenReading {
  mayExpand: boolean;
  id: number;
}

// A chat repeats its words: each distinct token is read once (for the vocabulary it was read
// with; bounded, as the anger model's word cache is), one map lookup where `fold` makes two and
// scans the token's characters.
const tokenReadings = new Map<string, TokenReading>();
let readingsVocabulary = 0;
const MAX_CACHED_TOKENS = 20_000;
// The readings of the message being folded, kept from message to message.
const scratch: TokenReading[] = [];

/** `fold(normals, types, knownId)`, its tokens read through `tokenReadings`. */
function foldMessage(normals: readonly string[], types: readonly string[]): RuleTokens {
  if (readingsVocabulary !== ids.size || tokenReadings.size >= MAX_CACHED_TOKENS) {
    tokenReadings.clear();
    readingsVocabulary = ids.size;
  }
  let expands = false;
  for (let i = 0; i < normals.length; i++) {
    const normal = normals[i]!;
    let reading = tokenReadings.get(normal);
    if (reading === undefined) tokenReadings.set(normal, (reading = { mayExpand: mayExpand(normal), id: knownId(normal) }));
    if (reading.mayExpand) expands = true;
    scratch[i] = reading;
  }
  const tokenIds: number[] = [];
  const kinds: TokenKind[] = [];
  const source: number[] = [];
  if (!expands) {
    for (let i = 0; i < normals.length; i++) {
      tokenIds.push(scratch[i]!.id);
      kinds.push(kindOf(normals[i]!, types[i]!));
      source.push(i);
    }
    return { texts: normals.slice(), ids: tokenIds, kinds, source, vocabulary: ids.size };
  }
  // `fold(normals, types, knownId)`, the tokens that fold to themselves (most, even in a message
  // with "i'm" in it) taken as read above: no list made and no id looked up again for each.
  const texts: string[] = [];
  for (let i = 0; i < normals.length; i++) {
    const normal = normals[i]!;
    const kind = kindOf(normal, types[i]!);
    if (!scratch[i]!.mayExpand) {
      texts.push(normal);
      tokenIds.push(scratch[i]!.id);
      kinds.push(kind);
      source.push(i);
      continue;
    }
    for (const text of hasApostrophe(normal) ? foldToken(normal) : (shorthandOf(normals, types, i) ?? [normal])) {
      texts.push(text);
      tokenIds.push(knownId(text));
      kinds.push(kind);
      source.push(i);
    }
  }
  return { texts, ids: tokenIds, kinds, source, vocabulary: ids.size };
}

/**
 * The words of a message a match covers, as written (lower-cased, from the normalised text:
 * "that's our fault", not the folded "that is our fault"), so the panel quotes the agent's own
 * words and a rewording finds them. Folded tokens when the text cannot be aligned.
 */
export function matchedText(text: AnalyzedText, tokens: RuleTokens, start: number, end: number): string {
  const spans = text.rawTokens ? spansOfText.of(text) : null;
  // Token i sits at spans[2i] up to spans[2i + 1].
  const first = 2 * tokens.source[start]!;
  const last = 2 * tokens.source[end - 1]! + 1;
  return spans && last < spans.length ? text.normalized.slice(spans[first], spans[last]) : tokens.texts.slice(start, end).join(' ');
}

// Where each wink token sits in the normalised text (its start and end, token after token), or
// null when one cannot be found. One array, not a pair per token: most texts are read for their
// tokens' places by some rule.
const spansOfText = new TextMemo((text): number[] | null => {
  const rawTokens = text.rawTokens ?? [];
  const spans: number[] = [];
  let cursor = 0;
  for (let i = 0; i < rawTokens.length; i++) {
    const lower = rawTokens[i]!.toLowerCase();
    // Most tokens hold no curly quote: no replacing (two passes with a regex each) for those.
    const needle = hasCurlyQuote(lower) ? lower.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"') : lower;
    const at = text.normalized.indexOf(needle, cursor);
    if (at < 0) return null;
    spans.push(at, at + needle.length);
    cursor = at + needle.length;
  }
  return spans;
});

function hasCurlyQuote(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** The tokens of a piece of pattern text (a literal run between pattern symbols). */
export function tokenizeLiteral(literal: string): RuleTokens {
  const wink = lightNlp();
  const tokens = wink.readDoc(literal).tokens();
  return fold(tokens.out(wink.its.normal) as string[], tokens.out(wink.its.type) as string[], internedId);
}

/** A message given as plain text (bench, lint), read by the same tokeniser without interning. */
export function tokenizeMessage(message: string): RuleTokens {
  const wink = lightNlp();
  const tokens = wink.readDoc(message).tokens();
  return fold(tokens.out(wink.its.normal) as string[], tokens.out(wink.its.type) as string[], knownId);
}
