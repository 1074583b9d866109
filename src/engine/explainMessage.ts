// "Why did this fire — and why not?" for one message: which rules and which of their patterns
// matched which words, what an `unless` excepted, what held a match back (the anger gate, a
// `when`), what drove the anger score, and the patterns that came closest without matching.
// Shared by `composure explain` and the options page's playground.
import { analyzeText } from './analyzeText';
import type { ComposureEngine } from './engine';
import type { AngerContribution, Flag } from './types';
import { WordAutomaton } from './rules/automaton';
import type { CompiledMatcher } from './rules/matcher';
import { parsePattern } from './rules/patternSyntax';
import { ruleTokensOf } from './rules/ruleTokens';
import type { CompiledRule, PatternHit } from './rules/types';

export interface RuleExplanation {
  rule: CompiledRule;
  /** fired; matched but excepted by `unless`; matched but held back; (checks) fired without patterns. */
  status: 'fired' | 'excepted' | 'held back';
  hits: PatternHit[];
  exceptions: PatternHit[];
  /** Why a match did not raise a flag. */
  reason?: string;
}

export interface NearMiss {
  rule: string;
  index: number;
  source: string;
  /** Pattern words matched in a row, of the fewest a match needs. */
  got: number;
  of: number;
  /** The message's words that attempt matched. */
  words: string;
}

export interface MessageExplanation {
  speaker: 'customer' | 'agent';
  /** The message as patterns read it (folded tokens). */
  tokens: string[];
  anger: number;
  angry: boolean;
  threshold: number;
  contributions: AngerContribution[];
  flags: Flag[];
  rules: RuleExplanation[];
  nearMisses: NearMiss[];
}

const NEAR_MISSES = 5;

export function explainMessage(engine: ComposureEngine, message: string, speaker: 'customer' | 'agent' = 'customer'): MessageExplanation {
  const conversation = engine.startConversation({ id: 'explain' });
  const result = conversation.addTurn({ speaker, text: message, at: Date.UTC(2026, 0, 6, 10) });
  const text = analyzeText(message);
  const fired = new Set(result.flags.map((f) => f.rule));
  const threshold = engine.rules.settings.angryThreshold;
  const rules: RuleExplanation[] = [];
  const misses: NearMiss[] = [];
  for (const rule of engine.rules.rules) {
    if (rule.speaker !== 'any' && rule.speaker !== speaker) continue;
    const hits = rule.match?.hits?.(text) ?? [];
    if (hits.length === 0) {
      if (fired.has(rule.id)) rules.push({ rule, status: 'fired', hits, exceptions: [] });
      else if (rule.match && 'spec' in rule.match) misses.push(...nearMisses(rule, rule.match as CompiledMatcher, message));
      continue;
    }
    const exceptions = rule.unless?.hits?.(text) ?? [];
    if (fired.has(rule.id)) rules.push({ rule, status: 'fired', hits, exceptions });
    else if (exceptions.length > 0) rules.push({ rule, status: 'excepted', hits, exceptions });
    else rules.push({ rule, status: 'held back', hits, exceptions, reason: heldBackReason(rule, result.anger, threshold) });
  }
  misses.sort((a, b) => b.got / b.of - a.got / a.of || b.got - a.got);
  return {
    speaker,
    tokens: ruleTokensOf(text).texts,
    anger: result.anger,
    angry: result.angry,
    threshold,
    contributions: result.explain ?? [],
    flags: result.flags,
    rules,
    nearMisses: misses.slice(0, NEAR_MISSES),
  };
}

function heldBackReason(rule: CompiledRule, anger: number, threshold: number): string {
  if (rule.category === 'anger' && anger < threshold) return `anger cues raise a flag only on an angry message (anger ${anger.toFixed(2)} is below ${threshold}); the cue's weight still counted`;
  if (rule.when) return `its when: conditions do not hold (${JSON.stringify(rule.when)})`;
  return 'the conversation so far does not call for it';
}

/** The rule's patterns that matched part of the message, by how much of them matched. */
function nearMisses(rule: CompiledRule, matcher: CompiledMatcher, message: string): NearMiss[] {
  const tokens = ruleTokensOf(analyzeText(message));
  const out: NearMiss[] = [];
  (matcher.spec.patterns ?? []).forEach((source, index) => {
    const attempt = new WordAutomaton(parsePattern(source)).closest(tokens);
    // One word is chance ("i", "we"); two words and a third of the pattern is a near miss worth showing.
    if (attempt.words < 2 || attempt.words >= attempt.of || attempt.words * 3 < attempt.of) return;
    out.push({ rule: rule.id, index, source, got: attempt.words, of: attempt.of, words: tokens.texts.slice(attempt.start, attempt.end).join(' ') });
  });
  return out;
}
