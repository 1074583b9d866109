// Rule packs as written (rules/*.yaml, policy JSON) and as compiled for the engine.
import type { FlagCategory, Severity, SuggestionKind } from '../types';
import type { AnalyzedText } from '../analyzeText';

/** What a rule or signal looks for (version 2): any one entry matching is a match. */
export interface MatchSpec {
  /** Word patterns (./patternSyntax): plain phrases and patterns with choices alike. */
  patterns?: string[];
  regex?: string[];
  caps?: number;
  exclamations?: number;
}

/** Version 1's match block: `phrases` and `words` had different tokens and symbols (./migrateV1). */
export interface MatchSpecV1 {
  phrases?: string[];
  words?: string[];
  regex?: string[];
  caps?: number;
  exclamations?: number;
}

/** A signal: a match block, with examples of what it catches (version 2). */
export interface SignalSpec extends MatchSpec {
  examples?: { trigger: string[]; ignore?: string[] };
}

/** Which entry of a match block matched, and on which words. */
export interface PatternHit {
  field: 'patterns' | 'regex' | 'caps' | 'exclamations';
  index: number;
  source: string;
  evidence: string;
}

export interface RangeSpec {
  min?: number;
  max?: number;
}

export interface ExampleTurn {
  customer?: string;
  agent?: string;
  system?: string;
  draft?: string;
  typing?: 'customer';
  after?: number;
}

export type RuleExample = string | { customer?: string; turns: ExampleTurn[] };

export interface RuleSpec {
  id: string;
  category: FlagCategory;
  severity?: Severity;
  speaker?: 'customer' | 'agent' | 'any';
  playbook?: number;
  description?: string;
  enabled?: boolean;
  match?: MatchSpec;
  unless?: MatchSpec;
  when?: { anger?: RangeSpec; level?: RangeSpec; sentiment?: RangeSpec; turn?: RangeSpec };
  weight?: number;
  check?: string;
  params?: Record<string, unknown>;
  message: string;
  suggest?: { kind: SuggestionKind; text: string[] }[];
  examples: { trigger: RuleExample[]; ignore: RuleExample[] };
}

export interface EngineSettings {
  angryThreshold?: number;
  levelSmoothing?: number;
  trendDelta?: number;
  heatedLevel?: number;
}

export interface RulePackSpec {
  version: 2;
  pack?: string;
  description?: string;
  settings?: EngineSettings;
  signals?: Record<string, SignalSpec>;
  rules?: RuleSpec[];
}

/** A version 1 file as written; loaded by migrating it to version 2 (./migrateV1). */
export interface RulePackSpecV1 {
  version: 1;
  pack?: string;
  description?: string;
  settings?: EngineSettings;
  signals?: Record<string, MatchSpecV1>;
  rules?: (Omit<RuleSpec, 'match' | 'unless'> & { match?: MatchSpecV1; unless?: MatchSpecV1 })[];
}

/** Where something was written, for error messages and `composure test` output. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/** A compiled match spec: returns the matched words (evidence) or null. */
export interface Matcher {
  test(text: AnalyzedText): string | null;
  /** Every entry that matches, for `composure test` and `composure explain`. */
  hits?(text: AnalyzedText): PatternHit[];
}

export interface CompiledExample {
  example: RuleExample;
  expect: 'trigger' | 'ignore';
  at: SourceLocation;
}

export interface CompiledRule {
  id: string;
  category: FlagCategory;
  severity: Severity;
  speaker: 'customer' | 'agent' | 'any';
  playbook?: number;
  description?: string;
  enabled: boolean;
  match?: Matcher;
  unless?: Matcher;
  when?: RuleSpec['when'];
  weight?: number;
  check?: string;
  params: Record<string, unknown>;
  message: string;
  suggest: { kind: SuggestionKind; text: string[] }[];
  examples: CompiledExample[];
  at: SourceLocation;
}

export interface RuleSet {
  rules: CompiledRule[];
  signals: Map<string, Matcher>;
  settings: Required<EngineSettings>;
}
