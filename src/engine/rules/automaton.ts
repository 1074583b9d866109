// A pattern compiled once into a word automaton (Thompson's construction). Whether a message
// matches is decided by a lazy DFA built over it as messages are read: one cached transition
// per word, and a new transition costs one pass over the pattern's states. Where a match lies
// (its words, for the evidence) is found by running the automaton with a set of live states per
// word: each state visited at most once per word, so (words) × (states) at worst. Either way no
// backtracking, however many optional parts a pattern has.
import type { PatternNode } from './patternSyntax';
import { TokenKind, type RuleTokens } from './ruleTokens';

const enum Op {
  Word = 0,
  Any = 1,
  /** Two ways on, tried in order (choices and optional parts). */
  Split = 2,
  Match = 3,
}

export interface WordMatch {
  /** Token positions [start, end) of the matched words in the message's rule tokens. */
  start: number;
  end: number;
}

/** Counts state visits, so tests can show the work is linear without timing anything. */
export interface StepCounter {
  steps: number;
}

export class WordAutomaton {
  private readonly op: number[] = [];
  private readonly arg: number[] = [];
  private readonly next: number[] = [];
  private readonly alt: number[] = [];
  readonly start: number;
  /** Words one of which must open any match (undefined when a wildcard can open it). */
  readonly openers: ReadonlySet<number> | undefined;
  private readonly pattern: PatternNode;
  // Scratch lists, allocated once per pattern rather than once per message.
  private scratch: Int32Array[] | undefined;
  private walkState: LocateWalk | undefined;

  constructor(pattern: PatternNode) {
    const match = this.add(Op.Match, 0, -1, -1);
    this.start = this.build(pattern, match);
    this.openers = openersOf(pattern);
    this.pattern = pattern;
  }

  /**
   * Sets of words a message needs one of each to match at all: a cheap test before a run. A
   * choice's set has one of each option's own sets: `pick` chooses which (by default the first).
   */
  required(pick: PickRequired = firstSet): Set<number>[] {
    return requiredWords(this.pattern, pick);
  }

  /** The fewest words a match reads from each state on (Infinity where none can follow). */
  private remainingCache: number[] | undefined;

  private remaining(state: number): number {
    if (!this.remainingCache) {
      // States are built back to front: every state's successors have lower numbers.
      const remaining = new Array<number>(this.op.length).fill(Infinity);
      for (let s = 0; s < this.op.length; s++) {
        const op = this.op[s]!;
        remaining[s] = op === Op.Match ? 0 : op === Op.Split ? Math.min(remaining[this.next[s]!]!, remaining[this.alt[s]!]!) : 1 + remaining[this.next[s]!]!;
      }
      this.remainingCache = remaining;
    }
    return this.remainingCache[state]!;
  }

  /**
   * How far the pattern got on the message: the most pattern words one attempt matched in a
   * row (and where), for `composure explain`'s nearest patterns that did not match. The same
   * state-set walk as `find`, so also linear.
   */
  closest(tokens: RuleTokens): { words: number; of: number; start: number; end: number } {
    const size = this.op.length;
    let live = new Map<number, { start: number; words: number }>();
    let best = { words: 0, of: this.remaining(this.start), start: 0, end: 0 };
    const close = (state: number, thread: { start: number; words: number }, into: Map<number, { start: number; words: number }>) => {
      const stack = [state];
      while (stack.length > 0) {
        const s = stack.pop()!;
        const known = into.get(s);
        if (known && known.words >= thread.words) continue;
        into.set(s, thread);
        if (this.op[s] === Op.Split) stack.push(this.alt[s]!, this.next[s]!);
      }
    };
    for (let pos = 0; pos < tokens.ids.length && size > 0; pos++) {
      close(this.start, { start: pos, words: 0 }, live);
      const next = new Map<number, { start: number; words: number }>();
      for (const [s, thread] of live) {
        const op = this.op[s]!;
        if ((op === Op.Word && this.arg[s] === tokens.ids[pos]) || (op === Op.Any && tokens.kinds[pos] === TokenKind.Word)) {
          const moved = { start: thread.start, words: thread.words + 1 };
          // The attempt's share of its own way through the pattern: 2 of "i am canceling everything" is 2 of 4.
          const of = moved.words + this.remaining(this.next[s]!);
          if (moved.words / of > best.words / best.of || (moved.words / of === best.words / best.of && moved.words > best.words)) best = { words: moved.words, of, start: moved.start, end: pos + 1 };
          close(this.next[s]!, moved, next);
        } else if (tokens.kinds[pos] === TokenKind.Punctuation && thread.words > 0) {
          if (!next.has(s)) next.set(s, thread);
        }
      }
      live = next;
    }
    return best;
  }

  private dfa: Map<string, DfaState> | undefined;
  private dfaStart: DfaState | undefined;
  /** Each word the pattern writes, by id, to its class: 0, 1, … (the classes of other tokens follow). */
  private wordClasses: Map<number, number> | undefined;
  /** Automaton states reachable from the start without reading a word. */
  private startClosure: number[] | undefined;
  private marks: Uint8Array | undefined;
  private stack: Int32Array | undefined;

  /** The end (token position) of the first match, or -1: one cached transition per word. */
  firstMatchEnd(tokens: RuleTokens, counter?: StepCounter): number {
    const classes = (this.wordClasses ??= this.classesOfWords());
    const otherTokens = classes.size;
    let state = (this.dfaStart ??= this.dfaState([]));
    let steps = 0;
    for (let pos = 0; pos < tokens.ids.length; pos++) {
      const id = tokens.ids[pos]!;
      const kind = tokens.kinds[pos]!;
      // A word the pattern writes is its own class; any other token is a class by its kind.
      const key = (id >= 0 ? classes.get(id) : undefined) ?? otherTokens + kind;
      let next = state.next[key];
      if (!next) {
        next = this.transition(state, id, kind, key);
        steps += this.op.length;
      }
      steps++;
      state = next;
      if (state.accepts) {
        if (counter) counter.steps += steps;
        return pos + 1;
      }
    }
    if (counter) counter.steps += steps;
    return -1;
  }

  private transition(from: DfaState, id: number, kind: number, key: number): DfaState {
    const size = this.op.length;
    const fresh = (this.startClosure ??= this.closure([this.start]));
    // Marks the next DFA state's automaton states (splits followed, not kept); read back in
    // state order, so the set comes out sorted without a sort. Each state is pushed at most
    // once: a transition costs one pass over the states.
    const marked = (this.marks ??= new Uint8Array(size)).fill(0);
    const stack = (this.stack ??= new Int32Array(size));
    let top = 0;
    const reach = (state: number) => {
      if (marked[state] === 0) {
        marked[state] = 1;
        stack[top++] = state;
      }
    };
    const step = (s: number, consumed: boolean) => {
      const op = this.op[s]!;
      if ((op === Op.Word && this.arg[s] === id) || (op === Op.Any && kind === TokenKind.Word)) reach(this.next[s]!);
      // Punctuation the pattern does not write is stepped over by a match under way.
      else if (consumed && kind === TokenKind.Punctuation && op !== Op.Match) reach(s);
    };
    for (const s of from.states) step(s, true);
    for (const s of fresh) step(s, false);
    while (top > 0) {
      const s = stack[--top]!;
      if (this.op[s] === Op.Split) {
        reach(this.next[s]!);
        reach(this.alt[s]!);
      }
    }
    const states: number[] = [];
    for (let s = 0; s < size; s++) if (marked[s] === 1 && this.op[s] !== Op.Split) states.push(s);
    const next = this.dfaState(states);
    if (this.dfa!.size > MAX_DFA_STATES) {
      this.dfa = undefined;
      this.dfaStart = undefined;
    } else {
      from.next[key] = next;
    }
    return next;
  }

  private classesOfWords(): Map<number, number> {
    const classes = new Map<number, number>();
    for (let s = 0; s < this.op.length; s++) if (this.op[s] === Op.Word && !classes.has(this.arg[s]!)) classes.set(this.arg[s]!, classes.size);
    return classes;
  }

  /** `states` sorted and without repeats. */
  private dfaState(states: number[]): DfaState {
    const name = states.join(',');
    const dfa = (this.dfa ??= new Map());
    let state = dfa.get(name);
    if (!state) dfa.set(name, (state = { states: Int32Array.from(states), accepts: states.some((s) => this.op[s] === Op.Match), next: [] }));
    return state;
  }

  /** The states reachable from `states` without reading a word (splits followed, not kept). */
  private closure(states: number[]): number[] {
    const out = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (out.has(s)) continue;
      out.add(s);
      if (this.op[s] === Op.Split) stack.push(this.next[s]!, this.alt[s]!);
    }
    return [...out].filter((s) => this.op[s] !== Op.Split);
  }

  get size(): number {
    return this.op.length;
  }

  private add(op: Op, arg: number, next: number, alt: number): number {
    this.op.push(op);
    this.arg.push(arg);
    this.next.push(next);
    this.alt.push(alt);
    return this.op.length - 1;
  }

  /** Builds `node` so that it continues at state `then`; returns its first state. */
  private build(node: PatternNode, then: number): number {
    switch (node.type) {
      case 'word':
        return this.add(Op.Word, node.id, then, -1);
      case 'any':
        return this.add(Op.Any, 0, then, -1);
      case 'sequence':
        return node.items.reduceRight((after, item) => this.build(item, after), then);
      case 'optional':
        return this.add(Op.Split, 0, this.build(node.node, then), then);
      case 'choice':
        return node.options.reduceRight((rest, option, i) => (i === node.options.length - 1 ? this.build(option, then) : this.add(Op.Split, 0, this.build(option, then), rest)), -1);
    }
  }

  /**
   * The leftmost match (longest from that start), or null. Between the pattern's words the
   * message may have punctuation the pattern does not write (a comma, a dash), but not the end
   * of a sentence.
   *
   * Whether there is a match is decided by the lazy DFA (`firstMatchEnd`): one cached
   * transition per word, whatever the pattern's size. Only a message that matches is walked
   * again, up to the match's end, to find where it starts (for the evidence).
   */
  find(tokens: RuleTokens, counter?: StepCounter): WordMatch | null {
    const end = this.firstMatchEnd(tokens, counter);
    return end < 0 ? null : this.locate(tokens, counter);
  }

  /** The same as `find` by the state-set walk alone: (words) × (states) steps. */
  locate(tokens: RuleTokens, counter?: StepCounter): WordMatch | null {
    const n = tokens.ids.length;
    const size = this.op.length;
    const scratch = (this.scratch ??= Array.from({ length: 6 }, () => new Int32Array(size)));
    // Live states for the current and next word, each with the position its match started at.
    let [states, starts, nextStates, nextStarts] = scratch as [Int32Array, Int32Array, Int32Array, Int32Array];
    let count = 0;
    let nextCount = 0;
    // For each state, the list it was last added to (position + 1): a state joins each word's
    // list once. Step `pos` writes only pos + 1 (this word) and pos + 2 (the next), so one
    // array serves both lists.
    const seen = scratch[4]!.fill(0);
    // The walk's best match and step count, kept where `close` (a method: no closure per call) finds them.
    const walk = (this.walkState ??= { best: null, steps: 0 });
    walk.best = null;
    walk.steps = 0;

    for (let pos = 0; pos <= n; pos++) {
      // Until a match is found, a match may start at any word (not at punctuation it would skip).
      if (!walk.best && pos < n) count = this.close(walk, this.start, pos, pos, states, starts, count);
      if (pos === n || count === 0) {
        if (walk.best || pos === n) break;
        continue;
      }
      const id = tokens.ids[pos]!;
      const kind = tokens.kinds[pos]!;
      nextCount = 0;
      for (let i = 0; i < count; i++) {
        const s = states[i]!;
        const start = starts[i]!;
        const best = walk.best as WordMatch | null;
        if (best && start > best.start) continue;
        const op = this.op[s]!;
        if ((op === Op.Word && this.arg[s] === id) || (op === Op.Any && kind === TokenKind.Word)) {
          nextCount = this.close(walk, this.next[s]!, start, pos + 1, nextStates, nextStarts, nextCount);
        } else if (kind === TokenKind.Punctuation && start < pos && seen[s] !== pos + 2) {
          // Punctuation the pattern does not write is stepped over by a match under way.
          seen[s] = pos + 2;
          walk.steps++;
          nextStates[nextCount] = s;
          nextStarts[nextCount++] = start;
        }
      }
      [states, nextStates] = [nextStates, states];
      [starts, nextStarts] = [nextStarts, starts];
      count = nextCount;
      if (walk.best && count === 0) break;
    }
    if (counter) counter.steps += walk.steps;
    const best = walk.best as WordMatch | null;
    walk.best = null;
    return best;
  }

  /** Adds `state` and everything reachable from it without reading a word; the new length of `into`. */
  private close(walk: LocateWalk, state: number, start: number, pos: number, into: Int32Array, intoStarts: Int32Array, length: number): number {
    const seen = this.scratch![4]!;
    const stack = this.scratch![5]!;
    let top = 0;
    stack[top++] = state;
    while (top > 0) {
      const s = stack[--top]!;
      if (seen[s] === pos + 1) continue;
      seen[s] = pos + 1;
      walk.steps++;
      const op = this.op[s]!;
      if (op === Op.Split) {
        // Pushed in reverse so the first way is explored first (it keeps the earlier start).
        stack[top++] = this.alt[s]!;
        stack[top++] = this.next[s]!;
      } else if (op === Op.Match) {
        const best = walk.best;
        if (!best || start < best.start || (start === best.start && pos > best.end)) walk.best = { start, end: pos };
      } else {
        into[length] = s;
        intoStarts[length++] = start;
      }
    }
    return length;
  }
}

/** A `locate` walk under way: its best match so far and its steps. */
interface LocateWalk {
  best: WordMatch | null;
  steps: number;
}

/**
 * A state of the lazy DFA: the set of automaton states that words already read have reached
 * (states a match can start from are added at every word, so they are not part of it), and
 * its transitions, built on first use, by token class: each word the pattern writes (its class,
 * 0, 1, …), then any other word, other punctuation, other end of sentence (by `TokenKind`). An
 * array by class, not a map by word id: one lookup per word read (its class), not two.
 */
interface DfaState {
  states: Int32Array;
  accepts: boolean;
  next: (DfaState | undefined)[];
}

// A pattern's DFA may have many states on a hostile message; past this many the cache starts
// over (the walk stays linear: a transition costs at most one subset construction).
const MAX_DFA_STATES = 1_000;

/** Chooses, for an option of a choice, which of the sets it needs one word each of stands for it. */
export type PickRequired = (sets: readonly Set<number>[]) => Set<number>;

const firstSet: PickRequired = (sets) => sets[0]!;

/**
 * Sets of words of which a match needs one each: a required word is a set of one, a choice
 * between options that each need a word is the set of the words of one (`pick`) of each option's sets.
 */
function requiredWords(node: PatternNode, pick: PickRequired): Set<number>[] {
  switch (node.type) {
    case 'word':
      return [new Set([node.id])];
    case 'any':
    case 'optional':
      return [];
    case 'sequence':
      return node.items.flatMap((item) => requiredWords(item, pick));
    case 'choice': {
      const union = new Set<number>();
      for (const option of node.options) {
        const needs = requiredWords(option, pick);
        if (needs.length === 0) return [];
        for (const id of pick(needs)) union.add(id);
      }
      return [union];
    }
  }
}

function openersOf(node: PatternNode): Set<number> | undefined {
  const openers = new Set<number>();
  return addOpeners(node, openers) === 'wildcard' ? undefined : openers;
}

/** Adds the words that can open `node`; returns whether `node` can be passed without a word. */
function addOpeners(node: PatternNode, into: Set<number>): 'wildcard' | boolean {
  switch (node.type) {
    case 'word':
      into.add(node.id);
      return false;
    case 'any':
      return 'wildcard';
    case 'optional': {
      const inner = addOpeners(node.node, into);
      return inner === 'wildcard' ? inner : true;
    }
    case 'choice': {
      let empty = false;
      for (const option of node.options) {
        const r = addOpeners(option, into);
        if (r === 'wildcard') return r;
        empty ||= r;
      }
      return empty;
    }
    case 'sequence':
      for (const item of node.items) {
        const r = addOpeners(item, into);
        if (r !== true) return r;
      }
      return true;
  }
}
