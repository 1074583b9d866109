// Which of a module's regexes, case-insensitive ones included, a text may match: each regex's
// required strings (./requiredStrings), lower-cased, looked for in the lower-cased text in one
// pass (./literalGates). A customer message is read by some thirty such regexes, most needing
// words it does not hold; each run costs more than the pass that rules it out.
import { TextMemo, type AnalyzedText } from '../analyzeText';
import { LiteralGates, type GatedPattern } from './literalGates';
import { requiredStrings } from './requiredStrings';

export class CaselessGates {
  /** By regex, its bit. */
  private readonly bits = new Map<RegExp, number>();
  private readonly ofText: TextMemo<number>;

  /**
   * At most 31 regexes (a bit each). A regex may come with its strings, lower case, one of which
   * its every match holds, where the reader's are too many or none (each choice's rarest word, as
   * `caseCues` gives them).
   */
  constructor(entries: readonly (RegExp | { pattern: RegExp; strings: readonly string[] })[]) {
    const gated: GatedPattern[] = [];
    entries.forEach((entry, i) => {
      const pattern = entry instanceof RegExp ? entry : entry.pattern;
      gated.push(entry instanceof RegExp ? (caselessStrings(pattern) ?? ALWAYS) : entry.strings);
      this.bits.set(pattern, 1 << i);
    });
    const gates = new LiteralGates(gated);
    this.ofText = new TextMemo((text) => gates.mayMatch(text.raw.toLowerCase()));
  }

  /** `pattern.test(text.raw)`, run only when the text may match (`pattern` one given to the constructor). */
  test(pattern: RegExp, text: AnalyzedText): boolean {
    const bit = this.bits.get(pattern);
    if (bit === undefined) throw new RangeError(`CaselessGates: ${String(pattern)} is not gated here`);
    return (this.ofText.of(text) & bit) !== 0 && pattern.test(text.raw);
  }
}

// A regex no strings gate: always run (a case-insensitive one is never gated by LiteralGates).
const ALWAYS = /(?:)/i;

/**
 * Strings one of which, lower-cased, the lower-cased text holds wherever `pattern` matches, or
 * undefined when none can be told. A case-insensitive regex matches a letter of its strings in
 * either case: lower-casing both sides keeps the strings within any match. Only their ASCII is
 * kept (the longest run of each): a letter beyond it may lower-case to another. A regex that keeps
 * state between tests (g, y), or folds case the Unicode way (i with u), is always run.
 */
export function caselessStrings(pattern: RegExp): string[] | undefined {
  const flags = pattern.flags;
  if (flags.includes('g') || flags.includes('y') || (flags.includes('i') && flags.includes('u'))) return undefined;
  const strings = requiredStrings(pattern.source, flags.includes('u'));
  if (!strings) return undefined;
  const ascii: string[] = [];
  for (const text of strings) {
    const run = longestAsciiRun(text);
    if (run === '') return undefined;
    ascii.push(run.toLowerCase());
  }
  return ascii;
}

function longestAsciiRun(text: string): string {
  let best = '';
  for (const run of text.split(/[^\x00-\x7f]+/)) if (run.length > best.length) best = run;
  return best;
}
