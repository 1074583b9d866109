// Strings one of which every match of a regular expression contains, read from its source:
// what a cheap substring search can check before the expression runs (./literalGates, for the
// cue patterns and the rules' regexes). Only what is certain is given:
// syntax this reader does not know gives nothing (always run it).

// Past this many strings a set says little: nothing from it.
const MAX_STRINGS = 64;

/**
 * Strings one of which every match of `source` contains, or undefined when none can be told.
 * `most`: the largest set the caller can use; where a sequence offers several, a larger one is
 * passed over for one within it ("(i'm|…) (post|share|…) … (twitter|facebook|… 20 sites)" is told
 * by its verbs), so a caller with a cap is not left with none.
 */
export function requiredStrings(source: string, unicode: boolean, most = MAX_STRINGS): ReadonlySet<string> | undefined {
  try {
    const reader = new Reader(source, unicode);
    const node = reader.alternation();
    if (!reader.done()) return undefined;
    const need = needFrom(infoOf(node, most), most);
    return need && need.size <= most ? need : undefined;
  } catch {
    return undefined;
  }
}

// What a part of an expression can match, as far as it matters here: `exact` the strings it
// matches (when few and known), `need` strings one of which its every match contains, and for a
// repeat of known strings (`f+`, `[i1]+`), `first` and `last`, one of which its every match
// starts (ends) with: what it joins to the known strings around it ("f+u+" holds "fu").
interface Info {
  exact: ReadonlySet<string> | undefined;
  need: ReadonlySet<string> | undefined;
  first?: ReadonlySet<string>;
  last?: ReadonlySet<string>;
}

type Node =
  | { type: 'char'; chars: readonly string[] | undefined }
  | { type: 'empty' }
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

class UnknownSyntax extends Error {}

/** A recursive-descent reader of the JavaScript regex syntax cue patterns use. */
class Reader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  done(): boolean {
    return this.at === this.src.length;
  }

  alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') items.push(this.quantified(this.atom()));
    return { type: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.at];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new UnknownSyntax();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (this.src[this.at] === '?') this.at++; // lazy: matches the same strings
    return { type: 'repeat', node, min, max };
  }

  private atom(): Node {
    const c = this.src[this.at++]!;
    switch (c) {
      case '(': {
        let zeroWidth = false;
        if (this.src.startsWith('?:', this.at)) this.at += 2;
        else if (/^\?<?[=!]/.test(this.src.slice(this.at))) {
          this.at += this.src[this.at + 1] === '<' ? 3 : 2;
          zeroWidth = true;
        } else if (this.src[this.at] === '?') throw new UnknownSyntax();
        const inner = this.alternation();
        if (this.src[this.at++] !== ')') throw new UnknownSyntax();
        return zeroWidth ? { type: 'empty' } : inner;
      }
      case '[':
        return this.charClass();
      case '.':
        return { type: 'char', chars: undefined };
      case '^':
      case '$':
        return { type: 'empty' };
      case '\\':
        return this.escape(false) ?? { type: 'empty' };
      case ')':
      case '|':
      case '?':
      case '*':
      case '+':
      case '{':
      case '}':
      case ']':
        throw new UnknownSyntax();
      default:
        return { type: 'char', chars: [this.codePointFrom(c)] };
    }
  }

  // With the `u` flag a character outside the basic plane (two code units) is one character.
  private codePointFrom(first: string): string {
    const code = first.charCodeAt(0);
    if (this.unicode && code >= 0xd800 && code <= 0xdbff && this.at < this.src.length) return first + this.src[this.at++]!;
    return first;
  }

  /** An escape's characters (undefined: many), or null for an assertion (\b, \B). */
  private escape(inClass: boolean): Node | null {
    const c = this.src[this.at++];
    if (c === undefined) throw new UnknownSyntax();
    if (!inClass && (c === 'b' || c === 'B')) return null;
    if ('dDwWsS'.includes(c) || (this.unicode && (c === 'p' || c === 'P'))) {
      if (c === 'p' || c === 'P') this.skipProperty();
      return { type: 'char', chars: undefined };
    }
    if (c === 'u' || c === 'x') {
      const m = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.at)) : /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.at));
      if (!m) throw new UnknownSyntax();
      this.at += m[0].length;
      return { type: 'char', chars: [String.fromCharCode(parseInt(m[0], 16))] };
    }
    if (c === 'n') return { type: 'char', chars: ['\n'] };
    if (c === 't') return { type: 'char', chars: ['\t'] };
    if (c === 'r') return { type: 'char', chars: ['\r'] };
    if (/[0-9a-zA-Z]/.test(c)) throw new UnknownSyntax();
    return { type: 'char', chars: [c] };
  }

  private skipProperty(): void {
    if (this.src[this.at] !== '{') throw new UnknownSyntax();
    const end = this.src.indexOf('}', this.at);
    if (end < 0) throw new UnknownSyntax();
    this.at = end + 1;
  }

  // A class of a few listed characters is those characters; ranges and negation: any character.
  private charClass(): Node {
    let known = this.src[this.at] !== '^';
    const chars: string[] = [];
    while (this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new UnknownSyntax();
      const c = this.src[this.at++]!;
      let char: string | undefined;
      if (c === '\\') {
        const escaped = this.escape(true);
        if (!escaped || escaped.type !== 'char' || !escaped.chars) known = false;
        else char = escaped.chars[0];
      } else char = this.codePointFrom(c);
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']') {
        // A range: its bounds are read past, its characters not listed.
        this.at++;
        const bound = this.src[this.at++];
        if (bound === '\\') this.escape(true);
        else if (bound !== undefined) this.codePointFrom(bound);
        known = false;
      } else if (char !== undefined) chars.push(char);
    }
    this.at++;
    return { type: 'char', chars: known ? chars : undefined };
  }
}

const EMPTY_ONLY: ReadonlySet<string> = new Set(['']);

function infoOf(node: Node, most: number): Info {
  switch (node.type) {
    case 'empty':
      return { exact: EMPTY_ONLY, need: undefined };
    case 'char':
      return { exact: node.chars && node.chars.length <= MAX_STRINGS ? new Set(node.chars) : undefined, need: undefined };
    case 'alt': {
      const infos = node.options.map((option) => infoOf(option, most));
      return { exact: unionOf(infos.map((i) => i.exact)), need: unionOf(infos.map((i) => needFrom(i, most))) };
    }
    case 'repeat': {
      const inner = infoOf(node.node, most);
      const need = node.min >= 1 ? needFrom(inner, most) : undefined;
      if (node.min === 1 && node.max === 1) return inner;
      if (node.min === 0 && node.max === 1 && inner.exact) return { exact: unionOf([inner.exact, EMPTY_ONLY]), need };
      // At least one copy, each one of the inner strings: a match starts and ends with one.
      const ends = node.min >= 1 && inner.exact && !inner.exact.has('') ? inner.exact : undefined;
      return ends ? { exact: undefined, need, first: ends, last: ends } : { exact: undefined, need };
    }
    case 'seq': {
      const infos = node.items.map((item) => infoOf(item, most));
      // Candidates: each item's own need, and the strings of each run of items known exactly.
      const candidates: ReadonlySet<string>[] = [];
      for (const info of infos) {
        const need = needFrom(info, most);
        if (need) candidates.push(need);
      }
      // A run of items known exactly: every match contains one of their products in one piece.
      let run: ReadonlySet<string> = EMPTY_ONLY;
      for (const info of infos) {
        const longer = info.exact && product(run, info.exact);
        if (longer) {
          run = longer;
          continue;
        }
        // A repeat's first copy ends the run in one piece with it.
        const ended = !info.exact && info.first ? product(run, info.first) : undefined;
        if (ended) candidates.push(ended);
        else if (!run.has('')) candidates.push(run);
        // Too many strings to go on: a new run from this item (a repeat's last copy); an item not
        // known otherwise ends it.
        run = info.exact ?? info.last ?? EMPTY_ONLY;
      }
      if (!run.has('')) candidates.push(run);
      const exact = infos.every((i) => i.exact) ? infos.reduce<ReadonlySet<string> | undefined>((acc, i) => acc && product(acc, i.exact!), EMPTY_ONLY) : undefined;
      return { exact, need: best(candidates, most) };
    }
  }
}

/** Strings one of which every match contains: the exact strings when none is empty, else the need. */
function needFrom(info: Info, most: number): ReadonlySet<string> | undefined {
  if (info.exact && !info.exact.has('')) return best([info.exact, ...(info.need ? [info.need] : [])], most);
  return info.need;
}

function unionOf(sets: readonly (ReadonlySet<string> | undefined)[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set) return undefined;
    for (const s of set) out.add(s);
  }
  return out.size <= MAX_STRINGS ? out : undefined;
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (a.size * b.size > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

// The most telling set: its shortest string longest (a rarer string), then the fewest strings;
// none of more than `most` strings while one within it is there.
function best(candidates: readonly ReadonlySet<string>[], most: number): ReadonlySet<string> | undefined {
  let chosen: ReadonlySet<string> | undefined;
  let chosenShortest = -1;
  const fits = candidates.some((set) => set.size > 0 && set.size <= most && !set.has(''));
  for (const set of candidates) {
    if (set.size === 0 || set.has('') || (fits && set.size > most)) continue;
    const shortest = Math.min(...[...set].map((s) => s.length));
    const score = Math.min(shortest, 4);
    const chosenScore = Math.min(chosenShortest, 4);
    if (!chosen || score > chosenScore || (score === chosenScore && set.size < chosen.size)) {
      chosen = set;
      chosenShortest = shortest;
    }
  }
  return chosen;
}
