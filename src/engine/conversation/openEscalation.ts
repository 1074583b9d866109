// Whether a line was crossed in this chat: an escalation flag still open. While one is, the chat
// is for a manager (or, for harm to someone's health, for getting them help), not for the
// agent's own remedies.
import type { SuggestionState } from './state';

export const SAFETY_RULE = 'escalation.safety';

export function escalationOpen(state: SuggestionState): boolean {
  for (const flag of state.open.values()) if (flag.category === 'escalation') return true;
  return false;
}

/** Someone's health or safety is at stake (escalation.safety is open). */
export function safetyOpen(state: SuggestionState): boolean {
  return state.open.has(SAFETY_RULE);
}
