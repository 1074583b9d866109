// Version 1 match blocks in version 2's pattern syntax. Version 1 had two pattern kinds:
//   phrases: "hear from my lawyer"        words as written (a `?` was a literal question mark)
//   words:   "speak|speaking to|with? my" `|` chose between single words *at one position* and
//            `?` made the one word before it optional; "a|b c|d" meant (a | b) (c | d)
// Both become version 2 patterns with the same meaning, the grouping made explicit:
//   "speak|speaking to|with? my" → "(speak | speaking) [to | with] my".
// Two differences are deliberate fixes: an alternative version 1 could never match because the
// tokeniser split it ("i'll", "'ll", "can't") now matches what it says, and a `words` pattern no
// longer runs across the end of a sentence (v2 patterns stop at . ! ? unless they write them).
import type { MatchSpec, MatchSpecV1, RulePackSpec, RulePackSpecV1, SignalSpec } from './types';

/** A v1 entry that cannot be said in v2 (it contains a v2 symbol), with the v1 field and index. */
export class MigrationError extends Error {
  constructor(
    readonly field: 'phrases' | 'words',
    readonly index: number,
    reason: string,
  ) {
    super(reason);
  }
}

const V2_SYMBOLS = /[()[\]|*]/;

export function patternOfV1Phrase(phrase: string, index = 0): string {
  if (V2_SYMBOLS.test(phrase)) throw new MigrationError('phrases', index, `phrase ${JSON.stringify(phrase)} contains one of ( ) [ ] | *, which version 2 patterns read as symbols; write it as a regex`);
  return phrase.trim().replace(/\s+/g, ' ');
}

export function patternOfV1Words(words: string, index = 0): string {
  return words
    .trim()
    .split(/\s+/)
    .map((slot) => {
      const optional = slot.endsWith('?') && slot.length > 1;
      const body = optional ? slot.slice(0, -1) : slot;
      if (body === '*') return optional ? '[*]' : '*';
      const choices = body.split('|').filter(Boolean);
      for (const choice of choices) {
        if (V2_SYMBOLS.test(choice)) throw new MigrationError('words', index, `word ${JSON.stringify(choice)} contains one of ( ) [ ] | *, which version 2 patterns read as symbols`);
      }
      const inner = choices.join(' | ');
      if (optional) return `[${inner}]`;
      return choices.length > 1 ? `(${inner})` : inner;
    })
    .join(' ');
}

/** Where a v2 pattern came from in the v1 block. */
export interface PatternOrigin {
  field: 'phrases' | 'words';
  index: number;
}

export function migrateMatchSpec(v1: MatchSpecV1): { spec: MatchSpec; origins: PatternOrigin[] } {
  const patterns: string[] = [];
  const origins: PatternOrigin[] = [];
  v1.phrases?.forEach((phrase, index) => {
    patterns.push(patternOfV1Phrase(phrase, index));
    origins.push({ field: 'phrases', index });
  });
  v1.words?.forEach((words, index) => {
    patterns.push(patternOfV1Words(words, index));
    origins.push({ field: 'words', index });
  });
  const spec: MatchSpec = {};
  if (patterns.length > 0) spec.patterns = patterns;
  if (v1.regex) spec.regex = v1.regex;
  if (v1.caps !== undefined) spec.caps = v1.caps;
  if (v1.exclamations !== undefined) spec.exclamations = v1.exclamations;
  return { spec, origins };
}

type Path = (string | number)[];

export interface MigratedPack {
  spec: RulePackSpec;
  /** The v1 path of a v2 path (patterns map back to the phrase or word list they came from). */
  v1PathOf(path: Path): Path;
}

/** A v1 pack (already schema-checked) as v2; throws MigrationError wrapped with its path. */
export function migratePackV1(v1: RulePackSpecV1): MigratedPack {
  const originsByBlock = new Map<string, PatternOrigin[]>();
  const migrate = (block: MatchSpecV1 | undefined, at: Path): MatchSpec | undefined => {
    if (!block) return undefined;
    try {
      const { spec, origins } = migrateMatchSpec(block);
      originsByBlock.set(JSON.stringify(at), origins);
      return spec;
    } catch (e) {
      if (e instanceof MigrationError) throw new MigrationErrorAt([...at, e.field, e.index], e.message);
      throw e;
    }
  };
  const spec: RulePackSpec = { ...v1, version: 2, signals: undefined, rules: undefined };
  if (v1.signals) spec.signals = Object.fromEntries(Object.entries(v1.signals).map(([name, block]) => [name, migrate(block, ['signals', name]) as SignalSpec]));
  if (v1.rules) {
    spec.rules = v1.rules.map((rule, i) => {
      const { match, unless, ...rest } = rule;
      const out = { ...rest } as NonNullable<RulePackSpec['rules']>[number];
      if (match) out.match = migrate(match, ['rules', i, 'match']);
      if (unless) out.unless = migrate(unless, ['rules', i, 'unless']);
      return out;
    });
  }
  if (!spec.signals) delete spec.signals;
  if (!spec.rules) delete spec.rules;
  return {
    spec,
    v1PathOf(path) {
      const at = path.indexOf('patterns');
      if (at === -1) return path;
      const origins = originsByBlock.get(JSON.stringify(path.slice(0, at)));
      const origin = origins?.[path[at + 1] as number];
      return origin ? [...path.slice(0, at), origin.field, origin.index, ...path.slice(at + 2)] : path;
    },
  };
}

export class MigrationErrorAt extends Error {
  constructor(
    readonly path: Path,
    reason: string,
  ) {
    super(reason);
  }
}
