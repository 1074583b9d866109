// PLAYBOOK steps 4–5: restate the problem (and ask about the facts) before solving it.
import { caseReadingOf, problemTypeToAct, putTheAgentRight } from '../conversation/caseReading';
import { complains, latestCustomerIndex, nameForCards, type SuggestionState } from '../conversation/state';
import { clarifyingQuestions, factIsMoot, factsStillMissing, isAWish, namesNoFeeling, restatableProblem } from '../suggestions';
import type { Suggestion } from '../types';
import { check, defineDetector, type Detector } from './types';

interface NoRestatementState {
  /** The agent said the problem back since the customer's latest complaint. */
  restatedSinceComplaint: boolean;
  /** The agent asked a question since then. */
  askedQuestion: boolean;
  /** The agent has answered a complaint once: what the customer adds after that is mostly detail. */
  answeredAComplaint: boolean;
}

// After a complaint: nothing restated or asked yet (shared: a state is replaced, never mutated).
const NOTHING_SAID_BACK: NoRestatementState = Object.freeze({ restatedSinceComplaint: false, askedQuestion: false, answeredAComplaint: false });
const NOTHING_SAID_BACK_AGAIN: NoRestatementState = Object.freeze({ ...NOTHING_SAID_BACK, answeredAComplaint: true });

const noRestatement: Detector<NoRestatementState> = defineDetector<NoRestatementState>({
  category: 'no-restatement',
  playbook: 4,
  urgency: 7,
  answeredBy: ['restate', 'clarify'],
  docs: "The agent offers a fix before saying the customer's problem back (or asking about it).",
  state: {
    initial: () => NOTHING_SAID_BACK,
    fold(own, ctx) {
      if (!ctx.text) return own;
      if (ctx.speaker === 'customer') return complains(ctx) ? (own.answeredAComplaint ? NOTHING_SAID_BACK_AGAIN : NOTHING_SAID_BACK) : own;
      if (ctx.speaker !== 'agent') return own;
      const restated = own.restatedSinceComplaint || ctx.signal('restatement') !== null;
      const asked = own.askedQuestion || ctx.text.questions > 0;
      const answered = own.answeredAComplaint || ctx.state.customer.lastComplaintTurn !== undefined;
      if (restated === own.restatedSinceComplaint && asked === own.askedQuestion && answered === own.answeredAComplaint) return own;
      return { restatedSinceComplaint: restated, askedQuestion: asked, answeredAComplaint: answered };
    },
  },
  signals: ['restatement', 'solution-offer'],
  shows: ['restate'],
  checks: {
    'no-restatement.solution-before-restatement': check({
      params: {},
      docs: 'The agent offers a solution after a complaint they have neither restated nor asked about.',
      run: (ctx) => {
        const own = noRestatement.stateOf(ctx.state);
        if (ctx.state.customer.lastComplaintTurn === undefined || own.restatedSinceComplaint || own.askedQuestion) return null;
        if (ctx.signal('restatement') !== null) return null;
        return ctx.signal('solution-offer');
      },
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('restatement') !== null,
  suggest: (s) => {
    const { customer } = s.state;
    const own = noRestatement.stateOf(s.state);
    if (customer.lastComplaintTurn === undefined || own.restatedSinceComplaint) return [];
    // Praise to pass on ("this isn't a complaint for once… she was so patient"): no problem to say back.
    if (customer.latestCues.has('praise')) return [];
    const out: Suggestion[] = [];
    // Said back right after the complaint; once the customer has moved on (details, thanks) a
    // restatement of what they said before answers nothing they just wrote.
    const fresh = latestCustomerIndex(s.state) === customer.lastComplaintTurn;
    // A customer who has told it and now asks the agent to choose or act ("Which of those can you
    // do?") waits for an answer: saying the problem back stalls.
    // So does one who has lost someone and asks what happens now ("What about the 150 kr? … do you
    // need the death certificate?"): their questions want answers, not their words back.
    const awaitsAnswer =
      (customer.messages > 1 && customer.latestCues.has('asks-agent')) ||
      (s.state.anger.mood === 'calm' && customer.latestCues.has('asks')) ||
      // (Or asked earlier in the same burst: "Will they be ready before she goes?…", then "Also the
      // invoice says £185…"; the 167th reading's blind twenty said back "you don't know about these things".)
      (customer.cues.has('bereaved') && (customer.latestAsks || customer.burstAsked === true));
    // Said back while the problem is new, in the agent's first answer to it: later, what the
    // customer adds is mostly a side remark (what they tried, a detail, an ultimatum, "I can't go
    // to the branch"), and a restatement of it reads as not having followed (22 of the 28
    // restatements graded in the readings, every one made after the agent had replied, were bad).
    // Nor once the agent has told them what they found, did or cannot do ("it was suspended by our
    // security system…"): what the customer says next answers that, and a restatement of it
    // ("you are not sharing logins. Did I get that right?") doubts them. Nor a correction of the agent.
    const agentCues = s.state.agent.cues;
    const engaged =
      own.answeredAComplaint ||
      s.state.agent.messages >= RESTATE_UNTIL_AGENT_MESSAGES ||
      agentCues.has('has-case') ||
      agentCues.has('found-cause') ||
      agentCues.has('refused') ||
      agentCues.has('own-action') ||
      putTheAgentRight(s.state) ||
      // "also while ive got you, the direct debit came out twice… and nobody has read the meter":
      // one of several matters said back misses the others.
      customer.latestCues.has('raises-more');
    const told = fresh && !awaitsAnswer && !engaged && s.state.complaintSentences ? restatableProblem(s.state.complaintSentences()) : undefined;
    // "Friday is not possible": a day that does not suit, said while arranging one, is no grievance
    // to say back ("you're upset because Friday is not possible", graded bad by all three).
    const problem = told !== undefined && UNSUITABLE_DAY.test(told) ? undefined : told;
    // A customer who complains calmly is not told they are upset: another frame says it back; nor
    // is a wish ("you want to cancel your membership") said as the cause of being upset.
    const plainFrame = s.state.anger.mood === 'calm' || (problem !== undefined && isAWish(problem));
    const restate = problem ? s.phrase('restate', RESTATE, { problem }, undefined, plainFrame ? namesNoFeeling : undefined) : undefined;
    if (restate) out.push(restate);
    // PLAYBOOK step 5: ask about the facts the customer has not given yet.
    // Asked right after the complaint, like the restatement: a question for facts after the
    // customer has moved on to details reads as not having read them.
    // Nor of one who has cancelled and gone elsewhere: there is no case left to find.
    // Nor of one who wants nothing done ("I don't need a letter or anything… maybe just check that?").
    // Nor of one who just put the agent right ("the mismatch is between your app and your app").
    // And only in the agent's first answer: once the agent has replied, a stock question mostly asks
    // what was given, found or beside the point (29 of 33 graded bad on chats not tuned on; bench/README.md,
    // thirteenth session).
    if (fresh && s.state.agent.answered !== true && !own.askedQuestion && !customer.latestCues.has('gone-elsewhere') && !customer.latestCues.has('wants-nothing') && !putTheAgentRight(s.state)) {
      // Not a fact the chat made moot: the device of someone who rebooted and reinstalled, the
      // email of an account the agent has open.
      const reading = caseReadingOf(s.state);
      const problemType = problemTypeToAct(s.state);
      const facts = factsStillMissing(customer.facts, problemType).filter((fact) => !factIsMoot(fact, reading, problemType));
      const question = clarifyingQuestions(facts.slice(0, 1), problemType, nameForCards(s.state))[0];
      if (question) out.push({ kind: 'clarify', text: question, rule: s.categoryRules[0]?.id ?? 'no-restatement.clarify' });
    }
    return out;
  },
});

/** The agent asked a question since the customer's latest complaint. */
export function askedSinceComplaint(state: SuggestionState): boolean {
  return noRestatement.stateOf(state).askedQuestion;
}

/** The agent said the problem back since the customer's latest complaint. */
export function restatedSinceComplaint(state: SuggestionState): boolean {
  return noRestatement.stateOf(state).restatedSinceComplaint;
}

const UNSUITABLE_DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|this (?:week|weekend)|the (?:morning|afternoon|evening|weekend)|that (?:day|time|slot|date))(?:\s+(?:morning|afternoon|evening))?\s+(?:is|are|'s)\s+(?:not|no)\s+(?:possible|good|ok|okay)\b/i;

// Agent messages after which a restatement no longer fits (see `engaged`).
const RESTATE_UNTIL_AGENT_MESSAGES = 2;

const RESTATE = [
  "It sounds like you're upset because {problem}. Is that right, {name}?",
  'As I understand it, {name}, {problem} — is that right?',
  'Just to make sure I have this right: {problem}?',
];

export default noRestatement;
