// The case as the suggestions read it: what the chat has established (caseFit.ts), and whether
// there is an open case the agent can take on themselves.
import type { CaseReading, ProblemType } from '../suggestions';
import type { SuggestionState } from './state';

export function caseReadingOf(state: SuggestionState): CaseReading {
  return { customer: state.customer.cues, agent: state.agent.cues, refused: state.agent.refused, facts: state.customer.facts };
}

/**
 * Nothing an agent could own or ask about: the customer wants someone else or nothing at all, has
 * taken their custom elsewhere already, jokes, praises someone, or needs help this very moment (a dated promise or
 * "I'll keep you updated" leaves a stranded traveller where they are). An escalation due or handed
 * over is the escalation detector's to read (the no-solution detector asks it first).
 */
export function noCaseToTakeOn(state: SuggestionState): boolean {
  const { customer } = state;
  if (customer.openingWithoutProblem === true || problemNotYetTold(state)) return true;
  if (customer.latestCues.has('joking') || customer.latestCues.has('wants-nothing') || customer.latestCues.has('gone-elsewhere') || customer.latestCues.has('praise')) return true;
  return customer.cues.has('wants-someone-else') || customer.cues.has('urgent-now');
}

/**
 * "i have a serious problem i need help with.", "Cupertino, we have a problem." with only a link:
 * before the agent has said anything, too few words to tell what happened and nothing that names
 * the case. What to look into is the question to ask first.
 */
export function problemNotYetTold(state: SuggestionState): boolean {
  const { customer, agent } = state;
  return agent.messages === 0 && customer.words < UNTOLD_WORDS && customer.facts.size === 0 && !customer.latestNamesCase && !customer.latestCues.has('states-ask');
}
const UNTOLD_WORDS = 12;

/**
 * A concrete open case, for "I'll take this on myself and keep you updated": the customer's latest
 * message names a specific fault, order, charge or account, or asks for an action; and the agent
 * has not said what they cannot do (the caller rules out chats with nothing to take on). A remark
 * ("Gotcha", "Sounds like a generic reply") after an earlier complaint is no case to take on.
 */
export function ownableCase(state: SuggestionState): boolean {
  const { customer, agent } = state;
  if (agent.cues.has('refused')) return false;
  return customer.latestNamesCase || customer.latestCues.has('states-ask');
}

/**
 * Something to look into, for "Let me look into this now": not after a jibe alone ("Y'all lie",
 * "save me the BS", "Sounds like generic #yourenotgonnafixit reply"), which tells nothing to look
 * into, unless it also names a case the agent could own.
 */
export function somethingToLookInto(state: SuggestionState): boolean {
  return ownableCase(state) || !state.customer.latestJibe;
}

/** The problem type as remedies and questions act on it: a faulty game, app or download is fixed like a technical fault, not sent back. */
export function problemTypeToAct(state: SuggestionState): ProblemType | undefined {
  const { problemType, customer } = state;
  const digital = customer.cues.has('digital-product') && !customer.cues.has('physical-goods');
  return digital && (problemType === 'defect' || problemType === 'wrong-item') ? 'technical' : problemType;
}

/** The customer needs help this very moment (stranded, "urgent", "I need it today"): a check-back on another day leaves them waiting. */
export function needsHelpNow(state: SuggestionState): boolean {
  const { cues } = state.customer;
  return cues.has('urgent-now') || cues.has('pressed-for-time');
}

/** The customer is typing, or their latest message stopped mid-sentence: they are still telling it. */
export function stillTelling(state: SuggestionState): boolean {
  return state.customer.typing || state.customer.latestCues.has('unfinished');
}

/**
 * Not the moment for a check-back ("I'll follow up with you by email on Tuesday"): the customer
 * stopped mid-sentence and is still telling it, or asks when it will be done, which a date to
 * check back on does not answer.
 */
export function followUpTooSoon(state: SuggestionState): boolean {
  return stillTelling(state) || state.customer.latestCues.has('asks-when');
}

/**
 * A message the customer sent since the agent last spoke put the agent right about the case ("it
 * wasn't Madrid… are you looking at someone else's car?"), however the burst goes on after it.
 */
export function putTheAgentRight(state: SuggestionState): boolean {
  const { correctedAt, burst } = state.customer;
  const first = burst[0]?.index;
  // Only the agent can be put right, once it has answered the customer: after a greeting alone,
  // "anyway this is not the problem now" is about the customer's own story.
  const agentSpoke = state.agent.cues.size > 0 || state.agent.answered === true;
  return agentSpoke && correctedAt !== undefined && first !== undefined && correctedAt >= first;
}

/**
 * The day a check-back names: the next business day. Not when the agent named a day ("the engineer
 * comes Thursday", "Saturday 9am is booked", "3–5 working days"): a day by the calendar alone may
 * fall before it, and the check-back then names none.
 */
export function checkBackDay(state: SuggestionState): string | undefined {
  return state.agent.namedDay || state.draftNamesDay === true ? undefined : state.followUpDay;
}

/** One asking to cancel or close was offered something to stay ("Before you do — we can give you 3 months free", "Before I process that, …", "6 months at half price if you'd like to keep the line open"). */
export function retentionOfferedToLeaver(state: SuggestionState): boolean {
  if (!state.customer.cues.has('wants-to-close')) return false;
  const lines = state.agent.recentLines;
  const offeredAt = lines.findLastIndex((line) => RETENTION_OFFER.test(line));
  // ("Understood. Can I ask your name for the account?" after it: the no was taken; "no more
  // offers" now answers a message two turns back — the 155th reading's blind twenty.)
  return offeredAt !== -1 && !lines.slice(offeredAt + 1).some((line) => NO_TAKEN.test(line));
}

// The agent taking a no: "Understood.", "Of course, no problem."
const NO_TAKEN = /^\s*(?:understood|of course|no problem|no worries|fair enough|sure|okay|ok)\b/i;

// A retention offer: "are you sure you wouldn't like to stay?", "before I close it, a lot of
// customers find the fee waiver worth it", "instead of cancelling, I can pause…".
const RETENTION_OFFER = /\b(?:(?:are you sure|would you not|wouldn't you)\b[^.!?]{0,40}\b(?:stay|keep|remain)|instead of (?:cancell?ing|closing|leaving)|before (?:i|you) (?:cancel|close|go|do|leave)\b|before (?:we|i) (?:proceed|process|go ahead)\b[^.!?]{0,40}\b(?:offer|discount|free)|\bhelp you (?:stay|decide to stay)|\b(?:convince|persuade|tempt) you to stay|(?:pause|freeze|downgrade|fee waiver|discount|half[- ]price|\d+\s?% off|months? free|free months?)\b[^.!?]{0,60}\b(?:instead|worth it|stay|keep)|before (?:i|we) (?:process|proceed with|go ahead with|action) (?:that|this|it|the cancell?ation)\b)/i;
