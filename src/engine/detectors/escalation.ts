// PLAYBOOK step 10: threats, slurs and repeated personal insults call for a manager.
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
    const suggestion = s.phrase('escalate', contact ? ESCALATE_WITH_CONTACT : ESCALATE, { contact });
    return suggestion ? [suggestion] : [];
  },
});

const ESCALATE = [
  "{name}, I want to make sure this gets the attention it deserves, so I'm bringing in my manager to help.",
  "I'd like to involve a senior colleague who can take this further, {name}. Please bear with me for a moment.",
];
const ESCALATE_WITH_CONTACT = [
  "{name}, I want to make sure this gets the attention it deserves, so I'm bringing in {contact} to help.",
  "I'm handing this over to {contact}, who can take it further, {name}. Please bear with me for a moment.",
];
