// Size limits of one rule pack. The matcher is linear in the message for any pattern, but its
// cost also grows with the patterns' size: without a bound, one pasted pack (a policy, an
// import) could still cost seconds per message on every tab. The limits are far above what a
// team writes (the bundled rules use a tenth of them) and admit a 100-slot optional pattern.
// The loader applies them, so lint, policy, the options import and the engine agree.
import { compileRegex, parsePatternAt, PatternError } from './matcher';
import { patternSize } from './patternSyntax';
import type { MatchSpec, RulePackSpec } from './types';

export const PACK_LIMITS = {
  /** Patterns in the whole pack (rules' match and unless, signals). */
  patterns: 5_000,
  /** Characters in one pattern. */
  patternChars: 2_000,
  /** Word positions (words and wildcards, every choice counted) in one pattern. */
  patternWords: 250,
  /** Word positions in the whole pack. */
  packWords: 50_000,
  regexes: 100,
  regexChars: 1_000,
  /** re2js program size (instructions) of one regex: `(x|xx|xxx){1,1000}` is 10,000. */
  regexProgram: 600,
  /** re2js program size of all the pack's regexes: bounds their cost on a 5,000-character message. */
  packRegexProgram: 6_000,
} as const;

export interface LimitProblem {
  path: (string | number)[];
  reason: string;
}

/** Every entry over a limit, and the pack's totals; patterns that do not parse are reported too. */
export function packLimitProblems(spec: RulePackSpec): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const totals = { patterns: 0, words: 0, regexes: 0, program: 0 };
  const checkBlock = (block: MatchSpec | undefined, at: (string | number)[]) => {
    if (!block) return;
    block.patterns?.forEach((source, i) => {
      const path = [...at, 'patterns', i];
      totals.patterns++;
      if (source.length > PACK_LIMITS.patternChars) return problems.push({ path, reason: `pattern is ${source.length} characters long; the limit is ${PACK_LIMITS.patternChars}` });
      try {
        const size = patternSize(parsePatternAt(source, i));
        totals.words += size;
        if (size > PACK_LIMITS.patternWords) problems.push({ path, reason: `pattern has ${size} word positions (every choice counted); the limit is ${PACK_LIMITS.patternWords}` });
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        problems.push({ path, reason: e.message });
      }
    });
    block.regex?.forEach((source, i) => {
      const path = [...at, 'regex', i];
      totals.regexes++;
      if (source.length > PACK_LIMITS.regexChars) return problems.push({ path, reason: `regex is ${source.length} characters long; the limit is ${PACK_LIMITS.regexChars}` });
      try {
        const program = compileRegex(source, i).programSize();
        totals.program += program;
        if (program > PACK_LIMITS.regexProgram) problems.push({ path, reason: `regex compiles to ${program} instructions; the limit is ${PACK_LIMITS.regexProgram} (large {n,m} repeats multiply a regex's size)` });
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        problems.push({ path, reason: e.message });
      }
    });
  };
  spec.rules?.forEach((rule, i) => {
    checkBlock(rule.match, ['rules', i, 'match']);
    checkBlock(rule.unless, ['rules', i, 'unless']);
  });
  for (const [name, signal] of Object.entries(spec.signals ?? {})) checkBlock(signal, ['signals', name]);
  const over = (what: string, count: number, limit: number) => problems.push({ path: [], reason: `the pack has ${count} ${what}; the limit is ${limit}` });
  if (totals.patterns > PACK_LIMITS.patterns) over('patterns', totals.patterns, PACK_LIMITS.patterns);
  if (totals.words > PACK_LIMITS.packWords) over('word positions in its patterns', totals.words, PACK_LIMITS.packWords);
  if (totals.regexes > PACK_LIMITS.regexes) over('regexes', totals.regexes, PACK_LIMITS.regexes);
  if (totals.program > PACK_LIMITS.packRegexProgram) over('regex instructions in all', totals.program, PACK_LIMITS.packRegexProgram);
  return problems;
}
