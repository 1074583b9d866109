// An agent draft (or sent message) flagged for tone, an admission or a promise, and its reframe:
// reworded when the panel first reads it, and read back through the engine that flagged it.
// The categories that reword (their detectors' `rewords`) share one reframe per message.
import type { AnalyzedText } from '../analyzeText';
import type { SuggestContext } from '../detectors/types';
import { reframeDraft, type FlaggedSpans, type ReadBack } from '../suggestions';
import type { Flag, Suggestion } from '../types';
import { inCustomerSpelling } from './customerName';
import type { ToneProblem } from './state';

/**
 * `rewordable`: the categories whose flags on an agent message call for a reframe of it.
 * `saidBefore`: the agent's messages before this one, whose lines of empathy the reframe doesn't repeat.
 */
export function toneProblemOf(flags: Flag[], text: AnalyzedText, readBack: ReadBack, saidBefore: readonly string[], rewordable: ReadonlySet<Flag['category']>): ToneProblem | undefined {
  const flag = flags.find((f) => rewordable.has(f.category));
  if (!flag) return undefined;
  const spans = (category: Flag['category']) => flags.flatMap((f) => (f.category === category && f.evidence ? [f.evidence] : []));
  return new FlaggedWording(flag.turn, flag.rule, flag.category, text.raw, { overpromises: spans('overpromise'), admissions: spans('liability-admission') }, readBack, saidBefore);
}

/**
 * The reframe card for the draft being typed (or the last message sent), shown by the detector
 * of the category whose flag asked for it: the draft fixed when the rewording can do it cleanly,
 * else (the whole draft was the problem) the flagged rule's own reframe wording. Either is shown
 * only if the engine reads it back without a tone, admission or promise flag.
 */
export function reframeCard(s: SuggestContext, category: Flag['category']): Suggestion[] {
  const problem = s.state.draftToneProblem ?? s.state.lastToneProblem;
  if (!problem || problem.category !== category) return [];
  // The agent's own words, but the customer's name as they spell it ("Siobhan" → "Siobhán").
  if (problem.reworded) return [{ kind: 'reframe', text: inCustomerSpelling(problem.reworded, s.state.name), rule: problem.rule }];
  const flaggedRule = s.rules.rules.filter((r) => r.id === problem.rule);
  const reframe = s.phrase('reframe', [], {}, flaggedRule);
  return reframe && problem.readsClean(reframe.text) ? [reframe] : [];
}

// Rewording a draft (and reading it back) is the costliest suggestion, and a draft changes with
// every keystroke: it is reworded when the panel shows it, once.
class FlaggedWording implements ToneProblem {
  private rewording: { text: string | undefined } | undefined;

  constructor(
    readonly turn: number,
    readonly rule: string,
    readonly category: Flag['category'],
    private readonly raw: string,
    private readonly flagged: FlaggedSpans,
    private readonly readBack: ReadBack,
    private readonly saidBefore: readonly string[],
  ) {}

  get reworded(): string | undefined {
    this.rewording ??= { text: reframeDraft(this.raw, this.flagged, this.readBack, { saidBefore: this.saidBefore }) };
    return this.rewording.text;
  }

  readsClean(text: string): boolean {
    return this.readBack(text).size === 0;
  }
}
