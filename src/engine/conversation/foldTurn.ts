// Folds a committed turn into the conversation state, after the detectors have judged it
// against the state before it.
import type { AnalyzedText } from '../analyzeText';
import type { TurnContext } from '../detectors/types';
import {
  agentCuesOf,
  answersWithIdentifier,
  asksForOrderNumber,
  complaintCandidates,
  customerCuesOf,
  factsGiven,
  problemTypeAfter,
  problemTypeVotes,
  refusedActions,
  type ProblemTypeVotes,
  type ReadBack,
} from '../suggestions';
import type { Flag, Turn } from '../types';
import { correctedName, nameFromCustomerWords, nameGreetedByAgent, spelledAsCustomer, usesName } from './customerName';
import { RECENT_AGENT_LINES, RECENT_CUSTOMER_MESSAGES, type ConversationState, type CustomerMessage } from './state';
import { toneProblemOf } from './toneProblem';

/** `readBack`: how the engine reads a reframe of this turn, if it is a flagged agent message. */
export function foldTurn(state: ConversationState, ctx: TurnContext, flags: Flag[], turn: Turn, readBack: ReadBack): void {
  if (ctx.at !== undefined) state.followUpDay = nextBusinessDay(ctx.at);
  if (turn.speaker === 'customer') foldCustomerTurn(state, ctx, turn);
  else if (turn.speaker === 'agent' && ctx.text) foldAgentMessage(state, ctx, ctx.text, flags, readBack);
  else if (turn.speaker === 'system' && ctx.signal('chat-ended') !== null) state.ended = true;
}

function foldCustomerTurn(state: ConversationState, ctx: TurnContext, turn: Turn): void {
  const { customer, agent, anger } = state;
  if (turn.typing) {
    if (!customer.typing) customer.typingSince = ctx.at;
    customer.typing = true;
    return;
  }
  const text = ctx.text;
  if (!text) return;
  customer.typing = false;
  customer.typingSince = undefined;
  const message: CustomerMessage = { index: ctx.index, at: ctx.at, text, anger: ctx.anger, problemVotes: problemTypeVotes(text, ctx.catalogue.remedies) };
  customer.recent = withBounded(customer.recent, message, RECENT_CUSTOMER_MESSAGES);
  customer.burst = withBounded(customer.burst, message, RECENT_CUSTOMER_MESSAGES);
  customer.words += countWords(text);
  customer.messages++;
  customer.lastAt = ctx.at;
  // Replaced, not added to: a snapshot taken for an earlier turn's suggestions shares the set.
  const given = factsGiven([text], customer.facts);
  // "It's 58213" right after "Can I have your order number?" is the order number.
  if (agent.askedForOrderNumber && !customer.facts.has('order-number') && answersWithIdentifier(text)) given.add('order-number');
  agent.askedForOrderNumber = false;
  if (given.size > 0) customer.facts = new Set([...customer.facts, ...given]);

  foldAnger(state, ctx);
  // A message upset in its own words (frustrated as much as angry) carries a complaint to restate.
  if (ctx.signal('complaint') !== null || ctx.ownMood !== 'calm') {
    customer.lastComplaintTurn = ctx.index;
    agent.restatedSinceComplaint = false;
    agent.askedQuestion = false;
    // Restated from what they said since the agent last spoke: an older sentence said back now
    // answers a message they have moved on from.
    state.complaintSentences = complaintCandidates(customer.burst.map((m) => m.text));
    state.problemType = problemTypeAfter(state.problemType, customer.recent.map((m) => m.problemVotes));
  }
  customer.closing = ctx.ownMood === 'calm' && ctx.signal('complaint') === null && (ctx.signal('resolved') !== null || (ctx.signal('thanks') !== null && isShortThanks(text)));
  customer.latestNeedsNoSympathy =
    customer.closing ||
    (ctx.ownMood === 'calm' && !PRESSING.test(text.raw) && !SOUR.test(text.raw) && (countWords(text) <= SHORT_ANSWER_WORDS || UPBEAT.test(text.raw) || ctx.signal('thanks') !== null));
  if (ctx.signal('insult') !== null) customer.insultTurns++;
  const rejected = ctx.signal('offer-rejected') !== null;
  if (agent.solutionOffered && rejected) state.offerRejected = true;
  foldCustomerCues(state, text, rejected);
  customer.latestNamesCase = namesSpecificProblem(message.problemVotes) || given.has('order-number') || given.has('account-email');
  customer.thanked = ctx.signal('thanks') !== null;
  customer.saidResolved = ctx.signal('resolved') !== null;
  if (!state.name) state.name = nameFromCustomerWords(text);
  else {
    const corrected = correctedName(text, state.name);
    if (corrected) {
      state.name = corrected;
      state.agent.messagesWithoutName = 0;
    } else state.name = spelledAsCustomer(state.name, text.raw);
  }
}

// Replaced, never mutated: a snapshot taken for an earlier turn shares the sets.
function foldCustomerCues(state: ConversationState, text: AnalyzedText, rejected: boolean): void {
  const { customer, agent } = state;
  const cues = customerCuesOf(text);
  customer.latestCues = cues;
  if ([...cues].some((cue) => !customer.cues.has(cue))) customer.cues = new Set([...customer.cues, ...cues]);
  // "Yes please" to "I can arrange a replacement": the action is agreed.
  if (agent.offerPending && cues.has('accepts') && !rejected) state.actionAgreed = true;
  agent.offerPending = false;
}

// A problem word (not a domain word alone) of a type with remedies of its own.
function namesSpecificProblem(votes: ProblemTypeVotes): boolean {
  for (const [type, weight] of votes) if (type !== 'other' && weight >= 1) return true;
  return false;
}

function foldAgentCues(state: ConversationState, text: AnalyzedText): void {
  const { agent } = state;
  const cues = agentCuesOf(text);
  if ([...cues].some((cue) => !agent.cues.has(cue))) agent.cues = new Set([...agent.cues, ...cues]);
  const refused = refusedActions(text);
  if ([...refused].some((act) => !agent.refused.has(act))) agent.refused = new Set([...agent.refused, ...refused]);
  if (cues.has('own-action') && !cues.has('refused')) state.actionAgreed = true;
  agent.offerPending = cues.has('offers-action');
}

// The conversation's level follows the mood: a turn counts as upset as the higher of its anger
// and its frustration, so a long frustrated chat is heated (and earns a breather) like an angry one.
function foldAnger(state: ConversationState, ctx: TurnContext): void {
  const { anger, agent } = state;
  const { levelSmoothing, trendDelta, heatedLevel } = ctx.rules.settings;
  // Calm until now: the customer's previous message read calm (or there was none).
  const wasCalm = anger.mood === 'calm';
  anger.previousLevel = anger.level;
  anger.level = levelSmoothing * Math.max(ctx.anger, ctx.frustration) + (1 - levelSmoothing) * anger.level;
  const delta = anger.level - anger.previousLevel;
  anger.trend = delta >= trendDelta ? 'rising' : delta <= -trendDelta ? 'cooling' : 'steady';
  anger.peak = Math.max(anger.peak, anger.level);
  if (anger.level >= heatedLevel) anger.heatedTurns++;
  if (ctx.mood !== 'calm') {
    // A customer upset again after a calm message needs empathy again.
    if (anger.lastUpsetTurn === undefined || wasCalm) {
      agent.empathizedSinceAnger = false;
      agent.messagesWithoutEmpathy = 0;
    }
    anger.lastUpsetTurn = ctx.index;
  }
  anger.mood = ctx.mood;
}

function foldAgentMessage(state: ConversationState, ctx: TurnContext, text: AnalyzedText, flags: Flag[], readBack: ReadBack): void {
  const { agent, customer, anger } = state;
  agent.messages++;
  agent.lastAt = ctx.at;
  customer.burst = [];
  if (!state.name) {
    const greeted = nameGreetedByAgent(text, state.info.agent?.name);
    // Greeting by name is using it; the check starts from the next message.
    if (greeted) state.name = greeted;
  }
  if (state.name) {
    if (usesName(text.raw, state.name)) {
      agent.usedName = true;
      agent.messagesWithoutName = 0;
    } else agent.messagesWithoutName++;
  }
  if (ctx.signal('restatement') !== null) agent.restatedSinceComplaint = true;
  if (text.questions > 0) agent.askedQuestion = true;
  agent.askedForOrderNumber = asksForOrderNumber(text);
  if (ctx.signal('empathy') !== null) {
    agent.empathizedSinceAnger = true;
    agent.lastEmpathyTurn = ctx.index;
    agent.messagesWithoutEmpathy = 0;
  } else if (anger.lastUpsetTurn !== undefined) agent.messagesWithoutEmpathy++;
  if (ctx.signal('solution-offer') !== null) {
    agent.solutionOffered = true;
    agent.messagesWithoutSolution = 0;
    state.offerRejected = false;
  } else if (customer.lastComplaintTurn !== undefined) agent.messagesWithoutSolution++;
  if (ctx.signal('follow-up') !== null) agent.followUpStated = true;
  if (ctx.signal('escalation-handoff') !== null) agent.escalated = true;
  foldAgentCues(state, text);
  state.lastToneProblem = toneProblemOf(flags, text, readBack, agent.recentLines);
  agent.recentLines = withBounded(agent.recentLines, text.raw, RECENT_AGENT_LINES);
  state.draftFlags = [];
  state.draftToneProblem = undefined;
}

// "Yes", "Hold please", "iOS 11.1": an answer, not a new account of the problem.
const SHORT_ANSWER_WORDS = 3;
// "Hello??? Anyone there?!" is short and presses: the customer is waiting, not answering.
const PRESSING = /[?!]{2,}/;
// "Y'all lie", "Sadly yes", "Still no": short, and still sore.
const SOUR = /\b(?:lie[sd]?|lying|liars?|no|not|never|still|again|why|useless|sadly|unfortunately|ridiculous|seriously|wtf|smh|joke)\b|n't\b/i;
const UPBEAT = /[😀😁😂😃😄😊🙂😍🥰👍🙏❤]|\b(?:haha+|lol|great|awesome|ecstatic|happy|glad|love it|perfect|brilliant|excellent|amazing)\b/iu;

// "Thanks, Becky!" closes; "I've sent you the details. Thanks for your help" still waits for an answer.
const SHORT_THANKS_WORDS = 10;
function isShortThanks(text: AnalyzedText): boolean {
  return text.questions === 0 && countWords(text) <= SHORT_THANKS_WORDS;
}

function countWords(text: AnalyzedText): number {
  let words = 0;
  for (const type of text.types) if (type === 'word') words++;
  return words;
}

/** A new window: the list plus the item, its oldest dropped past `max` (the old one may be in a snapshot). */
function withBounded<T>(list: readonly T[], item: T, max: number): T[] {
  const next = list.length >= max ? list.slice(list.length - max + 1) : list.slice();
  next.push(item);
  return next;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday" for a Thursday chat; Monday after a Friday or weekend chat. */
function nextBusinessDay(at: number): string {
  const day = new Date(at).getUTCDay();
  const next = day === 5 ? 1 : day === 6 ? 1 : (day + 1) % 7;
  return WEEKDAYS[next]!;
}
