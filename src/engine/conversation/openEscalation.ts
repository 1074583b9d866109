// Whether a line was crossed in this chat: an escalation flag still open. While one is, the chat
// is for a manager (or, for harm to someone's health, for getting them help), not for the
// agent's own remedies.
import { latestCustomerIndex, type SuggestionState } from './state';

export const SAFETY_RULE = 'escalation.safety';
/** A threat of violence: the hand-off, and nothing that sounds like giving in to it. */
export const VIOLENCE_RULE = 'escalation.violence';
/** A customer hinting at harming themselves: as much a matter of safety as a poisoning. */
export const WELLBEING_RULE = 'escalation.wellbeing';
/** The customer asks for a manager or someone senior. */
export const MANAGER_REQUEST_RULE = 'escalation.manager-request';
/** Rules under which the person comes first: their own apology card, nothing about the order. */
export const PERSON_FIRST_RULES: readonly string[] = [WELLBEING_RULE, SAFETY_RULE];

export function escalationOpen(state: SuggestionState): boolean {
  for (const flag of state.open.values()) if (flag.category === 'escalation') return true;
  return false;
}

/** Someone's health or safety is at stake (escalation.safety or escalation.wellbeing is open). */
export function safetyOpen(state: SuggestionState): boolean {
  return PERSON_FIRST_RULES.some((rule) => state.open.has(rule));
}

/**
 * A message the customer sent since the agent last spoke crossed a line (a threat, abuse): saying
 * it back or asking about it answers the wrong thing, and "olu. ill remember that" sent after the
 * threat does not take it back.
 */
export function latestMessageEscalated(state: SuggestionState): boolean {
  const since = burstStart(state);
  if (since === undefined) return false;
  for (const flag of state.open.values()) if (flag.category === 'escalation' && flag.turn >= since) return true;
  return false;
}

/** A message the customer sent since the agent last spoke asked for a manager ("Give me a manager. Now."). */
export function latestMessageAskedForManager(state: SuggestionState): boolean {
  const since = burstStart(state);
  const asked = state.open.get(MANAGER_REQUEST_RULE);
  return since !== undefined && asked !== undefined && asked.turn >= since;
}

/**
 * "he has ONE dose left for tomorrow morning", and no one unwell yet: the medicine is the case
 * ("Is everyone all right?" asks after a harm that has not happened; the 161st reading's blind twenty).
 */
export function medicineRunningOut(state: SuggestionState): boolean {
  const { cues } = state.customer;
  return cues.has('medicine-running-out') && !cues.has('symptoms-now') && !cues.has('hurt');
}

// The first of the customer's messages since the agent last spoke (the latest one if none).
function burstStart(state: SuggestionState): number | undefined {
  return state.customer.burst[0]?.index ?? latestCustomerIndex(state);
}

/** A message the customer sent since the agent last spoke threatened violence. */
export function latestMessageThreatens(state: SuggestionState): boolean {
  const since = burstStart(state);
  const turn = state.open.get(VIOLENCE_RULE)?.turn;
  return since !== undefined && turn !== undefined && turn >= since;
}
