// `composure lint [DIR]`: every problem in every rule file, each naming file, line and field.
import { readFileSync } from 'node:fs';
import { buildRuleSet, isRemediesFile, lintPacks, loadRulePackYaml, parseRemedyCatalogue, REQUIRED_SIGNALS, RuleFileError, RuleFileErrors } from '../engine';
import { displayPath, ruleFilesIn } from './loadRules';
import { parseArgs } from './options';

export function lintCommand(args: string[], bundledRules: string): number {
  const { positional } = parseArgs(args, []);
  const dir = positional[0] ?? bundledRules;
  const problems: string[] = [];
  const packs = [];
  const files = ruleFilesIn(dir);
  for (const path of files) {
    const name = displayPath(path);
    try {
      const text = readFileSync(path, 'utf8');
      if (isRemediesFile(path)) parseRemedyCatalogue(text, name);
      else packs.push(loadRulePackYaml(text, name));
    } catch (e) {
      if (e instanceof RuleFileErrors) problems.push(...e.errors.map((x) => x.message));
      else if (e instanceof RuleFileError || (e instanceof Error && e.message.startsWith(name))) problems.push(e.message);
      else throw e;
    }
  }
  const crossFile = crossFileProblems(packs);
  problems.push(...crossFile.problems);
  for (const p of problems) process.stdout.write(`${p}\n`);
  for (const n of crossFile.notes) process.stdout.write(`${n}\n`);
  const rules = packs.reduce((n, p) => n + p.rules.length, 0);
  process.stdout.write(problems.length === 0 ? `${files.length} files, ${rules} rules: no problems\n` : `${problems.length} problem(s)\n`);
  return problems.length === 0 ? 0 : 1;
}

/**
 * Problems only visible across files: signals the checks rely on or name, and the traps of
 * ../engine/rules/lintRules. A rule id repeated in a later file is not a problem: the later
 * rule overrides the earlier one, as in the engine (a note says so, in case it was a slip).
 */
function crossFileProblems(packs: ReturnType<typeof loadRulePackYaml>[]): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const firstSeen = new Map<string, string>();
  for (const pack of packs) {
    if (pack.written.version === 1) notes.push(`${pack.file}: note: a version 1 file, read as version 2 (its \`words\` | chose one word at one position); \`composure migrate ${pack.file}\` writes that meaning out`);
    for (const rule of pack.rules) {
      const where = `${rule.at.file}${rule.at.line ? `:${rule.at.line}` : ''}`;
      const earlier = firstSeen.get(rule.id);
      if (earlier) notes.push(`${where}: note: rule ${rule.id} overrides the one at ${earlier}`);
      firstSeen.set(rule.id, where);
    }
  }
  if (packs.length > 0) {
    const signals = buildRuleSet(packs).signals;
    for (const name of REQUIRED_SIGNALS) if (!signals.has(name)) problems.push(`${packs[0]!.file}: signals.${name}: missing — the behaviour checks need it`);
    problems.push(...lintPacks(packs, new Set(signals.keys())));
  }
  return { problems, notes };
}
