// `composure test [DIR]`: runs every example embedded in the rule files — rules' and signals' —
// and says which pattern each example exercised, so a QA lead sees that every pattern is tested.
import { createEngine, exercisedBy, type PatternHit, runRuleExamples, runSignalExamples } from '../engine';
import { loadRulesDir } from './loadRules';
import { parseArgs } from './options';

export function testCommand(args: string[], bundledRules: string): number {
  const { positional, switches } = parseArgs(args, [], ['quiet']);
  const { packs, remedies } = loadRulesDir(positional[0] ?? bundledRules);
  const engine = createEngine(packs, { remedies });
  const outcomes = runRuleExamples(engine);
  const quiet = switches.has('quiet');
  let failed = 0;
  let passed = 0;
  for (const o of outcomes) {
    const where = `${o.example.at.file}:${o.example.at.line ?? '?'}`;
    if (o.passed) {
      passed++;
      // A trigger example tells which of the rule's patterns it exercised (a check has none).
      if (!quiet && o.example.expect === 'trigger') process.stdout.write(`ok ${where} ${o.rule.id} ← ${exercised(exercisedBy(o.rule, o.example.example), o.rule.check)}\n`);
      continue;
    }
    failed++;
    const expected = o.example.expect === 'trigger' ? 'to fire' : 'not to fire';
    const got = o.fired.length ? `fired: ${o.fired.join(', ')}` : 'nothing fired';
    process.stdout.write(`${where} ${o.rule.id} expected ${expected}, got ${got}  — ${describe(o.example.example)}\n`);
  }
  for (const o of runSignalExamples(engine, packs)) {
    const where = `${o.at.file}:${o.at.line ?? '?'}`;
    if (o.passed) {
      passed++;
      if (!quiet && o.expect === 'trigger') process.stdout.write(`ok ${where} signals.${o.signal} ← ${exercised(o.hits)}\n`);
      continue;
    }
    failed++;
    const expected = o.expect === 'trigger' ? 'to catch' : 'not to catch';
    const got = o.hits.length ? `caught by ${exercised(o.hits)}` : 'nothing caught it';
    process.stdout.write(`${where} signals.${o.signal} expected ${expected}, got ${got}  — ${describe(o.text)}\n`);
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

function exercised(hits: PatternHit[], check?: string): string {
  if (hits.length === 0) return check ? `check ${check}` : 'no pattern (fired on the conversation)';
  return hits.map((h) => `${h.field}[${h.index}] ${JSON.stringify(h.source)} on "${h.evidence}"`).join('; ');
}

function describe(example: unknown): string {
  if (typeof example === 'string') return JSON.stringify(example.length > 70 ? `${example.slice(0, 67)}...` : example);
  const turns = (example as { turns: Record<string, unknown>[] }).turns;
  const last = turns[turns.length - 1]!;
  const [speaker, text] = Object.entries(last).find(([k]) => k !== 'after') ?? ['?', ''];
  return `chat of ${turns.length} turns ending ${speaker}: ${JSON.stringify(String(text).slice(0, 60))}`;
}
