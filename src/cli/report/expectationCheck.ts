// Checks a transcript's expectations against what the engine did at each turn, and says each
// one not met in words a QA lead (or a failing test) can act on: which turn, what was expected,
// what came. Used by `composure report --check` and by tests/unit/scenarios.test.ts.
import type { Expectation, Speaker, Suggestion, Transcript, TurnResult } from '../../engine';
import { textPattern } from './expectations';

export interface UnmetExpectation {
  turn: number;
  speaker: Speaker;
  /** The turn's text, shortened. */
  text: string;
  expected: string;
  got: string;
}

export function unmetExpectations(transcript: Transcript, results: readonly TurnResult[]): UnmetExpectation[] {
  const unmet: UnmetExpectation[] = [];
  for (const e of transcript.expect ?? []) {
    const r = results[e.turn];
    if (!r) continue; // checked at the edge: a turn past the end never gets here
    const { holds, claim, got } = judge(e, r);
    if (holds === (e.absent === true)) {
      const turn = transcript.turns[e.turn];
      unmet.push({ turn: e.turn, speaker: r.speaker, text: shorten(turn?.typing && !turn.text ? '(started typing)' : (turn?.text ?? ''), 60), expected: e.absent ? denied(claim) : claim, got });
    }
  }
  return unmet;
}

/** One line: `turn 3 (agent: "I can offer…"): expected a no-restatement flag; got no flags`. */
export function describeUnmet(u: UnmetExpectation): string {
  return `turn ${u.turn} (${u.speaker}: ${JSON.stringify(u.text)}): expected ${u.expected}; got ${u.got}`;
}

interface Judgement {
  holds: boolean;
  /** What the entry claims, in words (negated by the caller for `absent`). */
  claim: string;
  got: string;
}

function judge(e: Expectation, r: TurnResult): Judgement {
  const flags = r.flags.map((f) => `${f.category} (${f.rule})`).join(', ') || 'no flags';
  if (e.category !== undefined) {
    const holds = r.flags.some((f) => f.category === e.category && (e.rule === undefined || f.rule === e.rule));
    return { holds, claim: `${article(e.category)} ${e.category} flag${e.rule ? ` from ${e.rule}` : ''}`, got: flags };
  }
  if (e.flags !== undefined) {
    const raised = new Set(r.flags.map((f) => f.category));
    const holds = raised.size === new Set(e.flags).size && e.flags.every((c) => raised.has(c));
    return { holds, claim: e.flags.length ? `flags of exactly ${e.flags.join(', ')}` : 'no flags', got: flags };
  }
  if (e.card !== undefined) {
    const kinds = e.card === 'any' ? undefined : Array.isArray(e.card) ? e.card : [e.card];
    const pattern = e.text === undefined ? undefined : textPattern(e.text);
    const matching = r.suggestions.filter((s) => (!kinds || kinds.includes(s.kind)) && (!pattern || pattern.test(s.text)));
    const holds = e.count === undefined ? matching.length > 0 : matching.length === e.count;
    const kind = kinds ? `${kinds.join(' or ')} ` : '';
    const textClause = pattern ? ` matching /${e.text}/` : '';
    const claim = e.count === undefined ? `${article(kind || 'card')} ${kind}card${textClause}` : `exactly ${e.count} ${kind}card${e.count === 1 ? '' : 's'}${textClause}`;
    return { holds, claim, got: cardsShown(r.suggestions) };
  }
  if (e.cards !== undefined) {
    const shown = r.suggestions.map((s) => s.kind);
    const holds = shown.length === e.cards.length && e.cards.every((k, i) => shown[i] === k);
    return { holds, claim: e.cards.length ? `cards of kinds ${e.cards.join(', ')}, in that order` : 'no cards', got: cardsShown(r.suggestions) };
  }
  if (e.customerName !== undefined) {
    return { holds: r.customerName === e.customerName, claim: `the customer named ${JSON.stringify(e.customerName)}`, got: r.customerName ? `${JSON.stringify(r.customerName)}` : 'no name' };
  }
  const reading = `angry ${r.angry}, anger ${r.anger.toFixed(3)}`;
  if (e.angry !== undefined) return { holds: r.angry === e.angry, claim: `angry ${e.angry}`, got: reading };
  const { min = 0, max = 1 } = e.anger ?? {};
  return { holds: r.anger >= min && r.anger <= max, claim: `anger ${min === max ? `of ${min}` : `in [${min}, ${max}]`}`, got: reading };
}

/** "a reframe card" → "no reframe card"; "no flags" → "some flags"; "angry true" → "not angry true". */
const denied = (claim: string) => (/^an? /.test(claim) ? claim.replace(/^an? /, 'no ') : /^no /.test(claim) ? claim.replace(/^no /, 'some ') : `not ${claim}`);

const article = (word: string) => (/^[aeio]/.test(word) ? 'an' : 'a');

function cardsShown(cards: readonly Suggestion[]): string {
  return cards.length ? cards.map((s) => `${s.kind} ${JSON.stringify(shorten(s.text, 100))}`).join(', ') : 'no cards';
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
