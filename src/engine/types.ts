// The vocabulary of Composure, declared once. Validated at the edges (files, policy, page),
// trusted inside. Category and kind names are a public contract (docs/interfaces.md §3): never rename.

export const FLAG_CATEGORIES = [
  'anger',
  'escalation',
  'missing-name',
  'interruption',
  'no-restatement',
  'no-empathy',
  'liability-admission',
  'overpromise',
  'agent-tone',
  'no-solution',
  'no-follow-up',
  'breather',
] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export const SUGGESTION_KINDS = [
  'restate',
  'clarify',
  'apologize',
  'solution',
  'escalate',
  'follow-up',
  'reframe',
  'breather',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SPEAKERS = ['customer', 'agent', 'system'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One turn of a transcript (docs/interfaces.md §1). Every field but `speaker` is optional. */
export interface Turn {
  speaker: Speaker;
  text?: string;
  /** ISO 8601 or epoch milliseconds. */
  at?: string | number;
  /** A typing event: the speaker started typing at `at` (no text). */
  typing?: boolean;
  /** An unsent agent draft from the composer: analysed, never part of the history. */
  draft?: boolean;
  /** Display name of the author as the page showed it. */
  author?: string;
}

/**
 * A reviewer's annotation of one turn (`expect` in a transcript; README, "Reports" and
 * tests/scenarios/README.md): what should hold right after that turn. Each names one thing —
 * a flag (`category`, `rule`), the flags raised (`flags`), a card (`card`, `text`, `count`), the
 * cards shown (`cards`), the customer's name, or the anger reading — and `absent` denies it.
 * Checked at the edge by src/cli/report/expectations.ts.
 */
export interface Expectation {
  turn: number;
  absent?: boolean;
  category?: FlagCategory;
  rule?: string;
  flags?: FlagCategory[];
  card?: SuggestionKind | SuggestionKind[] | 'any';
  /** A regular expression (RE2, any case) the card's text matches. */
  text?: string;
  count?: number;
  cards?: SuggestionKind[];
  customerName?: string;
  angry?: boolean;
  anger?: { min?: number; max?: number };
}

/** An expected flag, the annotation `composure report` scores (precision and recall). */
export type ExpectedFlag = Expectation & { category: FlagCategory };

export interface Transcript {
  id?: string;
  site?: string;
  customer?: { name?: string };
  agent?: { name?: string };
  turns: Turn[];
  /** QA annotations: what a reviewer expects at given turns (used by `composure report`). */
  expect?: Expectation[];
}

export interface Flag {
  rule: string;
  category: FlagCategory;
  severity: Severity;
  /** What the agent sees: one line. */
  message: string;
  /** The playbook step (1–12, docs/playbook.md) behind the flag. */
  playbook?: number;
  /** Index of the turn that raised it. */
  turn: number;
  /** The words that triggered it, when there are any. */
  evidence?: string;
  /** True when raised on an unsent draft. */
  draft?: boolean;
}

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
  rule: string;
}

export type AngerTrend = 'rising' | 'cooling' | 'steady';

/** What drove an anger score, for the panel and for QA leads. */
export interface AngerContribution {
  /** A cue rule id (`anger.repeat-contact`) or a model feature (`word:useless`). */
  feature: string;
  /** Contribution to the score's log-odds; positive raises anger. */
  weight: number;
}

/** How a customer message reads (docs/interfaces.md §2): the side panel's meter shows it. */
export type Mood = 'calm' | 'frustrated' | 'angry';
export const MOODS: readonly Mood[] = ['calm', 'frustrated', 'angry'];

/** One entry of a turn's `explain`: what drove its anger or its frustration, and why in words. */
export interface MoodContribution extends AngerContribution {
  /** Which reading it drove. */
  reading: 'anger' | 'frustration';
  /** For a QA lead: "waiting: 'been on hold for 45 minutes and still…'", "“useless”". */
  reason: string;
}

export interface AngerScore {
  score: number;
  contributions: AngerContribution[];
}

export interface AngerLevel {
  /** Smoothed conversation-level anger in [0, 1]. */
  level: number;
  trend: AngerTrend;
  /** Highest smoothed level seen in this conversation. */
  peak: number;
  /** The rules' `heatedLevel`: a level at or above it is a heated chat. */
  heatedLevel: number;
  /** How the customer's latest message read: what the meter says in words. */
  mood: Mood;
}

/** Before any conversation: no anger, nothing heated. */
export const NO_ANGER: AngerLevel = { level: 0, trend: 'steady', peak: 0, heatedLevel: 1, mood: 'calm' };

export interface TurnResult {
  turn: number;
  speaker: Speaker;
  /** Anger score of this turn (customer turns; 0 otherwise). */
  anger: number;
  angry: boolean;
  /** How upset the customer is at this turn, in [0, 1] (customer turns; 0 otherwise). */
  frustration: number;
  /** `angry` when hostile, `frustrated` when upset, else `calm` (agent and system turns: calm). */
  mood: Mood;
  /** Flags raised at this turn. */
  flags: Flag[];
  /** What the side panel would show right after this turn. */
  suggestions: Suggestion[];
  conversation: AngerLevel;
  customerName?: string;
  /** Top contributions to this turn's anger, then to its frustration, each with a reason. */
  explain?: MoodContribution[];
}
