// PLAYBOOK step 6: empathize and apologize for the inconvenience (without admitting fault).
import { safetyOpen } from '../conversation/openEscalation';
import { latestCustomerIndex, latestMessagePresses } from '../conversation/state';
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
  // An apology answers a message: the customer's latest one complained or read upset (or they are
  // still owed one for an earlier upset), and the agent has not acknowledged it yet. A calm "Yes",
  // "Hold please" or "ecstatic 😊" gets none: sympathy there reads as not listening.
  suggest: (s) => {
    const { anger, agent, customer } = s.state;
    const latest = latestCustomerIndex(s.state);
    if (latest === undefined) return [];
    // Harm to someone's health is no "inconvenience": the escalation detector's safety card asks after them.
    if (safetyOpen(s.state)) return [];
    if (agent.lastEmpathyTurn !== undefined && agent.lastEmpathyTurn > latest) return [];
    // Still owed for an earlier upset the agent never acknowledged, unless this message has moved on.
    const stillOwed = anger.lastUpsetTurn !== undefined && !agent.empathizedSinceAnger && !customer.latestNeedsNoSympathy;
    if (!latestMessagePresses(s.state) && !stillOwed) return [];
    const apologize = s.phrase('apologize', APOLOGY_PHRASINGS);
    return apologize ? [apologize] : [];
  },
});

