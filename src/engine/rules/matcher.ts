// Compiles a rule's `match`/`unless` block (version 2: patterns, regex, caps, exclamations).
// Every part runs in time linear in the message: patterns as word automata (./automaton),
// regexes with RE2 semantics through re2js, within the size limits of ./packLimits — a rule
// file from a QA lead or an admin's policy cannot freeze the page.
import { RE2JS } from 're2js';
import { shouts, TextMemo, type AnalyzedText } from '../analyzeText';
import { WordAutomaton, type StepCounter } from './automaton';
import { parsePattern, PatternSyntaxError, type PatternNode } from './patternSyntax';
import { matchedText, ruleTokensOf, TokenKind, type RuleTokens } from './ruleTokens';
import type { Matcher, MatchSpec, PatternHit } from './types';

/** Thrown with the index of the offending entry so the loader can name the field. */
export class PatternError extends Error {
  constructor(
    readonly field: 'regex' | 'patterns',
    readonly index: number,
    reason: string,
  ) {
    super(reason);
  }
}

interface Part {
  field: PatternHit['field'];
  index: number;
  source: string;
  /** A plain phrase's number in the pattern index. */
  phrase?: number;
  find(text: AnalyzedText, counter?: StepCounter): string | null;
}

/** A matcher that remembers its spec, so a rule set can recompile it against a shared index. */
export interface CompiledMatcher extends Matcher {
  readonly spec: MatchSpec;
}

/**
 * `index`: the pattern index the spec's patterns join. A rule set gives all its rules and
 * signals one index, so a message's words are looked up once for every pattern.
 */
export function compileMatcher(spec: MatchSpec, index: PatternIndex = new PatternIndex()): CompiledMatcher {
  const patterns = (spec.patterns ?? []).map((source, i) => patternPart(source, i, index));
  const plain = patterns.filter((p) => p.phrase !== undefined);
  const others = [...spec.regex?.map((source, i) => regexPart(source, i)) ?? [], ...patterns.filter((p) => p.phrase === undefined)];
  if (spec.caps !== undefined) others.push(capsPart(spec.caps));
  if (spec.exclamations !== undefined) others.push(exclamationPart(spec.exclamations));
  const parts = [...patterns, ...others.filter((p) => p.field !== 'patterns')];
  // The plain phrases answer as one list: its leftmost phrase in the message is the evidence
  // (as version 1's phrase lists did), then regexes, then the other patterns.
  const list = plain.length > 0 ? index.addList(plain.map((p) => p.phrase!)) : undefined;
  return {
    spec,
    test(text) {
      if (list !== undefined) {
        const hit = index.listHit(text, list);
        if (hit !== null) return hit;
      }
      for (const part of others) {
        const hit = part.find(text);
        if (hit !== null) return hit;
      }
      return null;
    },
    hits(text) {
      const hits: PatternHit[] = [];
      for (const part of parts) {
        const evidence = part.find(text);
        if (evidence !== null) hits.push({ field: part.field, index: part.index, source: part.source, evidence });
      }
      return hits;
    },
  };
}

/** Parses a pattern, naming the entry on failure. */
export function parsePatternAt(source: string, index: number): PatternNode {
  try {
    return parsePattern(source);
  } catch (e) {
    if (e instanceof PatternSyntaxError) throw new PatternError('patterns', index, `pattern ${JSON.stringify(source)}: ${e.message}`);
    throw e;
  }
}

function patternPart(source: string, i: number, index: PatternIndex): Part {
  const node = parsePatternAt(source, i);
  const words = plainWords(node);
  if (words) {
    const phrase = index.addPhrase(words);
    return { field: 'patterns', index: i, source, phrase, find: (text) => index.phraseHit(text, phrase) };
  }
  const automaton = new WordAutomaton(node);
  const gate = automaton.openers && index.addGate(automaton.openers);
  return {
    field: 'patterns',
    index: i,
    source,
    find(text, counter) {
      // Most messages have none of a pattern's opening words: a few lookups reject them.
      if (gate !== undefined && !index.opens(text, gate)) return null;
      if (!hasRequiredWords(text, automaton.required)) return null;
      const tokens = ruleTokensOf(text);
      const m = automaton.find(tokens, counter);
      return m ? matchedText(text, tokens, m.start, m.end) : null;
    },
  };
}

/** A pattern without choices, optional parts or wildcards: its words, or undefined. */
function plainWords(node: PatternNode): number[] | undefined {
  if (node.type === 'word') return [node.id];
  if (node.type === 'sequence' && node.items.every((item) => item.type === 'word')) return node.items.map((item) => (item as { id: number }).id);
  return undefined;
}

function hasRequiredWords(text: AnalyzedText, required: readonly Int32Array[]): boolean {
  if (required.length === 0) return true;
  const tokens = ruleTokensOf(text);
  const present = (tokens.present ??= presentWords(tokens));
  for (const words of required) {
    let found = false;
    for (let i = 0; i < words.length && !found; i++) found = present[words[i]!] === 1;
    if (!found) return false;
  }
  return true;
}

/** A message's known words as a bitmap over word ids (a lookup is an array read). */
function presentWords(tokens: RuleTokens): Uint8Array {
  const present = new Uint8Array(tokens.vocabulary);
  for (const id of tokens.ids) if (id >= 0) present[id] = 1;
  return present;
}

// Plain phrases are most of every rule pack, so they share a word trie: one walk over the
// message finds every phrase of every list (the same matches an automaton per phrase would find).
interface PhraseTrie {
  next: Map<number, PhraseTrie>;
  /** The phrases (by number) that end here. */
  ends: number[];
  /** The lists (by number) with a phrase ending here. */
  lists: number[];
}

/**
 * What a rule set's patterns share, so a message is walked once for all of them: the trie of
 * plain phrases, and the opening words of the other patterns (each pattern knows whether it
 * can match at all after one lookup of the message's distinct words).
 */
export class PatternIndex {
  private readonly gatesByWord = new Map<number, number[]>();
  private gates = 0;
  private readonly root: PhraseTrie = { next: new Map(), ends: [], lists: [] };
  private phrases = 0;
  private lists = 0;
  private readonly phraseEnds: PhraseTrie[] = [];

  addGate(words: ReadonlySet<number>): number {
    const gate = this.gates++;
    for (const word of words) {
      const gates = this.gatesByWord.get(word);
      if (gates) gates.push(gate);
      else this.gatesByWord.set(word, [gate]);
    }
    return gate;
  }

  addPhrase(words: readonly number[]): number {
    const phrase = this.phrases++;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), ends: [], lists: [] }));
      node = child;
    }
    node.ends.push(phrase);
    this.phraseEnds.push(node);
    return phrase;
  }

  /** Groups phrases into a list, whose first phrase in a message `listHit` returns. */
  addList(phrases: readonly number[]): number {
    const list = this.lists++;
    for (const phrase of phrases) {
      const node = this.phraseEnds[phrase]!;
      if (!node.lists.includes(list)) node.lists.push(list);
    }
    return list;
  }

  opens(text: AnalyzedText, gate: number): boolean {
    const reading = this.readingOf(text);
    let opened = reading.opened;
    if (!opened || opened.length < this.gates) {
      opened = reading.opened = new Uint8Array(this.gates);
      for (const id of ruleTokensOf(text).ids) {
        if (id < 0) continue;
        for (const g of this.gatesByWord.get(id) ?? NO_GATES) opened[g] = 1;
      }
    }
    return opened[gate] === 1;
  }

  /** The phrase's leftmost occurrence, as evidence, or null. */
  phraseHit(text: AnalyzedText, phrase: number): string | null {
    return this.walked(text).phrases[phrase] ?? null;
  }

  /** The list's leftmost (then shortest) phrase in the message, as evidence, or null. */
  listHit(text: AnalyzedText, list: number): string | null {
    return this.walked(text).lists[list] ?? null;
  }

  private walked(text: AnalyzedText): { phrases: (string | null)[]; lists: (string | null)[] } {
    const reading = this.readingOf(text);
    if (!reading.walk || reading.walk.phrases.length < this.phrases || reading.walk.lists.length < this.lists) reading.walk = this.walk(text, ruleTokensOf(text));
    return reading.walk;
  }

  private walk(text: AnalyzedText, tokens: RuleTokens): { phrases: (string | null)[]; lists: (string | null)[] } {
    const hits = new Array<string | null>(this.phrases).fill(null);
    const lists = new Array<string | null>(this.lists).fill(null);
    const { ids, kinds } = tokens;
    for (let i = 0; i < ids.length; i++) {
      let node: PhraseTrie | undefined = this.root;
      for (let j = i; j < ids.length; j++) {
        const child: PhraseTrie | undefined = node!.next.get(ids[j]!);
        if (!child) {
          // Punctuation the phrase does not write is stepped over, but not the end of a sentence.
          if (j > i && kinds[j] === TokenKind.Punctuation) continue;
          break;
        }
        node = child;
        if (node.ends.length === 0) continue;
        const words = matchedText(text, tokens, i, j + 1);
        for (const phrase of node.ends) hits[phrase] ??= words;
        for (const list of node.lists) lists[list] ??= words;
      }
    }
    return { phrases: hits, lists };
  }

  private readingOf(text: AnalyzedText): TextReading {
    const readings = readingsOfText.of(text);
    let reading = readings.get(this);
    if (!reading) readings.set(this, (reading = {}));
    return reading;
  }
}

/** What one index found in one message: each phrase's first occurrence, the gates it opens. */
interface TextReading {
  walk?: { phrases: (string | null)[]; lists: (string | null)[] };
  opened?: Uint8Array;
}

const NO_GATES: readonly number[] = [];

// Each text's readings per index (an engine has one; a process may hold a few).
const readingsOfText = new TextMemo(() => new Map<PatternIndex, TextReading>());

/** The rule with its `match` and `unless` recompiled to share `index` (one lookup per message). */
export function sharingIndex<R extends { match?: Matcher; unless?: Matcher }>(rule: R, index: PatternIndex): R {
  const recompile = (m: Matcher | undefined) => (m && 'spec' in m ? compileMatcher((m as CompiledMatcher).spec, index) : m);
  return { ...rule, match: recompile(rule.match), unless: recompile(rule.unless) };
}

/** Merges several specs (signals spread over files) into one. */
export function mergeMatchSpecs(a: MatchSpec, b: MatchSpec): MatchSpec {
  const list = (x?: string[], y?: string[]) => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  return {
    patterns: list(a.patterns, b.patterns),
    regex: list(a.regex, b.regex),
    caps: b.caps ?? a.caps,
    exclamations: b.exclamations ?? a.exclamations,
  };
}

export function compileRegex(source: string, index: number): RE2JS {
  try {
    return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    throw new PatternError('regex', index, `invalid regular expression ${JSON.stringify(source)}: ${(e as Error).message} (RE2 syntax: no backreferences or lookaround)`);
  }
}

function regexPart(source: string, index: number): Part {
  const pattern = compileRegex(source, index);
  // Case-insensitive anyway, so the normalised text (straight quotes, single spaces) is matched.
  // `test` runs re2js's DFA (no submatches), ten times cheaper than `find`; most turns match
  // nothing, so the position-tracking search runs only on a hit, for the evidence.
  return {
    field: 'regex',
    index,
    source,
    find(text) {
      if (!pattern.test(text.normalized)) return null;
      const m = pattern.matcher(text.normalized);
      return m.find() ? m.group() : null;
    },
  };
}

function capsPart(threshold: number): Part {
  return {
    field: 'caps',
    index: 0,
    source: `caps: ${threshold}`,
    find(text) {
      if (!shouts(text, threshold)) return null;
      return text.raw.match(/\b\p{Lu}{3,}(?:\s+\p{Lu}{2,})*/u)?.[0] ?? 'ALL CAPS';
    },
  };
}

function exclamationPart(min: number): Part {
  return {
    field: 'exclamations',
    index: 0,
    source: `exclamations: ${min}`,
    find: (text) => (text.exclamations >= min ? '!'.repeat(min) : null),
  };
}
