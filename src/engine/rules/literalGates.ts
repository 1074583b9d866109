// Which of a few regular expressions a text may match, from one pass over its characters: each
// expression's required strings (./requiredStrings) in one Aho–Corasick automaton. Most messages
// contain none of the words most cue patterns (and rule regexes) need, and a pass costs a fraction
// of running every pattern over the text.
import { requiredStrings } from './requiredStrings';

// Characters are read by class: each ASCII character a string uses has its own, every other
// ASCII character one more, and everything beyond ASCII one (as if all were the same character,
// so a text with any may pass where it could not match: never the other way round).
const OTHER_ASCII = 0;
const BEYOND_ASCII = 1;

/** A regex, or the strings one of which each of its matches contains. */
export type GatedPattern = RegExp | readonly string[];

export class LiteralGates {
  /** The transitions, `classes` per state (a full automaton: every state has all of them). */
  private readonly next: Uint16Array | Uint32Array;
  /** By state, the patterns one of whose strings ends here (a bit each), `words` per state. */
  private readonly found: Int32Array;
  private readonly classes: number;
  private readonly classOf = new Uint8Array(128);
  /** The patterns without strings: always run (the first group's). */
  private readonly always: number;
  /** The same, by group. */
  private readonly alwaysByGroup: Int32Array;
  /** How many groups of patterns (a 32-bit word of bits each). */
  private readonly words: number;

  /**
   * At most 31 patterns (a bit each); case-insensitive or sticky ones are always run. A pattern
   * may be given as its strings (one of which each of its matches contains) rather than a regex.
   * More groups of up to 31 (`more`) are told in the same pass (`mayMatchEach`): one pass, where
   * a gate per group made a pass each, each of its characters a read of a table of its own.
   */
  constructor(patterns: readonly GatedPattern[], ...more: readonly (readonly GatedPattern[])[]) {
    const groups = [patterns, ...more];
    if (groups.some((group) => group.length > 31)) throw new RangeError('LiteralGates: at most 31 patterns');
    const words = groups.length;
    const strings: { text: string; word: number; bit: number }[] = [];
    const alwaysByGroup = new Int32Array(words);
    groups.forEach((group, word) =>
      group.forEach((pattern, i) => {
        const needed = !(pattern instanceof RegExp) ? pattern : /[^gu]/.test(pattern.flags) ? undefined : requiredStrings(pattern.source, pattern.flags.includes('u'));
        if (!needed) alwaysByGroup[word]! |= 1 << i;
        else for (const text of needed) strings.push({ text, word, bit: 1 << i });
      }),
    );
    this.words = words;
    this.alwaysByGroup = alwaysByGroup;
    this.always = alwaysByGroup[0]!;
    let classes = 2;
    for (const { text } of strings) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 128 && this.classOf[code] === OTHER_ASCII) this.classOf[code] = classes++;
      }
    }
    this.classes = classes;
    // The trie of the strings, then its failure links breadth first, filling in every transition.
    const children: number[][] = [[]];
    // By state, its bits, `words` to a state.
    const ends: number[] = new Array<number>(words).fill(0);
    for (const { text, word, bit } of strings) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = this.classAt(text, i);
        let child = children[state]![c];
        if (child === undefined) {
          child = children.length;
          children[state]![c] = child;
          children.push([]);
          for (let w = 0; w < words; w++) ends.push(0);
        }
        state = child;
      }
      ends[state * words + word]! |= bit;
    }
    const states = children.length;
    const next = states < 0x10000 ? new Uint16Array(states * classes) : new Uint32Array(states * classes);
    const found = Int32Array.from(ends);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) {
      const child = children[0]![c];
      if (child !== undefined) {
        next[c] = child;
        queue.push(child);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let w = 0; w < words; w++) found[state * words + w]! |= found[fail[state]! * words + w]!;
      for (let c = 0; c < classes; c++) {
        const child = children[state]![c];
        const viaFail = next[fail[state]! * classes + c]!;
        if (child === undefined) next[state * classes + c] = viaFail;
        else {
          next[state * classes + c] = child;
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
    this.next = next;
    this.found = found;
  }

  /** A bit per pattern that `text` may match (set for every pattern one of whose strings it contains). */
  mayMatch(text: string): number {
    if (this.words !== 1) throw new RangeError('LiteralGates: several groups are read with mayMatchEach');
    const { next, found, classes, classOf } = this;
    let state = 0;
    let bits = this.always;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * classes + (code < 128 ? classOf[code]! : BEYOND_ASCII)]!;
      bits |= found[state]!;
    }
    return bits;
  }

  /** `mayMatch` for each group, in one pass: group `w`'s bits in `out[w]`. */
  mayMatchEach(text: string, out: Int32Array): void {
    const { next, found, classes, classOf, words } = this;
    out.set(this.alwaysByGroup);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * classes + (code < 128 ? classOf[code]! : BEYOND_ASCII)]!;
      const at = state * words;
      for (let w = 0; w < words; w++) out[w]! |= found[at + w]!;
    }
  }

  private classAt(text: string, i: number): number {
    const code = text.charCodeAt(i);
    return code < 128 ? this.classOf[code]! : BEYOND_ASCII;
  }
}
