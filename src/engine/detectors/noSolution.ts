// PLAYBOOK step 7: offer a solution from the team's remedies; when it is rejected, offer
// options or ask what they feel would be fair.
import { escalationOpen } from '../conversation/openEscalation';
import { latestMessagePresses } from '../conversation/state';
import { ASK_WHAT_IS_FAIR_PHRASINGS, remediesFor, rotatedVariant } from '../suggestions';
import type { Suggestion } from '../types';
import { defineDetector } from './types';

export default defineDetector({
  category: 'no-solution',
  playbook: 7,
  checks: {
    'no-solution.restated-without-solution': (ctx, rule) => {
      const { agent, customer } = ctx.state;
      if (customer.lastComplaintTurn === undefined || agent.solutionOffered || !agent.restatedSinceComplaint) return null;
      if (ctx.signal('solution-offer') !== null) return null;
      return agent.messagesWithoutSolution + 1 >= Number(rule.params.afterAgentMessages ?? 2) ? true : null;
    },
    'no-solution.offer-rejected': (ctx) => (ctx.state.agent.solutionOffered ? ctx.signal('offer-rejected') : null),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('solution-offer') !== null,
  suggest: (s) => {
    const { customer, agent } = s.state;
    if (customer.lastComplaintTurn === undefined) return [];
    // A line crossed is for a manager (or urgent help): no remedy or "I'll take this on myself".
    if (escalationOpen(s.state)) return [];
    const rejected = s.state.offerRejected;
    if (agent.solutionOffered && !rejected) return [];
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

