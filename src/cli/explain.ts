// `composure explain [--rules DIR] [--agent] [--json] TEXT` (docs/interfaces.md §2): for one message,
// which rules and patterns matched which words, what was excepted, what drove the anger score,
// and which patterns came close — for a QA lead asking "why did this fire / why not".
import { createEngine, explainMessage, type MessageExplanation, type PatternHit } from '../engine';
import { UsageError } from './errors';
import { loadRulesDir } from './loadRules';
import { parseArgs } from './options';

export function explainCommand(args: string[], bundledRules: string): number {
  const { positional, options, switches } = parseArgs(args, ['rules'], ['agent', 'json']);
  const message = positional.join(' ').trim();
  if (message === '') throw new UsageError('explain needs the message to explain, e.g. composure explain "I\'m calling my lawyer"');
  const { packs, remedies } = loadRulesDir(options.get('rules') ?? bundledRules);
  const explanation = explainMessage(createEngine(packs, { remedies }), message, switches.has('agent') ? 'agent' : 'customer');
  process.stdout.write(switches.has('json') ? `${JSON.stringify(asJson(explanation))}\n` : asText(message, explanation));
  return 0;
}

function asText(message: string, e: MessageExplanation): string {
  const lines: string[] = [];
  lines.push(`${e.speaker} message: ${JSON.stringify(message)}`);
  lines.push(`read as: ${e.tokens.join(' ')}`);
  if (e.speaker === 'customer') lines.push(`anger: ${e.anger.toFixed(2)} (${e.angry ? 'angry' : 'not angry'}; threshold ${e.threshold})`);
  if (e.contributions.length > 0) lines.push(`  driven by: ${e.contributions.map((c) => `${c.feature} ${c.weight >= 0 ? '+' : ''}${c.weight.toFixed(2)}`).join(', ')}`);
  const section = (title: string, status: string) => {
    const rules = e.rules.filter((r) => r.status === status);
    if (rules.length === 0) return;
    lines.push('', title);
    for (const r of rules) {
      lines.push(`  ${r.rule.id} (${r.rule.severity}) ${r.rule.at.file}${r.rule.at.line ? `:${r.rule.at.line}` : ''}`);
      if (r.hits.length === 0 && r.rule.check) lines.push(`    check ${r.rule.check}`);
      for (const h of r.hits) lines.push(`    match.${hitText(h)}`);
      for (const h of r.exceptions) lines.push(`    excepted by unless.${hitText(h)}`);
      if (r.reason) lines.push(`    held back: ${r.reason}`);
    }
  };
  section('fired:', 'fired');
  section('matched, but excepted by unless:', 'excepted');
  section('matched, but held back:', 'held back');
  if (!e.rules.some((r) => r.status === 'fired')) lines.push('', 'fired: nothing');
  if (e.nearMisses.length > 0) {
    lines.push('', 'nearest patterns that did not match:');
    for (const m of e.nearMisses) lines.push(`  ${m.rule} patterns[${m.index}] ${JSON.stringify(m.source)}: ${m.got} of ${m.of} words, on "${m.words}"`);
  }
  return `${lines.join('\n')}\n`;
}

function hitText(h: PatternHit): string {
  return `${h.field}[${h.index}] ${JSON.stringify(h.source)} on "${h.evidence}"`;
}

function asJson(e: MessageExplanation) {
  return {
    speaker: e.speaker,
    tokens: e.tokens,
    anger: e.anger,
    angry: e.angry,
    explain: e.contributions,
    flags: e.flags.map((f) => f.rule),
    rules: e.rules.map((r) => ({ rule: r.rule.id, status: r.status, at: r.rule.at, hits: r.hits, exceptions: r.exceptions, ...(r.reason ? { reason: r.reason } : {}) })),
    nearMisses: e.nearMisses,
  };
}
