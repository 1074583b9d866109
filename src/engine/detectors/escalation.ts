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
    const open = [...s.state.open.values()].filter((f) => f.category === 'escalation');
    if (open.length === 0 || s.state.agent.escalated) return [];
    const contact = s.catalogue.escalationContact;
    // In the words of the line that was crossed, when its rule has its own (a safety scare asks
    // after the person first); else the category's.
    const latest = open.reduce((a, b) => (b.turn > a.turn ? b : a));
    const own = s.rules.rules.filter((r) => r.id === latest.rule && r.suggest.some((x) => x.kind === 'escalate'));
    const suggestion = s.phrase('escalate', ESCALATION_PHRASINGS, { contact }, own.length > 0 ? own : undefined);
    return suggestion ? [suggestion] : [];
  },
});

