// PLAYBOOK step 9: act, then say when you will follow up.
import { needsHelpNow } from '../conversation/caseReading';
import { latestCustomerIndex } from '../conversation/state';
import { FOLLOW_UP_PHRASINGS } from '../suggestions';
import { defineDetector } from './types';

export default defineDetector({
  category: 'no-follow-up',
  playbook: 9,
  checks: {
    'no-follow-up.closing-without-follow-up': (ctx) => {
      const { agent } = ctx.state;
      if (!agent.solutionOffered || agent.followUpStated || ctx.signal('follow-up') !== null) return null;
      return ctx.signal('closing') ?? ctx.signal('chat-ended');
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('follow-up') !== null,
  // Once an action was agreed and the customer has taken it calmly: while they are still
  // complaining (in their own words) or typing, a "I'll follow up on Monday" card would close a chat that is not done.
  suggest: (s) => {
    const { agent, customer } = s.state;
    if (!agent.solutionOffered || agent.followUpStated) return [];
    // A check-back needs something agreed to check on; a dated one leaves a customer who needs
    // help right now (stranded, on their way) waiting.
    if (!s.state.actionAgreed || needsHelpNow(s.state)) return [];
    if (customer.typing || latestCustomerIndex(s.state) === customer.lastComplaintTurn) return [];
    const followUp = s.phrase('follow-up', FOLLOW_UP_PHRASINGS, { day: s.state.followUpDay });
    return followUp ? [followUp] : [];
  },
});

