// Compiles a rule's `match`/`unless` block (version 2: patterns, regex, caps, exclamations).
// Every part runs in time linear in the message: patterns as word automata (./automaton),
// regexes with RE2 semantics through re2js, within the size limits of ./packLimits — a rule
// file from a QA lead or an admin's policy cannot freeze the page.
import { RE2JS } from 're2js';
import { NON_ASCII, NON_ASCII_LETTER, shouts, TextMemo, type AnalyzedText } from '../analyzeText';
import { LiteralGates } from './literalGates';
import { requiredStrings } from './requiredStrings';
import { WordAutomaton, type PickRequired, type StepCounter } from './automaton';
import { parsePattern, PatternSyntaxError, type PatternNode } from './patternSyntax';
import { isStopWord, matchedText, ruleTokensOf, TokenKind, type RuleTokens } from './ruleTokens';
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
  /** A gated pattern's gate in the pattern index. */
  gate?: number;
  find(text: AnalyzedText, counter?: StepCounter): string | null;
  /** `find` for a message known to open the part's gate. */
  findOpened?(text: AnalyzedText, counter?: StepCounter): string | null;
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
  const others = [...spec.regex?.map((source, i) => regexPart(source, i, index)) ?? [], ...patterns.filter((p) => p.phrase === undefined)];
  if (spec.caps !== undefined) others.push(capsPart(spec.caps));
  if (spec.exclamations !== undefined) others.push(exclamationPart(spec.exclamations));
  const parts = [...patterns, ...others.filter((p) => p.field !== 'patterns')];
  // The plain phrases answer as one list: its leftmost phrase in the message is the evidence
  // (as version 1's phrase lists did), then regexes, then the other patterns.
  const list = plain.length > 0 ? index.addList(plain.map((p) => p.phrase!)) : undefined;
  // Most messages open none of the gated patterns' gates: one look tells, not one per pattern.
  const gates = others.filter((p) => p.gate !== undefined).map((p) => p.gate!);
  const group = gates.length > 0 ? index.addGroup(gates) : undefined;
  // With no gate of the group open, only the ungated parts can match: the rest are not walked.
  const ungated = others.filter((p) => p.gate === undefined);
  // Each part's gate (-1: none) in one typed array: with the group open, a rule of a hundred
  // patterns skips the closed ones by an array read each, not by reading each part object.
  const gateOfPart = Int32Array.from(others, (p) => p.gate ?? -1);
  return {
    spec,
    test(text) {
      if (list !== undefined) {
        const hit = index.listHit(text, list);
        if (hit !== null) return hit;
      }
      if (group === undefined) return firstHit(ungated, text);
      // The message's gate counts, read once for all the parts (a rule may have a hundred patterns).
      const gating = index.gatingFor(text);
      if (!groupOpensIn(gating, group)) return firstHit(ungated, text);
      for (let k = 0; k < gateOfPart.length; k++) {
        const gate = gateOfPart[k]!;
        if (gate >= 0 && !gateOpensIn(gating, gate)) continue;
        const hit = gate >= 0 ? others[k]!.findOpened!(text) : others[k]!.find(text);
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

function firstHit(parts: readonly Part[], text: AnalyzedText): string | null {
  for (const part of parts) {
    const hit = part.find(text);
    if (hit !== null) return hit;
  }
  return null;
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
  // Its opening words (when no wildcard can open it) and the words it needs one each of.
  const openers = automaton.openers;
  const gate = index.addGate((pick) => (openers ? [openers, ...automaton.required(pick)] : automaton.required(pick)));
  const findOpened = (text: AnalyzedText, counter?: StepCounter) => {
    const tokens = ruleTokensOf(text);
    const m = automaton.find(tokens, counter);
    return m ? matchedText(text, tokens, m.start, m.end) : null;
  };
  return {
    field: 'patterns',
    index: i,
    source,
    gate,
    // Most messages lack an opening or a required word of a pattern: one array read rejects them.
    find: (text, counter) => (index.opens(text, gate) ? findOpened(text, counter) : null),
    findOpened,
  };
}

/** A pattern without choices, optional parts or wildcards: its words, or undefined. */
function plainWords(node: PatternNode): number[] | undefined {
  if (node.type === 'word') return [node.id];
  if (node.type === 'sequence' && node.items.every((item) => item.type === 'word')) return node.items.map((item) => (item as { id: number }).id);
  return undefined;
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
 * plain phrases, and the words the other patterns need (each pattern knows whether it can match
 * at all after one pass over the message's words for all of them).
 */
export class PatternIndex {
  /** By gate, its clauses: sets of words a message needs one of each of, a choice's as picked. */
  private readonly gateClauses: GateClauses[] = [];
  /** By group, its gates (a group opens when one of them does). */
  private readonly groupGates: (readonly number[])[] = [];
  /** Built from `gateClauses` on first use (and again when gates were added since). */
  private gating: Gating | undefined;
  private readonly root: PhraseTrie = { next: new Map(), ends: [], lists: [] };
  /**
   * The root's children by word id, dense: every word of a message is looked up here and most
   * open no phrase, so the first step of each walk is an array read rather than a map lookup.
   */
  private readonly firstWords: (PhraseTrie | undefined)[] = [];
  private phrases = 0;
  private lists = 0;
  private readonly phraseEnds: PhraseTrie[] = [];
  /** By regex slot, the strings (lower case, ASCII) one of which every match of the regex contains. */
  private readonly regexStrings: (readonly string[])[] = [];
  /** Built from `regexStrings` on first use (and again when slots were added since), 31 slots a gate. */
  private regexGates: LiteralGates[] | undefined;
  // The latest message's reading, found without a memo lookup: its rules ask many times in a row.
  private lastText: AnalyzedText | undefined;
  private lastReading: TextReading | undefined;

  /** A gate that a message opens when it has one word of each clause (every message, with none). */
  addGate(clauses: GateClauses): number {
    this.gateClauses.push(clauses);
    return this.gateClauses.length - 1;
  }

  addPhrase(words: readonly number[]): number {
    const phrase = this.phrases++;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        node.next.set(word, (child = { next: new Map(), ends: [], lists: [] }));
        if (node === this.root) {
          while (this.firstWords.length <= word) this.firstWords.push(undefined);
          this.firstWords[word] = child;
        }
      }
      node = child;
    }
    node.ends.push(phrase);
    this.phraseEnds.push(node);
    return phrase;
  }

  /** A regex's strings, one of which its every match contains: `mayMatchRegex` tells for a message. */
  addRegexStrings(strings: readonly string[]): number {
    this.regexStrings.push(strings);
    this.regexGates = undefined;
    return this.regexStrings.length - 1;
  }

  /**
   * May the slot's regex match the message: does its normalised text contain one of the slot's
   * strings, or a letter beyond ASCII (see `asciiRequiredStrings`)? Every regex's strings are
   * looked for in one pass over the message, not one search per regex.
   */
  mayMatchRegex(text: AnalyzedText, slot: number): boolean {
    let gates = this.regexGates;
    if (!gates) {
      gates = this.regexGates = [];
      for (let at = 0; at < this.regexStrings.length; at += REGEX_SLOTS_PER_GATE) gates.push(new LiteralGates(this.regexStrings.slice(at, at + REGEX_SLOTS_PER_GATE)));
    }
    const reading = this.readingOf(text);
    if (reading.regexGates !== gates) {
      reading.regexGates = gates;
      // A letter RE2 may fold onto one of the strings' opens every gate: one scan per message
      // answers for every regex, rather than a memo looked up by each regex the strings turn down.
      // (The Unicode-aware search runs only on a text with a character beyond ASCII.)
      const foldable = NON_ASCII.test(text.normalized) && NON_ASCII_LETTER.test(text.normalized);
      reading.regexBits = foldable ? gates.map(() => ALL_SLOTS) : gates.map((gate) => gate.mayMatch(text.normalized));
    }
    return (reading.regexBits![Math.floor(slot / REGEX_SLOTS_PER_GATE)]! & (1 << slot % REGEX_SLOTS_PER_GATE)) !== 0;
  }

  /** Groups gates (of one matcher), so `groupOpensIn` tells in one look whether any of them opens. */
  addGroup(gates: readonly number[]): number {
    this.groupGates.push(gates);
    return this.groupGates.length - 1;
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
    return gateOpensIn(this.counted(text), gate);
  }

  /** The message's gate counts, for `gateOpensIn` and `groupOpensIn` (valid until another message is read). */
  gatingFor(text: AnalyzedText): Gating {
    return this.counted(text);
  }

  /** The gating, with the message's counts made. */
  private counted(text: AnalyzedText): Gating {
    let gating = this.gating;
    // Built again when gates or groups were added, and when the passes run out (a fresh count for each).
    if (gating?.clausesOfGate.length !== this.gateClauses.length || gating.groupPass.length !== this.groupGates.length || gating.pass === MAX_PASSES) {
      gating = this.gating = gatingOf(this.gateClauses, this.groupGates);
    }
    const reading = this.readingOf(text);
    // The counts are the latest message's: another message's pass since means counting again.
    if (reading.gating !== gating || reading.pass !== gating.pass) {
      open(gating, ruleTokensOf(text));
      reading.gating = gating;
      reading.pass = gating.pass;
    }
    return gating;
  }

  /** The phrase's leftmost occurrence, as evidence, or null. */
  phraseHit(text: AnalyzedText, phrase: number): string | null {
    return evidenceAt(text, this.walked(text).phrases?.get(phrase));
  }

  /** The list's leftmost (then shortest) phrase in the message, as evidence, or null. */
  listHit(text: AnalyzedText, list: number): string | null {
    return evidenceAt(text, this.walked(text).lists?.get(list));
  }

  private walked(text: AnalyzedText): Walk {
    const reading = this.readingOf(text);
    if (!reading.walk || reading.walk.phraseCount < this.phrases || reading.walk.listCount < this.lists) reading.walk = this.walk(ruleTokensOf(text));
    return reading.walk;
  }

  private walk(tokens: RuleTokens): Walk {
    // A message holds few of the phrases: maps of those it holds, made only when it holds one.
    // Each keeps where its first occurrence sits (`spanOf`); its text is cut when a rule asks.
    let hits: Map<number, number> | undefined;
    let lists: Map<number, number> | undefined;
    const { ids, kinds } = tokens;
    const firstWords = this.firstWords;
    for (let i = 0; i < ids.length; i++) {
      const first = ids[i]!;
      let node: PhraseTrie | undefined = this.root;
      for (let j = i; j < ids.length; j++) {
        const child: PhraseTrie | undefined = j === i ? (first >= 0 && first < firstWords.length ? firstWords[first] : undefined) : node!.next.get(ids[j]!);
        if (!child) {
          // Punctuation the phrase does not write is stepped over, but not the end of a sentence.
          if (j > i && kinds[j] === TokenKind.Punctuation) continue;
          break;
        }
        node = child;
        if (node.ends.length === 0) continue;
        const words = spanOf(i, j + 1);
        hits ??= new Map();
        for (const phrase of node.ends) if (!hits.has(phrase)) hits.set(phrase, words);
        if (node.lists.length > 0) lists ??= new Map();
        for (const list of node.lists) if (!lists!.has(list)) lists!.set(list, words);
      }
    }
    return { phrases: hits, lists, phraseCount: this.phrases, listCount: this.lists };
  }

  private readingOf(text: AnalyzedText): TextReading {
    if (text === this.lastText) return this.lastReading!;
    const readings = readingsOfText.of(text);
    let reading: TextReading | undefined;
    if (readings.index === this) reading = readings.reading!;
    else if (readings.index === undefined) {
      readings.index = this;
      readings.reading = reading = {};
    } else {
      const others = (readings.others ??= new Map());
      reading = others.get(this);
      if (!reading) others.set(this, (reading = {}));
    }
    this.lastText = text;
    this.lastReading = reading;
    return reading!;
  }
}

/**
 * A gate's clauses, sets of words a message needs one of each of. A choice's set is made of one
 * of each option's own sets ("the hospital": "the" or "hospital"): `pick` chooses which.
 */
type GateClauses = (pick: PickRequired) => readonly Iterable<number>[];

/** The gates' clauses indexed by word, for one pass over a message's words. */
export interface Gating {
  /** The clauses word `w` satisfies: `clauses[starts[w]]` up to `clauses[starts[w + 1]]`. */
  starts: Int32Array;
  clauses: Int32Array;
  gateOfClause: Int32Array;
  /** By gate, how many clauses it tests. */
  clausesOfGate: number[];
  /** By gate, the group it is in, or -1. */
  groupOfGate: Int32Array;
  /** By group, 1 when one of its gates tests no clause (every message opens it). */
  groupAlwaysOpen: Uint8Array;
  /** By group, the pass in which one of its gates last opened. */
  groupPass: Int32Array;
  // Scratch kept from message to message (no allocation per message): the pass that last found
  // each clause satisfied, and each gate's count of satisfied clauses with the pass it is for.
  seen: Int32Array;
  count: Int32Array;
  countPass: Int32Array;
  /** The latest message's pass: one per message read. */
  pass: number;
}

const MAX_PASSES = 0x3fffffff;

function gateOpensIn(gating: Gating, gate: number): boolean {
  const satisfied = gating.countPass[gate] === gating.pass ? gating.count[gate]! : 0;
  return satisfied === gating.clausesOfGate[gate];
}

function groupOpensIn(gating: Gating, group: number): boolean {
  return gating.groupAlwaysOpen[group] === 1 || gating.groupPass[group] === gating.pass;
}

// A phrase's tokens `start` up to `end`, as one number: no message nears 2^20 tokens.
const SPAN_BITS = 2 ** 20;
function spanOf(start: number, end: number): number {
  return start * SPAN_BITS + end;
}

/** The words of a phrase found at `span` (`spanOf`), as evidence, or null when none was. */
function evidenceAt(text: AnalyzedText, span: number | undefined): string | null {
  if (span === undefined) return null;
  const start = Math.floor(span / SPAN_BITS);
  return matchedText(text, ruleTokensOf(text), start, span - start * SPAN_BITS);
}

// A LiteralGates tells up to 31 patterns apart (a bit each).
const REGEX_SLOTS_PER_GATE = 31;
const ALL_SLOTS = 0x7fffffff;

// A stop word ("i", "you", "the") in more than this many clauses is in nearly every message: a
// clause with it rejects next to nothing, and its long list of clauses would be walked for every
// message. Such clauses are left out of the gates (the automaton still decides): a gate with fewer
// clauses lets more messages through to it, never fewer. Other words stay however many patterns
// write them: "report" is in 49 clauses of the escalation rules and in few messages, and its gate
// dropped for that ran those patterns on every message.
const COMMON_WORD_CLAUSES = 40;

/** Each word's number of clauses. */
function usesOf(gateClauses: readonly (readonly number[])[][]): number[] {
  const uses: number[] = [];
  for (const clauses of gateClauses) for (const clause of clauses) for (const word of clause) uses[word] = (uses[word] ?? 0) + 1;
  return uses;
}

/** How common a word is, by its clauses: a word other than a stop word counts as no commoner than the limit. */
function commonnessOf(uses: readonly number[], word: number): number {
  const n = uses[word] ?? 0;
  return n > COMMON_WORD_CLAUSES && !isStopWord(word) ? COMMON_WORD_CLAUSES : n;
}

/**
 * The gates' clauses, each choice's option standing by its rarest set: a clause with a common word
 * is left out of its gate (`COMMON_WORD_CLAUSES`), so "(hospital | the er)" is gated by "hospital"
 * or "er", not dropped for "the". How common a word is: its clauses with each option's first set.
 */
function rarestClauses(gateClauses: readonly GateClauses[]): number[][][] {
  const clausesBy = (pick: PickRequired) => gateClauses.map((clausesOf) => clausesOf(pick).map((words) => [...new Set(words)]));
  const uses = usesOf(clausesBy((sets) => sets[0]!));
  const commonness = (set: ReadonlySet<number>) => {
    let most = 0;
    for (const word of set) most = Math.max(most, commonnessOf(uses, word));
    return most;
  };
  return clausesBy((sets) => sets.reduce((best, set) => (commonness(set) < commonness(best) ? set : best)));
}

function gatingOf(gateClausesOf: readonly GateClauses[], groupGates: readonly (readonly number[])[]): Gating {
  const gateClauses = rarestClauses(gateClausesOf);
  const uses = usesOf(gateClauses);
  const words = uses.length;
  const byWord: number[][] = Array.from({ length: words }, () => []);
  const gateOfClause: number[] = [];
  const clausesOfGate: number[] = [];
  gateClauses.forEach((clauses, gate) => {
    let kept = 0;
    for (const clause of clauses) {
      if (clause.some((word) => commonnessOf(uses, word) > COMMON_WORD_CLAUSES)) continue;
      for (const word of clause) byWord[word]!.push(gateOfClause.length);
      gateOfClause.push(gate);
      kept++;
    }
    clausesOfGate.push(kept);
  });
  const starts = new Int32Array(words + 1);
  byWord.forEach((list, word) => (starts[word + 1] = starts[word]! + list.length));
  const gates = clausesOfGate.length;
  const groupOfGate = new Int32Array(gates).fill(-1);
  const groupAlwaysOpen = new Uint8Array(groupGates.length);
  groupGates.forEach((members, group) => {
    for (const gate of members) {
      groupOfGate[gate] = group;
      if (clausesOfGate[gate] === 0) groupAlwaysOpen[group] = 1;
    }
  });
  return {
    starts,
    clauses: Int32Array.from(byWord.flat()),
    gateOfClause: Int32Array.from(gateOfClause),
    clausesOfGate,
    groupOfGate,
    groupAlwaysOpen,
    groupPass: new Int32Array(groupGates.length),
    seen: new Int32Array(gateOfClause.length),
    count: new Int32Array(gates),
    countPass: new Int32Array(gates),
    pass: 0,
  };
}

/** Counts, in a new pass, how many of each gate's clauses the message satisfies. */
function open(gating: Gating, tokens: RuleTokens): void {
  const { starts, clauses, gateOfClause, clausesOfGate, groupOfGate, groupPass, seen, count, countPass } = gating;
  const pass = ++gating.pass;
  const words = starts.length - 1;
  for (const id of tokens.ids) {
    if (id < 0 || id >= words) continue;
    for (let k = starts[id]!, end = starts[id + 1]!; k < end; k++) {
      const clause = clauses[k]!;
      if (seen[clause] === pass) continue;
      seen[clause] = pass;
      const gate = gateOfClause[clause]!;
      if (countPass[gate] !== pass) {
        countPass[gate] = pass;
        count[gate] = 0;
      }
      // The gate opens with its last clause: so does its group.
      if (++count[gate]! === clausesOfGate[gate] && groupOfGate[gate]! >= 0) groupPass[groupOfGate[gate]!] = pass;
    }
  }
}

/** The phrases (and lists) of `phraseCount` (`listCount`) found in a message, each with its first occurrence (`spanOf`). */
interface Walk {
  phrases: Map<number, number> | undefined;
  lists: Map<number, number> | undefined;
  phraseCount: number;
  listCount: number;
}

/** What one index found in one message: each phrase's first occurrence, the gates it opens. */
interface TextReading {
  walk?: Walk;
  /** The regex gates and, by gate, the slots whose strings this message contains (a bit each). */
  regexGates?: LiteralGates[];
  regexBits?: number[];
  /** The gating and pass whose counts are this message's. */
  gating?: Gating;
  pass?: number;
}

// Each text's readings per index: an engine has one, whose reading is kept without a map; a
// process may hold a few.
interface TextReadings {
  index?: PatternIndex;
  reading?: TextReading;
  others?: Map<PatternIndex, TextReading>;
}

const readingsOfText = new TextMemo((): TextReadings => ({}));

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

function regexPart(source: string, index: number, patternIndex: PatternIndex): Part {
  const pattern = compileRegex(source, index);
  const needs = asciiRequiredStrings(source);
  const slot = needs && patternIndex.addRegexStrings(needs);
  const opening = openingOf(source);
  // Case-insensitive anyway, so the normalised text (straight quotes, single spaces) is matched.
  // `test` runs re2js's DFA (no submatches), ten times cheaper than `find`; most turns match
  // nothing, so the position-tracking search runs only on a hit, for the evidence.
  return {
    field: 'regex',
    index,
    source,
    find(text) {
      if (opening !== undefined && !opensWith(text.normalized, opening)) return null;
      if (slot !== undefined && !patternIndex.mayMatchRegex(text, slot)) return null;
      if (!pattern.test(text.normalized)) return null;
      const m = pattern.matcher(text.normalized);
      return m.find() ? m.group() : null;
    },
  };
}

/** What a regex anchored at the start of the text writes first: its words, after white space if it skips that. */
interface Opening {
  skipsSpace: boolean;
  /** Lower case: ASCII letters, digits, spaces, apostrophes. */
  words: string;
}

/**
 * "^\s*no\s*[.!]+ …" matches only a text that opens with "no" (after white space): one look at
 * the text's start rather than a run of re2js, whose every call costs microseconds however soon
 * the match fails. Undefined unless the source opens with `^` and has no `|` outside a group
 * (a choice the `^` does not anchor), then optionally `\s*`, then at least one plain character.
 */
function openingOf(source: string): Opening | undefined {
  if (source[0] !== '^' || hasTopLevelChoice(source)) return undefined;
  const skipsSpace = source.startsWith('\\s*', 1);
  let from = skipsSpace ? 4 : 1;
  // (`\s* no`: the `\s*` gives the space back. Its words are the ones after it.)
  if (skipsSpace) while (source[from] === ' ') from++;
  let end = from;
  while (end < source.length && /[a-zA-Z0-9' ]/.test(source[end]!)) end++;
  // A quantifier after the run applies to its last character alone: that one may be absent.
  if (end < source.length && '?*+{'.includes(source[end]!)) end--;
  return end > from ? { skipsSpace, words: source.slice(from, end).toLowerCase() } : undefined;
}

/**
 * Does the source have a `|` outside every group (a choice the `^` before it does not anchor)? True
 * too when it cannot tell (a `\Q…\E` quote).
 */
function hasTopLevelChoice(source: string): boolean {
  if (source.includes('\\Q')) return true;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
    else if (c === '[') {
      // A class, to its closing bracket: a `]` first in it (after a `^`) is one of its characters.
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    }
  }
  return false;
}

/**
 * May a case-insensitive regex with this opening match the text? Its words must open the text
 * (after RE2's white space, \t \n \f \r and space, when it skips that), ASCII letters in either
 * case; a character beyond ASCII there may fold onto one of them (the Kelvin sign onto "k"), so
 * it lets the text through.
 */
function opensWith(text: string, { skipsSpace, words }: Opening): boolean {
  let at = 0;
  if (skipsSpace) while (at < text.length && isRe2Space(text.charCodeAt(at))) at++;
  if (text.length - at < words.length) return false;
  for (let i = 0; i < words.length; i++) {
    const c = text.charCodeAt(at + i);
    if (c > 127) return true;
    const w = words.charCodeAt(i);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

function isRe2Space(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

// Past this many strings a search for them costs more than it saves.
const MAX_REQUIRED_STRINGS = 16;

/**
 * Strings, lower case, one of which every match of a regex contains, or undefined
 * (./requiredStrings reads the source as JavaScript syntax, which the RE2 syntax it knows agrees
 * with). ASCII strings only: RE2's case folding matches a few letters beyond ASCII too (the
 * Kelvin sign for k, "ſ" for s), so the check holds for a text without letters beyond ASCII only (`lacksAll`).
 */
function asciiRequiredStrings(source: string): string[] | undefined {
  const needed = requiredStrings(source, false, MAX_REQUIRED_STRINGS);
  if (!needed || needed.size > MAX_REQUIRED_STRINGS) return undefined;
  const strings = [...needed].map((s) => s.toLowerCase());
  return strings.length > 0 && strings.every((s) => s.length > 0 && !NON_ASCII.test(s)) ? strings : undefined;
}

// A regex needing one of its strings cannot match a (lower-cased) text that holds none of them
// and no letter beyond ASCII that RE2 folds onto one of theirs (those are letters: a dash or a
// curly quote is none): `mayMatchRegex` tells both, once per text for every regex.

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
