// PLAYBOOK step 6: empathize and apologize for the inconvenience (without admitting fault).
import { APOLOGY_PHRASINGS } from '../suggestions';
import { defineDetector } from './types';

export default defineDetector({
  category: 'no-empathy',
  playbook: 6,
  checks: {
    'no-empathy.angry-without-empathy': (ctx, rule) => {
      const { anger, agent } = ctx.state;
      // Upset is angry or frustrated (PLAYBOOK step 6: apologise for the frustration).
      if (anger.lastUpsetTurn === undefined || agent.empathizedSinceAnger) return null;
      if (ctx.signal('empathy') !== null) return null;
      // Flag the first reply without empathy, then every `repeatEvery` replies, not all of them.
      const every = Math.max(1, Number(rule.params.repeatEvery ?? 2));
      return agent.messagesWithoutEmpathy % every === 0 ? true : null;
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('empathy') !== null,
  suggest: (s) => {
    const { anger, agent, customer } = s.state;
    const upset = anger.lastUpsetTurn !== undefined || customer.lastComplaintTurn !== undefined;
    // A new complaint, or a message that reads upset, deserves its own acknowledgement, even if an earlier one got one; the
    // flag above does not nag about it, and no card follows the agent's own apology.
    const latest = customer.recent[customer.recent.length - 1]?.index;
    const newComplaint = latest === s.state.nextIndex - 1 && (latest === customer.lastComplaintTurn || latest === anger.lastUpsetTurn);
    if (!upset || (agent.empathizedSinceAnger && !newComplaint)) return [];
    const apologize = s.phrase('apologize', APOLOGY_PHRASINGS);
    return apologize ? [apologize] : [];
  },
});

