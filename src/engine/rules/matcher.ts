// Compiles a rule's `match`/`unless` block (version 2: patterns, regex, caps, exclamations).
// Every part runs in time linear in the message: patterns as word automata (./automaton),
// regexes with RE2 semantics through re2js, within the size limits of ./packLimits — a rule
// file from a QA lead or an admin's policy cannot freeze the page.
import { RE2JS } from 're2js';
import { shouts, TextMemo, type AnalyzedText } from '../analyzeText';
import { WordAutomaton, type StepCounter } from './automaton';
import { parsePattern, PatternSyntaxError, type PatternNode } from './patternSyntax';
import { ruleTokensOf } from './ruleTokens';
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
  find(text: AnalyzedText, counter?: StepCounter): string | null;
}

/** A matcher that remembers its spec, so a rule set can recompile it against a shared index. */
export interface CompiledMatcher extends Matcher {
  readonly spec: MatchSpec;
}

/**
 * `index`: the opening-word index the spec's patterns join. A rule set gives all its rules and
 * signals one index, so a message's words are looked up once for every pattern.
 */
export function compileMatcher(spec: MatchSpec, index: OpenerIndex = new OpenerIndex()): CompiledMatcher {
  const parts: Part[] = [];
  spec.patterns?.forEach((source, i) => parts.push(patternPart(source, i, index)));
  spec.regex?.forEach((source, i) => parts.push(regexPart(source, i)));
  if (spec.caps !== undefined) parts.push(capsPart(spec.caps));
  if (spec.exclamations !== undefined) parts.push(exclamationPart(spec.exclamations));
  return {
    spec,
    test(text) {
      for (const part of parts) {
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

function patternPart(source: string, i: number, index: OpenerIndex): Part {
  const automaton = new WordAutomaton(parsePatternAt(source, i));
  const gate = automaton.openers && index.addGate(automaton.openers);
  return {
    field: 'patterns',
    index: i,
    source,
    find(text, counter) {
      // Most messages have none of a pattern's opening words: a few lookups reject them.
      if (gate !== undefined && !index.opens(text, gate)) return null;
      const tokens = ruleTokensOf(text);
      const m = automaton.find(tokens, counter);
      return m ? tokens.texts.slice(m.start, m.end).join(' ') : null;
    },
  };
}

/**
 * The opening words of every pattern of a rule set, by word: a message's distinct words are
 * looked up once, and every pattern knows whether it can match at all.
 */
export class OpenerIndex {
  private readonly gatesByWord = new Map<number, number[]>();
  private gates = 0;

  addGate(words: ReadonlySet<number>): number {
    const gate = this.gates++;
    for (const word of words) {
      const gates = this.gatesByWord.get(word);
      if (gates) gates.push(gate);
      else this.gatesByWord.set(word, [gate]);
    }
    return gate;
  }

  opens(text: AnalyzedText, gate: number): boolean {
    const readings = openedByText.of(text);
    let opened = readings.get(this);
    if (!opened || opened.length < this.gates) {
      opened = new Uint8Array(this.gates);
      for (const id of ruleTokensOf(text).ids) {
        if (id < 0) continue;
        for (const g of this.gatesByWord.get(id) ?? NO_GATES) opened[g] = 1;
      }
      readings.set(this, opened);
    }
    return opened[gate] === 1;
  }
}

const NO_GATES: readonly number[] = [];

// Each text's opened gates per index (an engine has one; a process may hold a few).
const openedByText = new TextMemo(() => new Map<OpenerIndex, Uint8Array>());

/** The rule with its `match` and `unless` recompiled to share `index` (one lookup per message). */
export function sharingIndex<R extends { match?: Matcher; unless?: Matcher }>(rule: R, index: OpenerIndex): R {
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
