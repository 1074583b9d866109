// One live conversation: each turn is read once, scored, judged by the detectors against the
// state before it, then folded into the state. Nothing is ever re-read, so turn 5,000 costs
// what turn 50 costs.
import { analyzeAgentLine, analyzeTextFully, type AnalyzedText } from '../analyzeText';
import { scoreAngerLazily, type AngerCueHit } from '../anger';
import { explainAnger } from '../anger/drivers';
import { moodOf, scoreFrustration, type FrustrationScore } from '../mood';
import type { Conversation, ConversationInfo } from '../api';
import { DETECTOR_BY_CATEGORY, DETECTORS, REWORDING } from '../detectors';
import type { Check, Detector, ParamsOf, ParamTypes, TurnContext } from '../detectors/types';
import type { CompiledRule, RuleSet } from '../rules/types';
import type { SuggestionCatalogue } from '../suggestionCatalogue';
import { namesDay, parseAt } from '../time';
import { SPEAKERS, type AngerContribution, type AngerLevel, type Flag, type Mood, type MoodContribution, type Suggestion, type Turn, type TurnResult } from '../types';
import { headerIsThem, nameFrom } from '../conversation/customerName';
import { createState, snapshotForSuggestions, type ConversationState, type SuggestionState } from '../conversation/state';
import { composeSuggestions, IGNORED_AFTER_MESSAGES, proposeSuggestions, shownSuggestions } from './suggest';
import { foldTurn } from './foldTurn';
import { lazyTurnResult } from './lazyTurnResult';
import { reframeContextOf, toneProblemOf } from '../conversation/toneProblem';
import { agentCuesOf, carriesTheCaseOn, type ReadBack, type ReframeCategory } from '../suggestions';

interface RuleIndex {
  byCategory: Map<string, CompiledRule[]>;
  /** Per speaker, the rules that can fire on their turns with their detector, in flagging order. */
  bySpeaker: Map<string, NumberedRule[]>;
  /** Customer rules with a weight and a match: the anger model's cues. */
  angerCues: { rule: CompiledRule; n: number }[];
  /** The agent's rules a reframe must not raise again: tone, admissions, promises. */
  reframeRules: NumberedRule[];
  /** Each rule's number, its slot in a `RuleMatches`. */
  numbers: Map<CompiledRule, number>;
}

/** A rule with its detector, its check and its number (its slot in a `RuleMatches`), looked up once. */
interface NumberedRule {
  rule: CompiledRule;
  detector: Detector;
  n: number;
  /** The detector's check the rule names, if it names one the detector has. */
  check: Check | undefined;
}

export function indexRules(rules: RuleSet): RuleIndex {
  const byCategory = new Map<string, CompiledRule[]>();
  for (const rule of rules.rules) {
    const list = byCategory.get(rule.category) ?? [];
    list.push(rule);
    byCategory.set(rule.category, list);
  }
  const numbers = new Map(rules.rules.map((rule, i) => [rule, i]));
  const angerCues = rules.rules
    .filter((r) => r.match && r.speaker !== 'agent' && (r.weight !== undefined || r.category === 'anger'))
    .map((rule) => ({ rule, n: numbers.get(rule)! }));
  // A turn is judged only by the rules for its speaker: most rules are for one side only.
  const rulesFor = (speaker: string) =>
    DETECTORS.flatMap((detector) =>
      (byCategory.get(detector.category) ?? [])
        .filter((rule) => rule.speaker === 'any' || rule.speaker === speaker)
        .map((rule): NumberedRule => ({ rule, detector, n: numbers.get(rule)!, check: rule.check ? detector.checks?.[rule.check] : undefined })),
    );
  const bySpeaker = new Map<string, NumberedRule[]>([...SPEAKERS, 'any'].map((speaker) => [speaker, rulesFor(speaker)]));
  const reframeRules = bySpeaker.get('agent')!.filter(({ rule }) => REWORDING.has(rule.category));
  return { byCategory, bySpeaker, angerCues, reframeRules, numbers };
}

export function createConversation(rules: RuleSet, index: RuleIndex, catalogue: SuggestionCatalogue, info: ConversationInfo = {}): Conversation {
  const state = createState(info, DETECTORS);
  const known = info.customer?.name ? nameFrom(info.customer.name, 'transcript') : undefined;
  if (known) state.name = known;

  // A reframe read as the agent's next message, by the rules that flag tone, admissions and
  // promises: only a flagged draft's reframe (and its parts) is ever read so.
  // Each reading's rule matches, kept from reading to reading (a new pass each): no map per turn.
  const turnMatches = new RuleMatches(index.numbers);
  const readBackMatches = new RuleMatches(index.numbers);
  // The draft-risk model (a backstop rule) judges the reframe of a message only the model flagged:
  // a rule's flag has rewrites written for it, which the model's reading of a half-mended
  // sentence would cut short ("…refund your order and pay the clinic bill" went whole).
  const backstopRules = new Set(index.reframeRules.filter((n) => n.check?.backstop).map((n) => n.rule.id));
  let readsBackstops = false;
  const readBack: ReadBack = (candidate) => {
    const text = analyzeAgentLine(candidate);
    const ctx = turnContext(state, rules, catalogue, { ...AGENT_LINE, index: state.nextIndex, at: state.lastAt, text });
    const matches = readBackMatches.next();
    const raised = new Set<ReframeCategory>();
    for (const numbered of index.reframeRules) {
      if (numbered.check?.backstop && !readsBackstops) continue;
      const category = numbered.rule.category as ReframeCategory;
      if (!raised.has(category) && evaluateRule(numbered, ctx, matches) !== null) raised.add(category);
    }
    return raised;
  };

  const levelOf = (): AngerLevel => ({
    level: round(state.anger.level),
    trend: state.anger.trend,
    peak: round(state.anger.peak),
    heatedLevel: rules.settings.heatedLevel,
    mood: state.anger.mood,
  });

  // The cards of the latest turn processed; undefined once the state changed otherwise (a name set).
  let current: (() => Suggestion[]) | undefined;
  // The latest turn's proposed cards, still read from the live state: settled (composed from a
  // copy of the state as that turn left it) before anything changes the state.
  let unsettled: TurnCards | undefined;
  const settle = () => {
    unsettled?.settle();
    unsettled = undefined;
  };

  function process(turn: Turn, draft: boolean): TurnResult {
    settle();
    const index_ = state.nextIndex;
    const at = parseAt(turn.at) ?? state.lastAt;
    // A customer message's facts and problem type are read from lemmas and entities: its full
    // reading is made upfront. Agent and system turns need tokens and sentences only (their
    // sentiment is read should a rule's `when` ask).
    const text = turn.typing || !turn.text ? undefined : turn.speaker === 'customer' ? analyzeTextFully(turn.text) : analyzeAgentLine(turn.text);
    const matches = turnMatches.next();
    const cues = turn.speaker === 'customer' && text ? matchingCues(text, index, matches) : [];
    const { score, contributions } = turn.speaker === 'customer' && text ? scoreAngerLazily(text, cues) : NOT_ANGRY;
    const angry = score >= rules.settings.angryThreshold;
    // Frustration reads the customer's message in its conversation; agents are never upset here.
    const frustration = turn.speaker === 'customer' && text ? scoreFrustration(text, score, state.moodMemory.contextOf()) : NOT_UPSET;
    const mood: Mood = turn.speaker === 'customer' ? moodOf(angry, frustration.score) : 'calm';
    const ownMood: Mood = turn.speaker === 'customer' ? moodOf(angry, frustration.message) : 'calm';
    const ctx = turnContext(state, rules, catalogue, {
      index: index_,
      speaker: turn.speaker,
      at,
      draft,
      text,
      anger: score,
      angry,
      frustration: frustration.score,
      mood,
      ownMood,
      cues: cues.map((c) => c.rule),
    });
    const flags = text ? raiseFlags(ctx, index, matches) : [];
    readsBackstops = flags.some((f) => backstopRules.has(f.rule));
    if (draft) {
      state.draftFlags = flags;
      state.draftToneProblem = text ? toneProblemOf(flags, text, readBack, () => reframeContextOf(state), REWORDING) : undefined;
      state.draftNamesDay = text !== undefined && namesDay(text.raw);
      state.draftText = text?.raw;
      state.draftDoes = text && whatTheDraftDoes(text, ctx);
    } else {
      foldTurn(state, ctx, flags, turn, readBack);
      // The mood model's memory: how upset this message read in its conversation, or the agent's line.
      if (text && turn.speaker === 'customer') state.moodMemory.rememberCustomer(text, frustration.score);
      else if (text && turn.speaker === 'agent') state.moodMemory.rememberAgent(text);
      state.nextIndex++;
      if (at !== undefined) state.lastAt = at;
      updateOpenFlags(state, ctx, flags);
    }
    // Composed when first read, from the state as this turn left it: a replay of hundreds of
    // turns reads only the latest suggestions (`suggestions()`), not every turn's.
    const cards = new TurnCards(state, rules, index.byCategory, catalogue);
    unsettled = cards;
    // The customer messages before this turn, whose cards this turn's may repeat.
    const before = state.proposedAfterCustomers;
    if (!draft && turn.speaker === 'customer' && text) state.proposedAfterCustomers = [...before.slice(1 - IGNORED_AFTER_MESSAGES), () => cards.read()];
    // What the panel shows now is this turn's cards: `suggestions()` reads them from here, so
    // they are composed once however often the panel asks, and serve as the next turns' `before`.
    const shown = once(() => shownSuggestions(cards.read(), before));
    current = shown;
    return lazyTurnResult(
      { turn: index_, speaker: turn.speaker, anger: round(score), angry, frustration: round(frustration.score), mood, flags },
      shown,
      levelOf(),
      state.name?.full,
      // Worked out when read: a replay reads the explanations of few turns.
      turn.speaker === 'customer' && text ? () => explainTurn(contributions(), frustration.contributions()) : undefined,
    );
  }

  return {
    // An unsent draft in a transcript ("draft": true) is read as the panel reads the composer:
    // analysed against the chat, never part of its history (`Turn.draft`).
    addTurn: (turn) => process(turn, turn.draft === true && turn.speaker === 'agent'),
    previewDraft: (text, at) => process({ speaker: 'agent', text, at, draft: true }, true),
    setCustomerName(name) {
      settle();
      current = undefined;
      const parsed = name ? nameFrom(name, 'page') : undefined;
      // The customer corrected the name the header shows (someone else booked): their word stands.
      if (parsed && state.name?.replaced !== undefined && parsed.full === state.name.replaced) return;
      // Someone chatting for the account holder: the header shows the holder, not them.
      if (state.name?.forAccountHolder) return;
      // The customer introduced themselves and the header shows someone else (a referring doctor, a workspace).
      const own = state.name?.source === 'introduction' || state.name?.source === 'sign-off' ? state.name : undefined;
      if (parsed && own && !headerIsThem(parsed, own)) return;
      // A new name starts the missing-name count again (it counts for one name).
      if (parsed && parsed.full !== state.name?.full) state.name = parsed;
    },
    // A draft's flag supersedes the same rule's flag on an earlier message.
    openFlags: () => {
      const drafted = new Set(state.draftFlags.map((f) => f.rule));
      return [...state.draftFlags, ...[...state.open.values()].filter((f) => !drafted.has(f.rule)).sort((a, b) => b.turn - a.turn)];
    },
    // A copy: the caller may filter or sort what it is given.
    suggestions: () => (current ? [...current()] : composeSuggestions(state, rules, index.byCategory, catalogue)),
    level: levelOf,
    customerName: () => state.name?.full,
    turnCount: () => state.nextIndex,
  };
}

/**
 * A turn's proposed cards, composed when first read. Until the conversation's state changes they
 * are read from the live state, which is then as the turn left it; `settle` is called before it
 * changes, and keeps a copy of it (`snapshotForSuggestions`) for cards not read yet. A panel that
 * reads the cards after every turn never pays for the copy.
 */
class TurnCards {
  private live: ConversationState | undefined;
  private settled: SuggestionState | undefined;
  private cards: Suggestion[] | undefined;

  constructor(
    state: ConversationState,
    private readonly rules: RuleSet,
    private readonly byCategory: Map<string, CompiledRule[]>,
    private readonly catalogue: SuggestionCatalogue,
  ) {
    this.live = state;
  }

  read(): Suggestion[] {
    if (!this.cards) {
      this.cards = proposeSuggestions((this.settled ?? this.live)!, this.rules, this.byCategory, this.catalogue);
      // Let go of the state (or its copy) once composed.
      this.live = undefined;
      this.settled = undefined;
    }
    return this.cards;
  }

  settle(): void {
    if (this.live) this.settled = snapshotForSuggestions(this.live);
    this.live = undefined;
  }
}

const NOT_UPSET: FrustrationScore = { score: 0, message: 0, contributions: () => [] };
const NOT_ANGRY = { score: 0, contributions: (): AngerContribution[] => [] };
const AGENT_LINE = { speaker: 'agent', draft: true, anger: 0, angry: false, frustration: 0, mood: 'calm', ownMood: 'calm', cues: [] } as const;

/** A turn's `explain`: what drove its anger, then what drove its frustration, each with a reason. */
function explainTurn(anger: readonly AngerContribution[], frustration: readonly MoodContribution[]): MoodContribution[] | undefined {
  if (anger.length === 0 && frustration.length === 0) return undefined;
  return [...explainAnger(anger), ...frustration];
}

/**
 * A text's rule matches, computed once: a cue rule is tested for the score and the flags alike.
 * Kept in arrays by rule number from text to text, each text a new pass (`next`): a map per turn,
 * grown entry by entry, was most of what a turn's rule matching allocated.
 */
class RuleMatches {
  private pass = 0;
  private readonly hitPass: Int32Array;
  private readonly hits: (string | null)[];
  // Few rules have an `unless`: tested for the turns that test one.
  private readonly exceptedPass: Int32Array;
  private readonly exceptions: Uint8Array;

  constructor(numbers: ReadonlyMap<CompiledRule, number>) {
    this.hitPass = new Int32Array(numbers.size);
    this.hits = new Array<string | null>(numbers.size).fill(null);
    this.exceptedPass = new Int32Array(numbers.size);
    this.exceptions = new Uint8Array(numbers.size);
  }

  /** Ready for a new text (the previous text's matches forgotten). */
  next(): this {
    this.pass++;
    return this;
  }

  /** The match of rule number `n` (its slot here: no lookup per rule and turn). */
  match(rule: CompiledRule, n: number, text: AnalyzedText): string | null {
    if (this.hitPass[n] === this.pass) return this.hits[n]!;
    const hit = rule.match ? rule.match.test(text) : null;
    this.hits[n] = hit;
    this.hitPass[n] = this.pass;
    return hit;
  }

  excepted(rule: CompiledRule, n: number, text: AnalyzedText): boolean {
    if (!rule.unless) return false;
    if (this.exceptedPass[n] === this.pass) return this.exceptions[n] === 1;
    const excepted = rule.unless.test(text) !== null;
    this.exceptions[n] = excepted ? 1 : 0;
    this.exceptedPass[n] = this.pass;
    return excepted;
  }
}

export function matchingCues(text: AnalyzedText, index: RuleIndex, matches = new RuleMatches(index.numbers).next()): AngerCueHit[] {
  const cues: AngerCueHit[] = [];
  for (const { rule, n } of index.angerCues) {
    if (matches.match(rule, n, text) !== null && !matches.excepted(rule, n, text)) cues.push({ rule: rule.id, weight: rule.weight ?? 1 });
  }
  return cues;
}

function turnContext(state: ConversationState, rules: RuleSet, catalogue: SuggestionCatalogue, turn: TurnFacts): TurnContext {
  return new LiveTurnContext(turn, state, rules, catalogue);
}

type TurnFacts = Omit<TurnContext, 'state' | 'rules' | 'catalogue' | 'signal'>;

// A class rather than a spread literal with a closure: one is made per turn, and this shape costs
// a fraction of that (one object, no copy of the turn's fields, no memo until a signal is read).
class LiveTurnContext implements TurnContext {
  readonly index: number;
  readonly speaker: TurnContext['speaker'];
  readonly at: number | undefined;
  readonly draft: boolean;
  readonly text: AnalyzedText | undefined;
  readonly anger: number;
  readonly angry: boolean;
  readonly frustration: number;
  readonly mood: Mood;
  readonly ownMood: Mood;
  readonly cues: readonly string[];
  // The signals read, name then hit, in pairs: a turn reads a handful, and a map made per turn
  // (grown entry by entry) cost more than a scan of so few.
  private signals: (string | null)[] | undefined;

  constructor(
    turn: TurnFacts,
    readonly state: ConversationState,
    readonly rules: RuleSet,
    readonly catalogue: SuggestionCatalogue,
  ) {
    this.index = turn.index;
    this.speaker = turn.speaker;
    this.at = turn.at;
    this.draft = turn.draft;
    this.text = turn.text;
    this.anger = turn.anger;
    this.angry = turn.angry;
    this.frustration = turn.frustration;
    this.mood = turn.mood;
    this.ownMood = turn.ownMood;
    this.cues = turn.cues;
  }

  signal(name: string): string | null {
    if (!this.text) return null;
    const memo = (this.signals ??= []);
    for (let i = 0; i < memo.length; i += 2) if (memo[i] === name) return memo[i + 1]!;
    const hit = this.rules.signals.get(name)?.test(this.text) ?? null;
    memo.push(name, hit);
    return hit;
  }
}

function raiseFlags(ctx: TurnContext, index: RuleIndex, matches: RuleMatches): Flag[] {
  const flags: Flag[] = [];
  let backstops: NumberedRule[] | undefined;
  for (const numbered of index.bySpeaker.get(ctx.speaker) ?? index.bySpeaker.get('any')!) {
    if (numbered.check?.backstop) (backstops ??= []).push(numbered);
    else raiseFlag(flags, numbered, ctx, matches);
  }
  if (backstops && !flags.some((f) => REWORDING.has(f.category))) for (const numbered of backstops) raiseFlag(flags, numbered, ctx, matches);
  return flags;
}

function raiseFlag(flags: Flag[], numbered: NumberedRule, ctx: TurnContext, matches: RuleMatches): void {
  const evidence = evaluateRule(numbered, ctx, matches);
  if (evidence === null) return;
  const { rule, detector } = numbered;
  const flag: Flag = {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    playbook: rule.playbook ?? detector.playbook,
    turn: ctx.index,
  };
  // Added only when present (results compare and serialise without empty keys).
  if (typeof evidence === 'string') flag.evidence = evidence.slice(0, 120);
  if (ctx.draft) flag.draft = true;
  flags.push(flag);
}

function evaluateRule({ rule, detector, n, check }: NumberedRule, ctx: TurnContext, matches: RuleMatches): string | true | null {
  if (rule.speaker !== 'any' && rule.speaker !== ctx.speaker) return null;
  if (!ctx.text || !conditionsHold(rule, ctx)) return null;
  if (matches.excepted(rule, n, ctx.text)) return null;
  let evidence: string | true | null = true;
  if (rule.check) {
    // Params were checked against the check's declared types when the rule loaded (rules/ruleProblems.ts).
    evidence = check ? check.run(ctx, rule.params as ParamsOf<ParamTypes>, rule) : null;
    if (evidence === null) return null;
  }
  if (rule.match) {
    const hit = matches.match(rule, n, ctx.text);
    if (hit === null) return null;
    if (evidence === true) evidence = hit;
  }
  if (!rule.check && detector.gate && !detector.gate(ctx)) return null;
  return evidence;
}

function conditionsHold(rule: CompiledRule, ctx: TurnContext): boolean {
  const when = rule.when;
  if (!when) return true;
  return (
    inRange(ctx.anger, when.anger) &&
    inRange(ctx.state.anger.level, when.level) &&
    inRange(ctx.text?.sentiment ?? 0, when.sentiment) &&
    inRange(ctx.index, when.turn)
  );
}

// The open flags are replaced, not mutated, when a turn changes them: the snapshot kept for each
// turn's suggestions then shares the map of every turn that changed nothing.
function inRange(value: number, range?: { min?: number; max?: number }): boolean {
  return !range || ((range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max));
}

function updateOpenFlags(state: ConversationState, ctx: TurnContext, raised: readonly Flag[]): void {
  let open: Map<string, Flag> | undefined;
  for (const [rule, flag] of state.open) {
    if (flag.turn === ctx.index) continue;
    const detector = DETECTOR_BY_CATEGORY.get(flag.category);
    if (detector?.resolves?.(ctx)) (open ??= new Map(state.open)).delete(rule);
  }
  if (raised.length > 0) open ??= new Map(state.open);
  for (const flag of raised) open!.set(flag.rule, flag);
  if (open) state.open = open;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** `compute`, run on the first call only; later calls return its value. */
function once<T>(compute: () => T): () => T {
  // Let go of `compute` (and what it closes over, a turn's snapshot) once it has run.
  let pending: (() => T) | undefined = compute;
  let value: T;
  return () => {
    if (pending) {
      value = pending();
      pending = undefined;
    }
    return value;
  };
}

// What an agent's message does about the case itself: an action taken or offered, a look at the
// case, the tracking shared.
const ACTING_CUES = ['own-action', 'offers-action', 'checking', 'gave-tracking', 'has-case'] as const;

/** What an unsent draft already does, so the panel does not suggest it beside the draft. */
function whatTheDraftDoes(text: AnalyzedText, ctx: TurnContext): NonNullable<ConversationState['draftDoes']> {
  const cues = agentCuesOf(text);
  return {
    // (A step of anyone's, a status or a finding: "The depot team has rebooked the delivery for Friday".)
    acts: ACTING_CUES.some((cue) => cues.has(cue)) || carriesTheCaseOn(text.raw),
    refuses: cues.has('refused'),
    empathizes: ctx.signal('empathy') !== null,
    restatesOrAsks: ctx.signal('restatement') !== null || text.questions > 0,
  };
}
