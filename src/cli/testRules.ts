// `composure test [DIR]`: runs every example embedded in the rule files.
import { createEngine } from '../engine/engine';
import { runRuleExamples } from '../engine/rules/runExamples';
import { loadRulesDir } from './loadRules';
import { parseArgs } from './options';

export function testCommand(args: string[], bundledRules: string): number {
  const { positional } = parseArgs(args, []);
  const { packs, remedies } = loadRulesDir(positional[0] ?? bundledRules);
  const outcomes = runRuleExamples(createEngine(packs, { remedies }));
  let failed = 0;
  for (const o of outcomes) {
    if (o.passed) continue;
    failed++;
    const where = `${o.example.at.file}:${o.example.at.line ?? '?'}`;
    const expected = o.example.expect === 'trigger' ? 'to fire' : 'not to fire';
    const got = o.fired.length ? `fired: ${o.fired.join(', ')}` : 'nothing fired';
    process.stdout.write(`${where} ${o.rule.id} expected ${expected}, got ${got}  — ${describe(o.example.example)}\n`);
  }
  process.stdout.write(`${outcomes.length - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

function describe(example: unknown): string {
  if (typeof example === 'string') return JSON.stringify(example.length > 70 ? `${example.slice(0, 67)}...` : example);
  const turns = (example as { turns: Record<string, unknown>[] }).turns;
  const last = turns[turns.length - 1]!;
  const [speaker, text] = Object.entries(last).find(([k]) => k !== 'after') ?? ['?', ''];
  return `chat of ${turns.length} turns ending ${speaker}: ${JSON.stringify(String(text).slice(0, 60))}`;
}
