// Folds per-conversation summaries (in input order) into what the report shows: hits per rule
// and category, each conversation's anger over time, and — for transcripts that carry
// `expect` — precision and recall.
//
// Matching: an expected flag {turn, category, rule?} is met by a raised flag in the same
// conversation at the same turn with the same category and, when the expectation names a rule,
// that rule. Only annotated transcripts (those with an `expect` list, even an empty one) count
// towards precision and recall; several flags of one category at one turn count once.
//   per category: precision = matched (turn, category) pairs / raised pairs;
//                 recall    = matched pairs / expected pairs.
//   per rule:     precision = turns where the rule fired that meet an expectation of its
//                             category (naming no rule, or this rule) / turns where it fired;
//                 recall    = expectations naming the rule that it met / expectations naming it
//                             (none when no expectation names the rule).
import { FLAG_CATEGORIES, type FlagCategory, type Severity, type Speaker } from '../../engine';
import type { ConversationSummary } from '../transcriptJob';

export interface HitDetail {
  conversation: string;
  turn: number;
  speaker: Speaker;
  text: string;
  message: string;
  evidence?: string;
  /** In annotated conversations: did an expectation call for it? */
  verdict?: 'expected' | 'unexpected';
}

export interface Score {
  /** Raised (rule: turns fired; category: turn-category pairs) in annotated conversations. */
  raised: number;
  /** Expectations (rule: those naming it). */
  expected: number;
  /** Raised ones that meet an expectation. */
  correct: number;
  /** Expectations that were met. */
  met: number;
  precision: number | null;
  recall: number | null;
}

export interface RuleReport {
  rule: string;
  category: FlagCategory;
  severity: Severity;
  hits: number;
  conversations: number;
  details: HitDetail[];
  score?: Score;
}

export interface CategoryReport {
  category: FlagCategory;
  hits: number;
  conversations: number;
  score?: Score;
}

export interface ConversationReport {
  name: string;
  file: string;
  line?: number;
  turns: number;
  speakers: Speaker[];
  anger: number[];
  level: number[];
  angry: boolean[];
  peak: number;
  flags: number;
  flaggedTurns: number[];
  annotated: boolean;
}

export interface MissedExpectation {
  conversation: string;
  turn: number;
  category: FlagCategory;
  rule?: string;
  speaker: Speaker;
  text: string;
}

export interface ReportData {
  files: string[];
  conversations: ConversationReport[];
  rules: RuleReport[];
  categories: CategoryReport[];
  totals: { conversations: number; turns: number; customerTurns: number; angryTurns: number; flags: number; flaggedConversations: number; annotatedConversations: number; expectations: number };
  missed: MissedExpectation[];
}

interface Tally {
  raised: number;
  expected: number;
  correct: number;
  met: number;
}

export class ReportCollector {
  private readonly rules = new Map<string, RuleReport & { tally: Tally; named: boolean }>();
  private readonly categories = new Map<FlagCategory, { hits: number; conversations: number; tally: Tally }>();
  private readonly conversations: ConversationReport[] = [];
  private readonly missed: MissedExpectation[] = [];
  private readonly totals = { conversations: 0, turns: 0, customerTurns: 0, angryTurns: 0, flags: 0, flaggedConversations: 0, annotatedConversations: 0, expectations: 0 };

  constructor(private readonly files: string[]) {}

  add(s: ConversationSummary): void {
    const annotated = s.expect !== undefined;
    const expect = dedupe(s.expect ?? []);
    const t = this.totals;
    t.conversations++;
    t.turns += s.speakers.length;
    t.customerTurns += s.speakers.filter((sp) => sp === 'customer').length;
    t.angryTurns += s.angry.filter(Boolean).length;
    t.flags += s.hits.length;
    if (s.hits.length > 0) t.flaggedConversations++;
    if (annotated) {
      t.annotatedConversations++;
      t.expectations += expect.length;
    }

    const isExpected = (turn: number, category: FlagCategory, rule?: string) =>
      expect.some((e) => e.turn === turn && e.category === category && (rule === undefined || e.rule === undefined || e.rule === rule));

    // Hits per rule, with the turn behind each.
    const rulesHere = new Set<string>();
    const ruleTurns = new Map<string, Set<number>>();
    for (const h of s.hits) {
      const r = this.rule(h.rule, h.category, h.severity);
      r.hits++;
      if (!rulesHere.has(h.rule)) {
        rulesHere.add(h.rule);
        r.conversations++;
      }
      r.details.push({
        conversation: s.name,
        turn: h.turn,
        speaker: s.speakers[h.turn] ?? 'customer',
        text: s.texts[h.turn] ?? '',
        message: h.message,
        ...(h.evidence ? { evidence: h.evidence } : {}),
        ...(annotated ? { verdict: isExpected(h.turn, h.category, h.rule) ? 'expected' : 'unexpected' } : {}),
      });
      if (!ruleTurns.has(h.rule)) ruleTurns.set(h.rule, new Set());
      ruleTurns.get(h.rule)!.add(h.turn);
    }

    // Hits per category: turn-category pairs.
    const pairs = new Map<FlagCategory, Set<number>>();
    for (const h of s.hits) {
      if (!pairs.has(h.category)) pairs.set(h.category, new Set());
      pairs.get(h.category)!.add(h.turn);
    }
    for (const [category, turns] of pairs) {
      const c = this.category(category);
      c.hits += s.hits.filter((h) => h.category === category).length;
      c.conversations++;
      if (annotated) {
        c.tally.raised += turns.size;
        for (const turn of turns) if (isExpected(turn, category)) c.tally.correct++;
      }
    }

    if (annotated) {
      for (const [rule, turns] of ruleTurns) {
        const r = this.rules.get(rule)!;
        r.tally.raised += turns.size;
        for (const turn of turns) if (isExpected(turn, r.category, rule)) r.tally.correct++;
      }
      const expectedPairs = new Map<FlagCategory, Set<number>>();
      for (const e of expect) {
        if (!expectedPairs.has(e.category)) expectedPairs.set(e.category, new Set());
        expectedPairs.get(e.category)!.add(e.turn);
        if (e.rule !== undefined) {
          const r = this.rule(e.rule, e.category, undefined);
          r.named = true;
          r.tally.expected++;
          if (ruleTurns.get(e.rule)?.has(e.turn)) r.tally.met++;
        }
        const met = s.hits.some((h) => h.turn === e.turn && h.category === e.category && (e.rule === undefined || h.rule === e.rule));
        if (!met) this.missed.push({ conversation: s.name, turn: e.turn, category: e.category, ...(e.rule ? { rule: e.rule } : {}), speaker: s.speakers[e.turn] ?? 'customer', text: s.texts[e.turn] ?? '' });
      }
      for (const [category, turns] of expectedPairs) {
        const c = this.category(category);
        c.tally.expected += turns.size;
        for (const turn of turns) if (pairs.get(category)?.has(turn)) c.tally.met++;
      }
    }

    this.conversations.push({
      name: s.name,
      file: s.file,
      ...(s.line ? { line: s.line } : {}),
      turns: s.speakers.length,
      speakers: s.speakers,
      anger: s.anger,
      level: s.level,
      angry: s.angry,
      peak: Math.max(0, ...s.anger),
      flags: s.hits.length,
      flaggedTurns: [...new Set(s.hits.map((h) => h.turn))],
      annotated,
    });
  }

  finish(): ReportData {
    const scored = this.totals.annotatedConversations > 0;
    const rules = [...this.rules.values()]
      .filter((r) => r.hits > 0 || r.named)
      .map(({ tally, named, ...r }) => ({ ...r, ...(scored ? { score: score(tally, named) } : {}) }))
      .sort((a, b) => b.hits - a.hits || a.rule.localeCompare(b.rule));
    const categories = FLAG_CATEGORIES.filter((c) => this.categories.has(c)).map((category) => {
      const { tally, ...c } = this.categories.get(category)!;
      return { category, ...c, ...(scored ? { score: score(tally, true) } : {}) };
    });
    return { files: this.files, conversations: this.conversations, rules, categories, totals: this.totals, missed: this.missed };
  }

  private rule(rule: string, category: FlagCategory, severity: Severity | undefined) {
    let r = this.rules.get(rule);
    if (!r) {
      r = { rule, category, severity: severity ?? 'warning', hits: 0, conversations: 0, details: [], tally: { raised: 0, expected: 0, correct: 0, met: 0 }, named: false };
      this.rules.set(rule, r);
    } else if (severity && r.hits === 0) {
      // First seen in an expectation: the flag itself knows the real category and severity.
      r.severity = severity;
      r.category = category;
    }
    return r;
  }

  private category(category: FlagCategory) {
    let c = this.categories.get(category);
    if (!c) {
      c = { hits: 0, conversations: 0, tally: { raised: 0, expected: 0, correct: 0, met: 0 } };
      this.categories.set(category, c);
    }
    return c;
  }
}

function score(t: Tally, hasExpectations: boolean): Score {
  return {
    ...t,
    precision: t.raised === 0 ? null : t.correct / t.raised,
    recall: !hasExpectations || t.expected === 0 ? null : t.met / t.expected,
  };
}

function dedupe<T extends { turn: number; category: string; rule?: string }>(expect: T[]): T[] {
  const seen = new Set<string>();
  return expect.filter((e) => {
    const key = `${e.turn}\u0000${e.category}\u0000${e.rule ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
