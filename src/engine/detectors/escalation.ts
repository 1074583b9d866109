// PLAYBOOK step 10: threats, slurs and repeated personal insults call for a manager.
import { latestCustomerIndex } from '../conversation/state';
import { SAFETY_RULE } from '../conversation/openEscalation';
import { ESCALATION_PHRASINGS, SAFETY_APOLOGY_PHRASINGS } from '../suggestions';
import type { Suggestion } from '../types';
import { defineDetector, type SuggestContext } from './types';

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
    if (open.length === 0) return [];
    const out: Suggestion[] = [];
    if (!s.state.agent.escalated) {
      const contact = s.catalogue.escalationContact;
      // In the words of the line that was crossed, when its rule has its own (a safety scare asks
      // after the person first); else the general hand-off, not another rule's words (an insult
      // is no safety scare).
      const latest = open.reduce((a, b) => (b.turn > a.turn ? b : a));
      const suggestion = s.phrase('escalate', ESCALATION_PHRASINGS, { contact }, s.rules.rules.filter((r) => r.id === latest.rule));
      if (suggestion) out.push(suggestion);
    }
    const wellbeing = safetyApology(s);
    if (wellbeing) out.push(wellbeing);
    return out;
  },
});

// While someone's health is at stake the apology is about them (the no-empathy detector stays
// quiet): until the agent has said something kind since the customer's latest message.
function safetyApology(s: SuggestContext): Suggestion | undefined {
  if (!s.state.open.has(SAFETY_RULE)) return undefined;
  const latest = latestCustomerIndex(s.state);
  const { lastEmpathyTurn } = s.state.agent;
  if (latest === undefined || (lastEmpathyTurn !== undefined && lastEmpathyTurn > latest)) return undefined;
  // The safety rule's own wording, else the product's (under the safety rule's id either way).
  return s.phrase('apologize', SAFETY_APOLOGY_PHRASINGS, {}, s.rules.rules.filter((r) => r.id === SAFETY_RULE));
}
