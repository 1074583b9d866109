// Compiles a rule's `match`/`unless` spec. Every pattern runs in linear time (RE2 semantics
// through re2js): a rule file from a QA lead or an admin's policy cannot freeze the page.
import { RE2JS } from 're2js';
import { NON_ASCII, normalizeText, shouts, TextMemo, type AnalyzedText } from '../analyzeText';
import type { CompiledRule, Matcher, MatchSpec } from './types';

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

/**
 * `phrases`: the index the spec's phrase list joins. A rule set gives all its rules and signals
 * one index, so a turn's words are walked once for every phrase list, not once per rule.
 */
export function compileMatcher(spec: MatchSpec, phrases: PhraseIndex = new PhraseIndex()): CompiledMatcher {
  const tests: ((text: AnalyzedText) => string | null)[] = [];
  if (spec.phrases?.length) tests.push(phrases.add(spec.phrases));
  spec.regex?.forEach((source, index) => tests.push(regexTest(source, index)));
  spec.words?.forEach((source, index) => tests.push(wordPatternTest(source, index, phrases)));
  if (spec.caps !== undefined) tests.push(capsTest(spec.caps));
  if (spec.exclamations !== undefined) tests.push(exclamationTest(spec.exclamations));
  return {
    spec,
    test(text) {
      for (const t of tests) {
        const hit = t(text);
        if (hit !== null) return hit;
      }
      return null;
    },
  };
}

/** A matcher that remembers its spec, so a rule set can recompile it against a shared index. */
export interface CompiledMatcher extends Matcher {
  readonly spec: MatchSpec;
}

/** The rule with its `match` and `unless` recompiled to share `phrases` (one walk per turn). */
export function sharingPhrases(rule: CompiledRule, phrases: PhraseIndex): CompiledRule {
  const recompile = (m: Matcher | undefined) => (m && 'spec' in m ? compileMatcher((m as CompiledMatcher).spec, phrases) : m);
  return { ...rule, match: recompile(rule.match), unless: recompile(rule.unless) };
}

// Phrase lists are most of every rule pack, so they get a word trie rather than a regex: one
// walk over the turn's words finds every phrase of every list, in linear time and without a
// regex engine.
interface PhraseTrie {
  next: Map<string, PhraseTrie>;
  /** The lists (by number) that have a phrase ending here. */
  ends: number[];
}

export class PhraseIndex {
  private readonly root: PhraseTrie = { next: new Map(), ends: [] };
  private lists = 0;
  /** Word patterns' opening words: the gates (by number) each word opens. */
  private readonly gatesByWord = new Map<string, number[]>();
  private gates = 0;

  /**
   * Adds a word pattern's opening words; `opens(text, gate)` then tells whether the text has one.
   * The turn's distinct words are looked up once for every pattern of the rule set, instead of
   * each pattern testing its own openers.
   */
  addGate(words: ReadonlySet<string>): number {
    const gate = this.gates++;
    for (const word of words) {
      const gates = this.gatesByWord.get(word);
      if (gates) gates.push(gate);
      else this.gatesByWord.set(word, [gate]);
    }
    return gate;
  }

  opens(text: AnalyzedText, gate: number): boolean {
    const reading = this.readingOf(text);
    if (!reading.opened || reading.opened.length < this.gates) {
      reading.opened = new Uint8Array(this.gates);
      for (const word of wordSetOf(text)) {
        for (const g of this.gatesByWord.get(word) ?? NO_GATES) reading.opened[g] = 1;
      }
    }
    return reading.opened[gate] === 1;
  }

  private readingOf(text: AnalyzedText): TextReading {
    const readings = readingsOfText.of(text);
    let reading = readings.get(this);
    if (!reading) readings.set(this, (reading = {}));
    return reading;
  }

  /** Adds a phrase list; the test returns the list's first phrase in the text (or null). */
  add(phrases: readonly string[]): (text: AnalyzedText) => string | null {
    const list = this.lists++;
    for (const phrase of phrases) {
      let node = this.root;
      for (const [unit] of normalizeText(phrase).matchAll(UNIT)) {
        let child = node.next.get(unit);
        if (!child) node.next.set(unit, (child = { next: new Map(), ends: [] }));
        node = child;
      }
      if (node !== this.root && !node.ends.includes(list)) node.ends.push(list);
    }
    return (text) => this.hits(text)[list] ?? null;
  }

  /**
   * Every list's first phrase in the text: starts in text order, and from each start the
   * shortest phrase first, which is the order a walk of one list's own trie would find them in.
   */
  private hits(text: AnalyzedText): (string | null)[] {
    const reading = this.readingOf(text);
    let hits = reading.hits;
    if (!hits) {
      hits = [];
      const units = unitsOf(text);
      for (let i = 0; i < units.length; i++) {
        let node: PhraseTrie | undefined = this.root;
        for (let j = i; j < units.length; j++) {
          node = node.next.get(units[j]!.text);
          if (!node) break;
          for (const list of node.ends) hits[list] ??= text.normalized.slice(units[i]!.start, units[j]!.end);
        }
      }
      reading.hits = hits;
    }
    return hits;
  }
}

/** What one index found in one text: each list's first phrase, and the gates its words open. */
interface TextReading {
  hits?: (string | null)[];
  opened?: Uint8Array;
}

const NO_GATES: readonly number[] = [];

// Each text's readings per index (an engine has one; a process may hold a few).
const readingsOfText = new TextMemo(() => new Map<PhraseIndex, TextReading>());

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

interface Unit {
  text: string;
  start: number;
  end: number;
}

// Words (letters, digits, apostrophes) and single punctuation marks: "i'm sorry!!" → i'm, sorry, !, !
const UNIT = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

const units = new TextMemo(readUnits);

function unitsOf(text: AnalyzedText): Unit[] {
  return units.of(text);
}

function readUnits(text: AnalyzedText): Unit[] {
  const normalized = text.normalized;
  return NON_ASCII.test(normalized)
    ? [...normalized.matchAll(UNIT)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    : asciiUnits(normalized);
}

/** `UNIT` over an ASCII text by a char-code scan (letters and digits are A–Z, a–z, 0–9). */
function asciiUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (isWordChar(c)) {
      // A word, with apostrophes inside it ("i'm", "o'neill") but not at its ends.
      while (end < text.length) {
        const d = text.charCodeAt(end);
        if (isWordChar(d)) end++;
        else if (d === 39 && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
    }
    units.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return units;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function regexTest(source: string, index: number): (text: AnalyzedText) => string | null {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    throw new PatternError('regex', index, `invalid regular expression ${JSON.stringify(source)}: ${(e as Error).message} (RE2 syntax: no backreferences or lookaround)`);
  }
  // Case-insensitive anyway, so the normalised text (straight quotes, single spaces) is matched.
  // `test` runs re2js's DFA (no submatches), ten times cheaper than `find`; most turns match
  // nothing, so the position-tracking search runs only on a hit, for the evidence.
  return (text) => {
    if (!pattern.test(text.normalized)) return null;
    const m = pattern.matcher(text.normalized);
    return m.find() ? m.group() : null;
  };
}

interface WordSlot {
  words: Set<string> | 'any';
  optional: boolean;
}

function wordPatternTest(source: string, index: number, gates: PhraseIndex): (text: AnalyzedText) => string | null {
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
  // A match needs one word of every required slot, and starts with one of the first slot's
  // words (or, if it is optional, the next's): most texts lack them, and the pattern is
  // rejected by a few set lookups, without a scan.
  const openers = openingWords(slots);
  const gate = openers && gates.addGate(openers);
  const required = slots.flatMap((slot) => (slot.optional || slot.words === 'any' ? [] : [slot.words]));
  return (text) => {
    if (gate !== undefined && !gates.opens(text, gate)) return null;
    const present = wordSetOf(text);
    for (const words of required) if (!someIn(words, present)) return null;
    const words = wordIndicesOf(text);
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

/** Token positions that are words (punctuation is skipped by word patterns), once per text. */
const wordIndices = new TextMemo((text) => {
  const words: number[] = [];
  for (let i = 0; i < text.tokens.length; i++) if (text.types[i] !== 'punctuation') words.push(i);
  return words;
});

function wordIndicesOf(text: AnalyzedText): number[] {
  return wordIndices.of(text);
}

/** The distinct words of a text, once per text. */
const wordSet = new TextMemo((text) => {
  const set = new Set<string>();
  for (const i of wordIndicesOf(text)) set.add(text.tokens[i]!);
  return set;
});

function wordSetOf(text: AnalyzedText): Set<string> {
  return wordSet.of(text);
}

/** Do the two sets share a word? The smaller one is walked (a chat line has few words). */
function someIn(words: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  const [few, many] = words.size <= present.size ? [words, present] : [present, words];
  for (const w of few) if (many.has(w)) return true;
  return false;
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
    if (!shouts(text, threshold)) return null;
    return text.raw.match(/\b\p{Lu}{3,}(?:\s+\p{Lu}{2,})*/u)?.[0] ?? 'ALL CAPS';
  };
}

function exclamationTest(min: number): (text: AnalyzedText) => string | null {
  return (text) => (text.exclamations >= min ? '!'.repeat(min) : null);
}

