// Compiles a rule's `match`/`unless` spec. Every pattern runs in linear time (RE2 semantics
// through re2js): a rule file from a QA lead or an admin's policy cannot freeze the page.
import { RE2JS } from 're2js';
import { normalizeText, type AnalyzedText } from '../analyzeText';
import type { Matcher, MatchSpec } from './types';

/** Thrown with the index of the offending entry so the loader can name the field. */
export class PatternError extends Error {
  constructor(
    readonly field: 'regex' | 'words' | 'phrases',
    readonly index: number,
    reason: string,
  ) {
    super(reason);
  }
}

// Shouting needs enough letters to mean anything: "OK" or "USB" is not shouting.
const MIN_LETTERS_FOR_CAPS = 12;

export function compileMatcher(spec: MatchSpec): Matcher {
  const tests: ((text: AnalyzedText) => string | null)[] = [];
  if (spec.phrases?.length) tests.push(phraseTest(spec.phrases));
  spec.regex?.forEach((source, index) => tests.push(regexTest(source, index)));
  spec.words?.forEach((source, index) => tests.push(wordPatternTest(source, index)));
  if (spec.caps !== undefined) tests.push(capsTest(spec.caps));
  if (spec.exclamations !== undefined) tests.push(exclamationTest(spec.exclamations));
  return {
    test(text) {
      for (const t of tests) {
        const hit = t(text);
        if (hit !== null) return hit;
      }
      return null;
    },
  };
}

/** Merges several specs (signals spread over files) into one. */
export function mergeMatchSpecs(a: MatchSpec, b: MatchSpec): MatchSpec {
  const list = (x?: string[], y?: string[]) => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  return {
    phrases: list(a.phrases, b.phrases),
    words: list(a.words, b.words),
    regex: list(a.regex, b.regex),
    caps: b.caps ?? a.caps,
    exclamations: b.exclamations ?? a.exclamations,
  };
}

// Phrase lists are most of every rule pack, so they get a word trie rather than a regex: one
// walk over the turn's words finds every phrase, in linear time and without a regex engine.
interface PhraseTrie {
  next: Map<string, PhraseTrie>;
  end: boolean;
}

interface Unit {
  text: string;
  start: number;
  end: number;
}

// Words (letters, digits, apostrophes) and single punctuation marks: "i'm sorry!!" → i'm, sorry, !, !
const UNIT = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

const unitsCache = new WeakMap<AnalyzedText, Unit[]>();

function unitsOf(text: AnalyzedText): Unit[] {
  let units = unitsCache.get(text);
  if (!units) {
    units = [...text.normalized.matchAll(UNIT)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    unitsCache.set(text, units);
  }
  return units;
}

function phraseTest(phrases: string[]): (text: AnalyzedText) => string | null {
  const root: PhraseTrie = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const [unit] of normalizeText(phrase).matchAll(UNIT)) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), end: false }));
      node = child;
    }
    if (node !== root) node.end = true;
  }
  return (text) => {
    const units = unitsOf(text);
    for (let i = 0; i < units.length; i++) {
      let node: PhraseTrie | undefined = root;
      for (let j = i; j < units.length; j++) {
        node = node.next.get(units[j]!.text);
        if (!node) break;
        if (node.end) return text.normalized.slice(units[i]!.start, units[j]!.end);
      }
    }
    return null;
  };
}

function regexTest(source: string, index: number): (text: AnalyzedText) => string | null {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    throw new PatternError('regex', index, `invalid regular expression ${JSON.stringify(source)}: ${(e as Error).message} (RE2 syntax: no backreferences or lookaround)`);
  }
  // Case-insensitive anyway, so the normalised text (straight quotes, single spaces) is matched.
  return (text) => {
    const m = pattern.matcher(text.normalized);
    return m.find() ? m.group() : null;
  };
}

interface WordSlot {
  words: Set<string> | 'any';
  optional: boolean;
}

function wordPatternTest(source: string, index: number): (text: AnalyzedText) => string | null {
  const slots: WordSlot[] = source
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith('?') && part.length > 1;
      const body = optional ? part.slice(0, -1) : part;
      return { words: body === '*' ? 'any' : new Set(body.split('|').filter(Boolean)), optional };
    });
  if (slots.length === 0 || slots.every((s) => s.optional)) {
    throw new PatternError('words', index, `word pattern ${JSON.stringify(source)} needs at least one required word`);
  }
  // A match must start with one of the first slot's words (or, if it is optional, the next's):
  // most texts contain none of them, and the pattern is rejected without a scan.
  const openers = openingWords(slots);
  return (text) => {
    const words = wordIndicesOf(text);
    if (openers && !words.some((i) => openers.has(text.tokens[i]!))) return null;
    for (let start = 0; start < words.length; start++) {
      const end = matchSlotsAt(slots, 0, words, start, text.tokens);
      if (end !== -1) return words.slice(start, end).map((i) => text.tokens[i]).join(' ');
    }
    return null;
  };
}

/** Words one of which must open any match, or undefined when a wildcard can open it. */
function openingWords(slots: WordSlot[]): Set<string> | undefined {
  const openers = new Set<string>();
  for (const slot of slots) {
    if (slot.words === 'any') return undefined;
    for (const w of slot.words) openers.add(w);
    if (!slot.optional) return openers;
  }
  return openers;
}

const wordIndicesCache = new WeakMap<AnalyzedText, number[]>();

/** Token positions that are words (punctuation is skipped by word patterns), once per text. */
function wordIndicesOf(text: AnalyzedText): number[] {
  let words = wordIndicesCache.get(text);
  if (!words) {
    words = [];
    for (let i = 0; i < text.tokens.length; i++) if (text.types[i] !== 'punctuation') words.push(i);
    wordIndicesCache.set(text, words);
  }
  return words;
}

/** Returns the end position (exclusive, in `words`) of a match of slots[s..] at words[pos], or -1. */
function matchSlotsAt(slots: WordSlot[], s: number, words: number[], pos: number, tokens: string[]): number {
  if (s === slots.length) return pos;
  const slot = slots[s]!;
  if (pos < words.length) {
    const token = tokens[words[pos]!]!;
    if (slot.words === 'any' || slot.words.has(token)) {
      const end = matchSlotsAt(slots, s + 1, words, pos + 1, tokens);
      if (end !== -1) return end;
    }
  }
  // Patterns are a handful of slots; the optional branch doubles work per optional slot only.
  return slot.optional ? matchSlotsAt(slots, s + 1, words, pos, tokens) : -1;
}

function capsTest(threshold: number): (text: AnalyzedText) => string | null {
  return (text) => {
    const letters = (text.raw.match(/\p{L}/gu) ?? []).length;
    if (letters < MIN_LETTERS_FOR_CAPS || text.capsRatio < threshold) return null;
    return text.raw.match(/\b\p{Lu}{3,}(?:\s+\p{Lu}{2,})*/u)?.[0] ?? 'ALL CAPS';
  };
}

function exclamationTest(min: number): (text: AnalyzedText) => string | null {
  return (text) => (text.exclamations >= min ? '!'.repeat(min) : null);
}
