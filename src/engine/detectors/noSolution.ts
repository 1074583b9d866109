// PLAYBOOK step 7: offer a solution from the team's remedies; when it is rejected, offer
// options or ask what they feel would be fair.
import { latestMessagePresses } from '../conversation/state';
import { ASK_WHAT_IS_FAIR_PHRASINGS, remediesFor, rotatedVariant } from '../suggestions';
import type { Suggestion } from '../types';
import { restatedSinceComplaint } from './noRestatement';
import { check, defineDetector, type Detector } from './types';

interface NoSolutionState {
  solutionOffered: boolean;
  /** Agent messages since the complaint without any offer. */
  messagesWithoutSolution: number;
  /** The customer turned down the latest offer. */
  offerRejected: boolean;
}

const noSolution: Detector<NoSolutionState> = defineDetector<NoSolutionState>({
  category: 'no-solution',
  playbook: 7,
  urgency: 9,
  answeredBy: ['solution'],
  docs: "The agent restated the problem but offers nothing, or the customer turned the offer down: the team's remedies.",
  state: {
    initial: () => ({ solutionOffered: false, messagesWithoutSolution: 0, offerRejected: false }),
    fold(own, ctx) {
      if (!ctx.text) return own;
      if (ctx.speaker === 'customer') return own.solutionOffered && !own.offerRejected && ctx.signal('offer-rejected') !== null ? { ...own, offerRejected: true } : own;
      if (ctx.speaker !== 'agent') return own;
      if (ctx.signal('solution-offer') !== null) return { solutionOffered: true, messagesWithoutSolution: 0, offerRejected: false };
      return ctx.state.customer.lastComplaintTurn !== undefined ? { ...own, messagesWithoutSolution: own.messagesWithoutSolution + 1 } : own;
    },
  },
  signals: ['solution-offer', 'offer-rejected'],
  shows: ['solution'],
  checks: {
    'no-solution.restated-without-solution': check({
      params: { afterAgentMessages: 'number' },
      docs: 'The agent restated the complaint, then `afterAgentMessages` (default 2) replies without an offer.',
      run: (ctx, params) => {
        const own = noSolution.stateOf(ctx.state);
        if (ctx.state.customer.lastComplaintTurn === undefined || own.solutionOffered || !restatedSinceComplaint(ctx.state)) return null;
        if (ctx.signal('solution-offer') !== null) return null;
        return own.messagesWithoutSolution + 1 >= (params.afterAgentMessages ?? 2) ? true : null;
      },
    }),
    'no-solution.offer-rejected': check({
      params: {},
      docs: "The customer turns the agent's offer down.",
      run: (ctx) => (noSolution.stateOf(ctx.state).solutionOffered ? ctx.signal('offer-rejected') : null),
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('solution-offer') !== null,
  suggest: (s) => {
    const { customer } = s.state;
    if (customer.lastComplaintTurn === undefined) return [];
    const { solutionOffered, offerRejected: rejected } = noSolution.stateOf(s.state);
    if (solutionOffered && !rejected) return [];
    // Offered when the customer's latest message states or presses the problem (or turns an offer
    // down); after "Yes", "Hold please" or a version number, an offer answers nothing they said.
    if (!rejected && !latestMessagePresses(s.state)) return [];
    // No type (or none read with confidence): the general remedies, which fit any problem.
    const remedies = remediesFor(s.state.problemType, s.catalogue.remedies);
    const out: Suggestion[] = [];
    if (!rejected) {
      // Remedies are the team's own pre-approved wording: offered as written, not templated.
      // A known kind of problem: its first two remedies to choose from. Otherwise one general
      // offer, a different one after each message, rather than two stock lines every time.
      const general = s.state.problemType === undefined || s.state.problemType === 'other';
      const offered = general && remedies.length > 0 ? [rotatedVariant(remedies.slice(0, 2), 'general-remedy', s.state.customer.messages)] : remedies.slice(0, 2);
      for (const remedy of offered) out.push({ kind: 'solution' as const, text: remedy, rule: 'no-solution.remedy' });
    }
    // "If that doesn't work for you…" and "What would feel fair?" answer an offer turned down;
    // before any offer they read as if one had been made.
    if (rejected) {
      const fair = s.phrase('solution', ASK_WHAT_IS_FAIR_PHRASINGS);
      if (fair) out.push(fair);
    }
    return out;
  },
});

export default noSolution;
