// Runs every example embedded in the rules (LanguageTool-style): a rule's examples are its
// tests. Each example is played through a fresh conversation with the whole rule set, so a
// rule is tested in the company it will keep, and judged on the example's last turn.
import { analyzeText } from './analyzeText';
import type { ComposureEngine } from './engine';
import type { Turn } from './types';
import type { LoadedPack } from './rules/loadRulePack';
import type { CompiledExample, CompiledRule, ExampleTurn, PatternHit, RuleExample, SourceLocation } from './rules/types';

export interface ExampleOutcome {
  rule: CompiledRule;
  example: CompiledExample;
  passed: boolean;
  /** Rules that fired on the judged turn. */
  fired: string[];
}

// Example chats have no clock; turns are spaced like a calm live chat unless `after` says so.
const EXAMPLE_START = Date.UTC(2026, 0, 6, 10, 0, 0);
const DEFAULT_GAP_SECONDS = 30;

export function runRuleExamples(engine: ComposureEngine): ExampleOutcome[] {
  const outcomes: ExampleOutcome[] = [];
  for (const rule of engine.rules.rules) {
    for (const example of rule.examples) {
      const fired = firedOnLastTurn(engine, rule, example.example);
      const didFire = fired.includes(rule.id);
      outcomes.push({ rule, example, fired, passed: didFire === (example.expect === 'trigger') });
    }
  }
  return outcomes;
}

function firedOnLastTurn(engine: ComposureEngine, rule: CompiledRule, example: RuleExample): string[] {
  const { customerName, turns } = exampleTurns(rule, example);
  const conversation = engine.startConversation({ id: `example:${rule.id}`, customer: customerName ? { name: customerName } : undefined });
  let fired: string[] = [];
  turns.forEach((turn, i) => {
    const isLast = i === turns.length - 1;
    const result = turn.draft ? conversation.previewDraft(turn.text ?? '', turn.at as number) : conversation.addTurn(turn);
    if (isLast) fired = result.flags.map((f) => f.rule);
  });
  return fired;
}

export function exampleTurns(rule: CompiledRule, example: RuleExample): { customerName?: string; turns: Turn[] } {
  if (typeof example === 'string') {
    const speaker = rule.speaker === 'any' ? 'customer' : rule.speaker;
    return { turns: [{ speaker, text: example, at: EXAMPLE_START }] };
  }
  let at = EXAMPLE_START;
  const turns = example.turns.map((t, i) => {
    if (i > 0) at += (t.after ?? DEFAULT_GAP_SECONDS) * 1000;
    return toTurn(t, at);
  });
  return { customerName: example.customer, turns };
}

function toTurn(t: ExampleTurn, at: number): Turn & { draft?: boolean } {
  if (t.typing) return { speaker: 'customer', typing: true, at };
  if (t.draft !== undefined) return { speaker: 'agent', text: t.draft, at, draft: true };
  if (t.customer !== undefined) return { speaker: 'customer', text: t.customer, at };
  if (t.agent !== undefined) return { speaker: 'agent', text: t.agent, at };
  return { speaker: 'system', text: t.system ?? '', at };
}

/** The words an example's judged turn gives the rule's patterns: which entries matched it. */
export function exercisedBy(rule: CompiledRule, example: RuleExample): PatternHit[] {
  const { turns } = exampleTurns(rule, example);
  const last = turns[turns.length - 1];
  if (!rule.match?.hits || !last || last.text === undefined) return [];
  return rule.match.hits(analyzeText(last.text));
}

export interface SignalExampleOutcome {
  signal: string;
  text: string;
  expect: 'trigger' | 'ignore';
  at: SourceLocation;
  passed: boolean;
  hits: PatternHit[];
}

/**
 * Signals' own examples (version 2 `signals.<name>.examples`), each tested on the signal as the
 * rule set merged it from every file: a team's signal words are tested with the bundled ones.
 */
export function runSignalExamples(engine: ComposureEngine, packs: readonly LoadedPack[]): SignalExampleOutcome[] {
  const outcomes: SignalExampleOutcome[] = [];
  for (const pack of packs) {
    for (const [signal, spec] of Object.entries(pack.spec.signals ?? {})) {
      const matcher = engine.rules.signals.get(signal);
      for (const expect of ['trigger', 'ignore'] as const) {
        (spec.examples?.[expect] ?? []).forEach((text, i) => {
          const hits = matcher?.hits?.(analyzeText(text)) ?? [];
          const { line } = pack.locate(['signals', signal, 'examples', expect, i]);
          outcomes.push({ signal, text, expect, at: { file: pack.file, line }, passed: hits.length > 0 === (expect === 'trigger'), hits });
        });
      }
    }
  }
  return outcomes;
}
