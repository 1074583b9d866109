// Rule packs as written (rules/*.yaml, policy JSON) and as compiled for the engine.
import type { FlagCategory, Severity, SuggestionKind } from '../types';
import type { AnalyzedText } from '../analyzeText';

export interface MatchSpec {
  phrases?: string[];
  words?: string[];
  regex?: string[];
  caps?: number;
  exclamations?: number;
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
  version: 1;
  pack?: string;
  description?: string;
  settings?: EngineSettings;
  signals?: Record<string, MatchSpec>;
  rules?: RuleSpec[];
}

/** Where something was written, for error messages and `composure test` output. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/** A compiled match spec: returns the matched words (evidence) or null. */
export interface Matcher {
  test(text: AnalyzedText): string | null;
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
