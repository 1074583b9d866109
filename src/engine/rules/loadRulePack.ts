// Reads one rule file (YAML text) or one policy pack (a JSON value) into compiled rules,
// or fails with every problem named by file, line and field. The one validator of rule packs:
// lint, the engine, policy and the options page's import all come through here. Version 1
// packs are migrated to version 2 first; their errors still name the field as written.
import { compileMatcher, PatternError } from './matcher';
import { migratePackV1, MigrationErrorAt } from './migrateV1';
import { packLimitProblems } from './packLimits';
import { ruleProblems } from './ruleProblems';
import { RuleFileError, RuleFileErrors } from './ruleFileError';
import { schemaProblems } from './schemaErrors';
import { fieldName, parseYamlWithLines, type LineOf, type Path } from './yamlSource';
import type { CompiledExample, CompiledRule, MatchSpec, RulePackSpec, RulePackSpecV1, RuleSpec, SourceLocation } from './types';

export interface LoadedPack {
  file: string;
  /** The pack in version 2 (a version 1 pack migrated). */
  spec: RulePackSpec;
  /** The pack as written (version 1 or 2), what the options page stores. */
  written: RulePackSpec | RulePackSpecV1;
  rules: CompiledRule[];
  /** Line and field name of a v2 path as the file writes it, for lint's messages. */
  locate(path: Path): { line?: number; field: string };
}

const MAX_RULE_FILE_BYTES = 2_000_000;

export function loadRulePackYaml(text: string, file: string): LoadedPack {
  if (text.length > MAX_RULE_FILE_BYTES) throw new RuleFileError(file, undefined, undefined, `file is larger than ${MAX_RULE_FILE_BYTES} bytes`);
  const { value, lineOf } = parseYamlWithLines(text, file);
  return loadRulePackValue(value, file, lineOf);
}

/** A pack given as data (enterprise policy, options import of JSON): no line numbers. */
export function loadRulePackValue(value: unknown, file: string, lineOf: LineOf = () => undefined): LoadedPack {
  const problems = schemaProblems(value);
  if (problems.length > 0) {
    throw new RuleFileErrors(problems.slice(0, 10).map((p) => new RuleFileError(file, lineOf(p.path), fieldName(p.path, value), p.reason)));
  }
  const written = value as RulePackSpec | RulePackSpecV1;
  let spec: RulePackSpec;
  let writtenPath = (path: Path): Path => path;
  if (written.version === 1) {
    try {
      const migrated = migratePackV1(written);
      spec = migrated.spec;
      writtenPath = migrated.v1PathOf;
    } catch (e) {
      if (!(e instanceof MigrationErrorAt)) throw e;
      throw new RuleFileErrors([new RuleFileError(file, lineOf(e.path), fieldName(e.path, value), e.message)]);
    }
  } else {
    spec = written;
  }
  // Errors name the field as the file writes it (a v1 `words` entry, not its v2 pattern).
  const locate = (path: Path) => {
    const asWritten = writtenPath(path);
    return { line: lineOf(asWritten), field: fieldName(asWritten, value) };
  };
  const errorAt = (path: Path, reason: string) => {
    const { line, field } = locate(path);
    return new RuleFileError(file, line, field, reason);
  };
  const limitProblems = packLimitProblems(spec);
  if (limitProblems.length > 0) throw new RuleFileErrors(limitProblems.slice(0, 20).map((p) => errorAt(p.path, p.reason)));
  const errors: RuleFileError[] = [];
  const rules: CompiledRule[] = [];
  const seen = new Set<string>();
  (spec.rules ?? []).forEach((rule, index) => {
    const at: SourceLocation = { file, line: lineOf(['rules', index]) };
    if (seen.has(rule.id)) {
      errors.push(new RuleFileError(file, lineOf(['rules', index, 'id']), fieldName(['rules', index, 'id'], spec), `duplicate rule id "${rule.id}"`));
      return;
    }
    seen.add(rule.id);
    const problems = ruleProblems(rule);
    if (problems.length > 0) {
      errors.push(...problems.map((p) => errorAt(['rules', index, ...p.path], p.reason)));
      return;
    }
    try {
      rules.push(compileRule(rule, at, (path) => lineOf(['rules', index, ...path])));
    } catch (e) {
      if (!(e instanceof PatternErrorAt)) throw e;
      errors.push(errorAt(['rules', index, e.block, e.error.field, e.error.index], e.error.message));
    }
  });
  for (const [name, signal] of Object.entries(spec.signals ?? {})) {
    try {
      compileMatcher(matchOf(signal));
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      errors.push(errorAt(['signals', name, e.field, e.index], e.message));
    }
  }
  if (errors.length > 0) throw new RuleFileErrors(errors);
  return { file, spec, written, rules, locate };
}

/** A signal's match block without its examples. */
export function matchOf(signal: MatchSpec & { examples?: unknown }): MatchSpec {
  const { examples: _examples, ...match } = signal;
  return match;
}

class PatternErrorAt extends Error {
  constructor(
    readonly block: 'match' | 'unless',
    readonly error: PatternError,
  ) {
    super(error.message);
  }
}

function compileRule(rule: RuleSpec, at: SourceLocation, lineOf: LineOf): CompiledRule {
  const compile = (block: 'match' | 'unless', spec?: MatchSpec) => {
    if (!spec) return undefined;
    try {
      return compileMatcher(spec);
    } catch (e) {
      if (e instanceof PatternError) throw new PatternErrorAt(block, e);
      throw e;
    }
  };
  const examples: CompiledExample[] = [];
  for (const expect of ['trigger', 'ignore'] as const) {
    rule.examples[expect].forEach((example, i) => examples.push({ example, expect, at: { file: at.file, line: lineOf(['examples', expect, i]) } }));
  }
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity ?? 'warning',
    speaker: rule.speaker ?? defaultSpeaker(rule.category),
    playbook: rule.playbook,
    description: rule.description,
    enabled: rule.enabled ?? true,
    match: compile('match', rule.match),
    unless: compile('unless', rule.unless),
    when: rule.when,
    weight: rule.weight,
    check: rule.check,
    params: rule.params ?? {},
    message: rule.message,
    suggest: rule.suggest ?? [],
    examples,
    at,
  };
}

function defaultSpeaker(category: RuleSpec['category']): CompiledRule['speaker'] {
  return category === 'anger' || category === 'escalation' ? 'customer' : 'agent';
}
