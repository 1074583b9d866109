// How a detector plugs into the engine: one file per flag category, each exporting one
// `defineDetector({...})`, listed in ./index.ts. A detector owns its category's behaviour
// checks (rules with `check:`), decides when its open flags are resolved, and proposes the
// suggestions its part of the playbook calls for. Phrase rules (`match:`) need no code.
import type { AnalyzedText } from '../analyzeText';
import type { ConversationState, SuggestionState } from '../conversation/state';
import type { CompiledRule, RuleSet } from '../rules/types';
import type { FlagCategory, Mood, Speaker, Suggestion, SuggestionKind } from '../types';
import type { SuggestionCatalogue } from '../suggestionCatalogue';

export interface TurnContext {
  index: number;
  speaker: Speaker;
  /** Epoch ms of the turn, or the latest known time when the turn has none. */
  at?: number;
  /** True when the turn is the agent's unsent draft. */
  draft: boolean;
  /** Analysis of the text (absent for typing events). */
  text?: AnalyzedText;
  /** This turn's anger score (customer turns) and whether it crosses the threshold. */
  anger: number;
  angry: boolean;
  /** How upset the customer is at this turn (customer turns; 0 otherwise). */
  frustration: number;
  /** `angry` (hostile), `frustrated` (upset) or `calm`: what the checks for an upset customer read. */
  mood: Mood;
  /**
   * The mood of this message's own words, without what the conversation remembers: "Yes,
   * exactly." after an outburst reads `frustrated` as a mood, but it is no new complaint.
   */
  ownMood: Mood;
  /** Ids of the cue rules (anger weights) that matched this turn. */
  cues: readonly string[];
  /** State before this turn: checks judge the turn against what came before it. */
  state: ConversationState;
  rules: RuleSet;
  catalogue: SuggestionCatalogue;
  /** Tests a named signal (rules/*.yaml `signals:`) on this turn's text; memoised per turn. */
  signal(name: string): string | null;
}

/** A check's verdict: the evidence words, `true` when it fired without words, or null. */
export type CheckResult = string | true | null;
export type Check = (ctx: TurnContext, rule: CompiledRule) => CheckResult;

export interface SuggestContext {
  state: SuggestionState;
  rules: RuleSet;
  catalogue: SuggestionCatalogue;
  /** Rules of the detector's category, for their suggestion templates. */
  categoryRules: CompiledRule[];
  /**
   * Fills a template's slots and picks a phrasing that rotates turn by turn. Templates come from
   * `fromRules` (default: the category's rules) and `fallback` only when those have none.
   */
  phrase(kind: SuggestionKind, fallback: readonly string[], slots?: Record<string, string | undefined>, fromRules?: readonly CompiledRule[]): Suggestion | undefined;
}

export interface Detector {
  category: FlagCategory;
  /** The playbook step (docs/playbook.md) a flag of this category stands for, unless its rule says otherwise. */
  playbook: number;
  checks?: Record<string, Check>;
  /** Anger-style gate: phrase rules of this category fire only when this holds. */
  gate?: (ctx: TurnContext) => boolean;
  /** Whether this (committed) turn closes this category's open flags. */
  resolves?: (ctx: TurnContext) => boolean;
  suggest?: (ctx: SuggestContext) => Suggestion[];
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}
