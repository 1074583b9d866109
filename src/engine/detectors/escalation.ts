// PLAYBOOK step 10: threats, slurs and repeated personal insults call for a manager.
import { ESCALATION_PHRASINGS } from '../suggestions';
import { defineDetector } from './types';

export default defineDetector({
  category: 'escalation',
  playbook: 10,
  checks: {
    'escalation.repeated-insults': (ctx, rule) => {
      const insult = ctx.signal(String(rule.params.signal ?? 'insult'));
      if (insult === null) return null;
      const needed = Number(rule.params.count ?? 2);
      return ctx.state.customer.insultTurns + 1 >= needed ? insult : null;
    },
  },
  suggest: (s) => {
    if (![...s.state.open.values()].some((f) => f.category === 'escalation') || s.state.agent.escalated) return [];
    const contact = s.catalogue.escalationContact;
    const suggestion = s.phrase('escalate', ESCALATION_PHRASINGS, { contact });
    return suggestion ? [suggestion] : [];
  },
});

