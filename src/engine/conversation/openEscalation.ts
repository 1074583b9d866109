// Whether a line was crossed in this chat: an escalation flag still open. While one is, the chat
// is for a manager (or, for harm to someone's health, for getting them help), not for the
// agent's own remedies.
import { latestCustomerIndex, type SuggestionState } from './state';

export const SAFETY_RULE = 'escalation.safety';

export function escalationOpen(state: SuggestionState): boolean {
  for (const flag of state.open.values()) if (flag.category === 'escalation') return true;
  return false;
}

/** Someone's health or safety is at stake (escalation.safety is open). */
export function safetyOpen(state: SuggestionState): boolean {
  return state.open.has(SAFETY_RULE);
}

/** The customer's latest message crossed a line (a threat, abuse): saying it back or asking about it answers the wrong thing. */
export function latestMessageEscalated(state: SuggestionState): boolean {
  const latest = latestCustomerIndex(state);
  if (latest === undefined) return false;
  for (const flag of state.open.values()) if (flag.category === 'escalation' && flag.turn === latest) return true;
  return false;
}
