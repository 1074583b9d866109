// Importing a rule pack file (YAML or JSON) in the options page: validated exactly as the CLI
// and the policy reader do, reported as "file:line: field: reason" lines, stored as its JSON
// value (the settings contract), replacing a pack of the same name.
import {
  type ComposureEngine,
  lintPacks,
  type LoadedPack,
  loadRulePackYaml,
  type RuleExample,
  RuleFileError,
  RuleFileErrors,
  type RulePackSpec,
  type RulePackSpecV1,
  runRuleExamples,
} from '../engine';

export type PackImport = { ok: true; pack: LoadedPack; stored: RulePackSpec | RulePackSpecV1 } | { ok: false; errors: string[] };

/** JSON is YAML, so one reader serves both; the line numbers come with it. */
export function importRulePack(text: string, fileName: string): PackImport {
  let pack: LoadedPack;
  try {
    pack = loadRulePackYaml(text, fileName);
  } catch (error) {
    return { ok: false, errors: ruleFileErrorLines(error, fileName) };
  }
  // A pack needs a name to be replaced or removed later; an unnamed file is named after itself.
  // It is stored as written (a version 1 pack stays version 1; it loads as it did).
  const name = pack.written.pack ?? packNameFromFile(fileName);
  const stored: RulePackSpec | RulePackSpecV1 = { ...pack.written, pack: name };
  return { ok: true, pack: { ...pack, spec: { ...pack.spec, pack: name }, written: stored }, stored };
}

/** One "file:line: field: reason" line per problem; anything unexpected still names the file. */
export function ruleFileErrorLines(error: unknown, fileName: string): string[] {
  if (error instanceof RuleFileErrors) return error.errors.map((e) => e.message);
  if (error instanceof RuleFileError) return [error.message];
  return [`${fileName}: ${error instanceof Error ? error.message : String(error)}`];
}

export function packNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(ya?ml|json)$/i, '') || 'imported-rules';
}

/** The user's stored packs with `pack` added, or put in place of the stored pack of the same name. */
export function packsAfterImport(stored: readonly unknown[], pack: RulePackSpec | RulePackSpecV1): unknown[] {
  const at = stored.findIndex((entry) => storedPackName(entry) === pack.pack);
  return at === -1 ? [...stored, pack] : stored.map((entry, i) => (i === at ? pack : entry));
}

export function packsAfterRemoval(stored: readonly unknown[], name: string): unknown[] {
  return stored.filter((entry) => storedPackName(entry) !== name);
}

export function storedPackName(entry: unknown): string | undefined {
  const name = typeof entry === 'object' && entry !== null ? (entry as { pack?: unknown }).pack : undefined;
  return typeof name === 'string' ? name : undefined;
}

/**
 * What `composure lint` would say of the pack beyond loading (a word pattern no example
 * exercises, a pattern matching its own ignore example, a signal no file defines …), with the
 * signals in force: warnings, like failing examples, since the QA lead may be mid-tuning.
 */
export function lintWarnings(engine: ComposureEngine, pack: LoadedPack): string[] {
  return lintPacks([pack], new Set(engine.rules.signals.keys()));
}

/**
 * The imported pack's own examples run with everything else in force (`engine` includes the
 * pack): a failing one is a warning, not a refusal, since the QA lead may be mid-tuning.
 * Worded like `composure test`: `file:line rule-id expected to fire, got nothing — "text"`.
 */
export function exampleWarnings(engine: ComposureEngine, pack: LoadedPack): string[] {
  const ids = new Set(pack.rules.map((rule) => rule.id));
  const own: ComposureEngine = { ...engine, rules: { ...engine.rules, rules: engine.rules.rules.filter((rule) => ids.has(rule.id)) } };
  return runRuleExamples(own)
    .filter((outcome) => !outcome.passed)
    .map((outcome) => {
      const where = `${outcome.example.at.file}${outcome.example.at.line ? `:${outcome.example.at.line}` : ''}`;
      const expected = outcome.example.expect === 'trigger' ? 'to fire' : 'not to fire';
      const got = outcome.fired.length ? `fired: ${outcome.fired.join(', ')}` : 'nothing fired';
      return `${where} ${outcome.rule.id} expected ${expected}, ${got} — ${exampleText(outcome.example.example)}`;
    });
}

export function exampleText(example: RuleExample): string {
  if (typeof example === 'string') return `"${example}"`;
  return example.turns
    .map((turn) => (turn.typing ? '(customer typing)' : turn.customer !== undefined ? `customer: ${turn.customer}` : turn.agent !== undefined ? `agent: ${turn.agent}` : turn.draft !== undefined ? `draft: ${turn.draft}` : `system: ${turn.system ?? ''}`))
    .join(' / ');
}
