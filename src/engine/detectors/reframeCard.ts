// The reframe card of the categories that reword an agent's message (agent tone, liability,
// overpromise): one per message, from the tone problem the fold kept (../conversation/toneProblem.ts).
import { addressedByNameInUse, inCustomerSpelling, titledByFamilyName } from '../conversation/customerName';
import type { Flag, Suggestion } from '../types';
import { rulesWithId, type SuggestContext } from './types';

/**
 * The reframe card for the draft being typed (or the last message sent), shown by the detector
 * of the category whose flag asked for it: the draft fixed when the rewording can do it cleanly,
 * else (the whole draft was the problem) the flagged rule's own reframe wording. Either is shown
 * only if the engine reads it back without a tone, admission or promise flag.
 */
export function reframeCard(s: SuggestContext, category: Flag['category']): Suggestion[] {
  const problem = s.state.draftToneProblem ?? s.state.lastToneProblem;
  if (!problem || problem.category !== category) return [];
  // The agent's own words, but the customer's name as they spell it ("Siobhan" → "Siobhán") and
  // as they asked to be called ("sorry Choi" → "sorry Min-seo").
  if (problem.reworded) {
    // The name the draft was flagged for ("Hi Gareth" to one who asked for Gaz) is put right too.
    const wrong = s.state.draftFlags?.find((f) => f.rule === 'missing-name.wrong-name')?.evidence;
    const text = titledByFamilyName(addressedByNameInUse(inCustomerSpelling(problem.reworded, s.state.name), s.state.name, s.state.info.customer?.name, wrong), s.state.name);
    return [{ kind: 'reframe', text, rule: problem.rule }];
  }
  const reframe = s.phrase('reframe', [], {}, rulesWithId(s.rules, problem.rule));
  return reframe && problem.readsClean(reframe.text) ? [reframe] : [];
}
