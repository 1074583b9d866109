// How a detector plugs into the engine: one file per flag category, each exporting one
// `defineDetector({...})`, listed in ./index.ts (docs/detectors.md walks through adding one).
// A detector declares everything about its category: what it remembers of the conversation
// (`state`) and how a committed turn updates it, its behaviour checks (rules with `check:`)
// with their typed params, the signals they need, the suggestion kinds its rules may template,
// when its open flags are resolved, how urgent they are and which cards answer them, the
// suggestions its part of the playbook calls for, and a line of docs. Phrase rules (`match:`)
// need no code. The schema's lists, what rule loading, lint and the side panel know
// (../detectorCatalogue.ts) and README's tables are generated from these declarations
// (scripts/generate-registry.ts).
import type { AnalyzedText } from '../analyzeText';
import type { ConversationState, SuggestionState } from '../conversation/state';
import type { ParamType } from '../checkParams';
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

type ParamValue<T extends ParamType> = T extends 'number' ? number : T extends 'signal' ? string : readonly string[];
export type ParamTypes = Readonly<Record<string, ParamType>>;
/** A rule's params as a check reads them: each optional, of its declared type. */
export type ParamsOf<P extends ParamTypes> = { readonly [K in keyof P]?: ParamValue<P[K]> };

export interface Check<P extends ParamTypes = ParamTypes> {
  /** The params the check reads, and their types: any other name, or a wrong type, is a rule file error. */
  params: P;
  /** What it flags, in one line (README's table of checks). */
  docs: string;
  run(ctx: TurnContext, params: ParamsOf<P>, rule: CompiledRule): CheckResult;
  /**
   * Read only when no rule of a rewording category flagged the message: a backstop for the
   * wordings the lists have not met (one flag and one reframe per message, not two).
   */
  backstop?: boolean;
}

/** A check with its params' types inferred from their declaration. */
export function check<const P extends ParamTypes>(spec: Check<P>): Check<P> {
  return spec;
}

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
  /**
   * A card of `kind` from the category's templates (or `fallback`), rotated turn by turn; with
   * `fits`, only templates it accepts, unless none does (then any, or with `onlyFitting` none).
   */
  phrase(
    kind: SuggestionKind,
    fallback: readonly string[],
    slots?: Record<string, string | undefined>,
    fromRules?: readonly CompiledRule[],
    fits?: (template: string) => boolean,
    onlyFitting?: boolean,
  ): Suggestion | undefined;
}

/**
 * What a detector remembers of the conversation, beyond the shared facts every detector reads
 * (`ConversationState`: turns, the customer's name, messages and typing, the anger level).
 * Replaced, never mutated: a turn's suggestions read the state as that turn left it.
 */
export interface OwnState<S extends object> {
  initial(): S;
  /**
   * The state after a committed turn (not a draft), once every check has judged it: `own` itself
   * when the turn changes nothing, else a new object. `ctx` still shows the shared state as it
   * was before the turn, like the checks see it.
   */
  fold(own: Readonly<S>, ctx: TurnContext): S;
}

export interface DetectorSpec<S extends object> {
  category: FlagCategory;
  /** The playbook step (docs/playbook.md) a flag of this category stands for, unless its rule says otherwise. */
  playbook: number;
  /** What the category is about, in one line. */
  docs: string;
  state?: OwnState<S>;
  checks?: Record<string, Check>;
  /** The signals (rules/*.yaml `signals:`) the checks and the fold cannot do without: lint requires them. */
  signals?: readonly string[];
  /** The suggestion kinds `suggest` takes from the category's rules (`suggest:`): any other is a rule file error. */
  shows?: readonly SuggestionKind[];
  /**
   * Its flags on an agent message call for a reframe of that message (conversation/toneProblem.ts);
   * on a draft, before anything else but a breather or an escalation (../nextStep.ts).
   */
  rewords?: boolean;
  /**
   * How soon its flag wants acting on when several are open (../nextStep.ts): 0 first. A flag on
   * a draft that `rewords` comes at 2 whatever this says.
   */
  urgency: number;
  /** The cards that answer its flag, best first (../nextStep.ts), besides one its own rule wrote. */
  answeredBy: readonly SuggestionKind[];
  /** Anger-style gate: phrase rules of this category fire only when this holds. */
  gate?: (ctx: TurnContext) => boolean;
  /** Whether this (committed) turn closes this category's open flags. */
  resolves?: (ctx: TurnContext) => boolean;
  suggest?: (ctx: SuggestContext) => Suggestion[];
}

export interface Detector<S extends object = object> extends DetectorSpec<S> {
  /** Where a conversation keeps its `state` among the detectors' states (-1: it keeps none). */
  slot: number;
  /** This detector's own state in a conversation's (or a snapshot's) state. */
  stateOf(state: Pick<SuggestionState, 'detectors'>): S;
}

// Each detector that keeps a state gets its own place in a conversation's list of states.
let slots = 0;

export function defineDetector<S extends object = object>(spec: DetectorSpec<S>): Detector<S> {
  const slot = spec.state ? slots++ : -1;
  // Every detector gets every field, in one order: the engine reads them per rule and per turn,
  // and one object shape keeps those reads fast.
  return {
    category: spec.category,
    playbook: spec.playbook,
    docs: spec.docs,
    urgency: spec.urgency,
    answeredBy: spec.answeredBy,
    state: spec.state,
    checks: spec.checks,
    signals: spec.signals,
    shows: spec.shows,
    rewords: spec.rewords,
    gate: spec.gate,
    resolves: spec.resolves,
    suggest: spec.suggest,
    slot,
    stateOf: (state) => state.detectors[slot] as S,
  };
}

// A rule's own templates are looked up after every turn while its flag is open: one list per id
// and rule set, so the phrasing's template cache (keyed by the list) finds it again.
const rulesById = new WeakMap<RuleSet, Map<string, readonly CompiledRule[]>>();

/** The rules of `rules` with this id (as `rules.rules.filter`), the same list on every call. */
export function rulesWithId(rules: RuleSet, id: string): readonly CompiledRule[] {
  let byId = rulesById.get(rules);
  if (!byId) rulesById.set(rules, (byId = new Map()));
  let found = byId.get(id);
  if (!found) byId.set(id, (found = rules.rules.filter((r) => r.id === id)));
  return found;
}

const NO_TEMPLATES: readonly CompiledRule[] = [];

/**
 * A card in the product's own wording, never the category rules' templates (rotated like any
 * other), as a list: empty when none fits. `rule` names the card where no rule's id does.
 */
export function ownWording(s: SuggestContext, kind: SuggestionKind, wording: readonly string[], rule?: string): Suggestion[] {
  const card = s.phrase(kind, wording, {}, NO_TEMPLATES);
  if (!card) return [];
  return [rule === undefined ? card : { ...card, rule }];
}
