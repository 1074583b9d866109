// PLAYBOOK step 7: offer a solution from the team's remedies; when it is rejected, offer
// options or ask what they feel would be fair.
import { caseReadingOf, noCaseToTakeOn, ownableCase, problemTypeToAct, putTheAgentRight, retentionOfferedToLeaver, somethingToLookInto } from '../conversation/caseReading';
import { escalationOpen, medicineRunningOut } from '../conversation/openEscalation';
import { latestMessagePresses } from '../conversation/state';
import { ACKNOWLEDGE_ASK_PHRASINGS, ASK_WHAT_IS_FAIR_PHRASINGS, FIX_NOT_CHECKING_PHRASINGS, CALL_BACK_PHRASINGS, CANCEL_AFTER_REMEDY_PHRASINGS, CANCEL_AS_ASKED_PHRASINGS, RECHECK_PHRASINGS, remediesFor, remedyIsMoot, RETENTION_DECLINED_PHRASINGS, rotatedVariant, STRAIGHT_ANSWER_NO_MORE_CHECKING_PHRASINGS, STRAIGHT_ANSWER_PHRASINGS, WHAT_WE_WILL_DO_PHRASINGS } from '../suggestions';
import type { AgentCue } from '../suggestions/caseCues';
import type { Suggestion } from '../types';
import { handedOver } from './escalation';
import { restatedSinceComplaint } from './noRestatement';
import { check, defineDetector, ownWording, type Detector } from './types';

interface NoSolutionState {
  solutionOffered: boolean;
  /** Agent messages since the complaint without any offer. */
  messagesWithoutSolution: number;
  /** The customer turned down the latest offer. */
  offerRejected: boolean;
}

const noSolution: Detector<NoSolutionState> = defineDetector<NoSolutionState>({
  category: 'no-solution',
  playbook: 7,
  urgency: 9,
  answeredBy: ['solution'],
  docs: "The agent restated the problem but offers nothing, or the customer turned the offer down: the team's remedies.",
  state: {
    initial: () => ({ solutionOffered: false, messagesWithoutSolution: 0, offerRejected: false }),
    fold(own, ctx) {
      if (!ctx.text) return own;
      if (ctx.speaker === 'customer') return own.solutionOffered && !own.offerRejected && ctx.signal('offer-rejected') !== null ? { ...own, offerRejected: true } : own;
      if (ctx.speaker !== 'agent') return own;
      if (ctx.signal('solution-offer') !== null) return { solutionOffered: true, messagesWithoutSolution: 0, offerRejected: false };
      return ctx.state.customer.lastComplaintTurn !== undefined ? { ...own, messagesWithoutSolution: own.messagesWithoutSolution + 1 } : own;
    },
  },
  signals: ['solution-offer', 'offer-rejected'],
  shows: ['solution'],
  checks: {
    'no-solution.restated-without-solution': check({
      params: { afterAgentMessages: 'number' },
      docs: 'The agent restated the complaint, then `afterAgentMessages` (default 2) replies without an offer.',
      run: (ctx, params) => {
        const own = noSolution.stateOf(ctx.state);
        if (ctx.state.customer.lastComplaintTurn === undefined || own.solutionOffered || !restatedSinceComplaint(ctx.state)) return null;
        if (ctx.signal('solution-offer') !== null) return null;
        return own.messagesWithoutSolution + 1 >= (params.afterAgentMessages ?? 2) ? true : null;
      },
    }),
    'no-solution.offer-rejected': check({
      params: {},
      docs: "The customer turns the agent's offer down.",
      run: (ctx) => (noSolution.stateOf(ctx.state).solutionOffered ? ctx.signal('offer-rejected') : null),
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('solution-offer') !== null,
  suggest: (s) => {
    const { customer, agent } = s.state;
    if (customer.lastComplaintTurn === undefined) return [];
    // A line crossed (or handed over) is for a manager (or urgent help): no remedy or "I'll take this on myself".
    // (Unless medicine is running out and they ask whether it is coming: the straight answer is
    // part of keeping them safe, below.)
    const answerForMedicine = medicineRunningOut(s.state) && customer.latestCues.has('demands-answer');
    if ((escalationOpen(s.state) && !answerForMedicine) || handedOver(s.state)) return [];
    // "can somebody call me instead?": the call, not a stock remedy (nor one more chat promise).
    if (customer.latestCues.has('asks-for-call') && !customer.closing) {
      return ownWording(s, 'solution', CALL_BACK_PHRASINGS, 'no-solution.call-back');
    }
    // Put right about what the agent found or said ("that's not the issue", "are you looking at
    // someone else's car?"): go back over it with what they said, not a stock remedy or "what would be fair?".
    // ("this is not really my question"): a stock remedy answers what they said they did not ask.
    if (putTheAgentRight(s.state)) {
      if (!agentToldTheCase(s.state.agent.cues)) return [];
      return ownWording(s, 'solution', RECHECK_PHRASINGS, 'no-solution.recheck');
    }
    // "I'm standing in front of it", "SMS, to a number ending 902": the customer is following the
    // agent's lead, and the agent's next step is the one to take, not a stock offer.
    if (customer.latestFollowsLead === true) return [];
    const { solutionOffered, offerRejected: rejected } = noSolution.stateOf(s.state);
    const cancels = customer.latestCues.has('cancels-outright') || customer.burstCancelled === true;
    // Cancelling outright once the agent put something right that was "not the point" ("I'm
    // refunding this week's box", then "I AM CANCELLING. please stop the box"): the cancellation,
    // done now; sympathy alone ignored it (3 of 3 graded bad). Not a calm "thanks, please cancel the old one".
    if (cancels && agent.cues.has('own-action') && !customer.thanked && !customer.latestCues.has('accepts') && s.state.anger.mood !== 'calm') return ownWording(s, 'solution', CANCEL_AFTER_REMEDY_PHRASINGS);
    // One who asks plainly to cancel ("no thanks. just cancel the order and refund the deposit",
    // "I'm not staying. Cancel it, confirm it in writing"): "let me look into it" or "I'll take this
    // on myself" is the stall they are leaving.
    // (Once something was offered: "no more offers" answers the offer, still pending or not: "I said
    // cancel 3 times now. No free month, no pause, no plan básico". Not a calm "thanks, cancel the old one".)
    // (Or said earlier in the same burst: "Please just cancel it.", then "I need it to end on the 30th…".)
    const pressedToStay = rejected || agent.cues.has('offers-action') || OFFERED.test(agent.recentLines.at(-1) ?? '') || retentionOfferedToLeaver(s.state);
    if (cancels && pressedToStay && (rejected || (!customer.thanked && !customer.latestCues.has('accepts')))) return ownWording(s, 'solution', CANCEL_AS_ASKED_PHRASINGS, 'no-solution.offer-rejected');
    // "Is it possible or not, just tell me clearly": a stock offer to look into it and come back is
    // the non-answer they refused; a straight answer, given now, is what they asked for. (Also while
    // an offer is pending: "please just tell me if it is possible or not" after "I'd like to check
    // what's possible".)
    // ("I need a date today, not 'checking'": without the "let me check" they named; the 160th reading's blind twenty.)
    // (Not "if I pay on friday she is alive now? please tell me the truth": the honest answer the apology
    // card promises is that answer, and "let me check" reads as weighing it.)
    // "will she be ok… tell me honestly if shes going to make it", a dog in surgery: nothing to look into
    // or check; the wait is what the apology card owns.
    if (customer.latestAsksIfTheyWillLive === true) return [];
    if (customer.latestCues.has('demands-answer') && customer.latestAsksIfPreventable !== true && (solutionOffered || rejected || latestMessagePresses(s.state)) && !noCaseToTakeOn(s.state))
      return ownWording(s, 'solution', customer.latestCues.has('refuses-stalling') ? STRAIGHT_ANSWER_NO_MORE_CHECKING_PHRASINGS : STRAIGHT_ANSWER_PHRASINGS, 'no-solution.straight-answer');
    // "I want somebody to fix this NOW, not 'checking'" with no question to answer: the fix owned,
    // without the "I'll check" they named (the 167th reading's blind twenty, bad for all three).
    if (customer.latestCues.has('refuses-stalling') && latestMessagePresses(s.state) && !noCaseToTakeOn(s.state)) return ownWording(s, 'solution', FIX_NOT_CHECKING_PHRASINGS, 'no-solution.remedy');
    // "I have an hour. what are you going to DO": the answer owed in this chat, not "let me look into this
    // and come back to you" (3 of 3 graded that bad, the 198th reading's blind twenty).
    if (customer.latestCues.has('asks-what-we-do') && latestMessagePresses(s.state) && !noCaseToTakeOn(s.state)) return ownWording(s, 'solution', WHAT_WE_WILL_DO_PHRASINGS, 'no-solution.remedy');
    if (solutionOffered && !rejected) return [];
    // Offered when the customer's latest message states or presses the problem (or turns an offer
    // down); after "Yes", "Hold please" or a version number, an offer answers nothing they said.
    if (!rejected && !latestMessagePresses(s.state)) return [];
    // One more matter raised calmly ("Perfect, thank you!! Last one: if you cancel for the weather, do we get
    // our money back?"): the card that takes it up answers it; a stock remedy beside it reads as not having
    // read the question (the 188th reading's blind twenty).
    if (!rejected && customer.latestRaisesOneCalmly === true) return [];
    // Nothing to offer a joke, a customer who wants nothing done or someone else, or one who
    // needs directions this minute.
    if (noCaseToTakeOn(s.state)) return [];
    // The type's own remedies answer the problem as first told. Once the agent has answered it
    // (asked, looked, explained), a stock remedy for the type mostly offers what was done, ruled out
    // or never the point: graded on chats the engine had not been tuned on, 79 of 136 such cards were
    // bad, against 1 in 6 of the general offers (bench/README.md, thirteenth session). Then only a
    // general offer, which fits any problem.
    const general = s.state.problemType === undefined || s.state.problemType === 'other' || s.state.agent.answered === true;
    // "What would feel fair?" asks what they want; once they said it, acknowledging the ask fits.
    const asked = customer.cues.has('states-ask');
    if (rejected) {
      // "Will someone actually tell me whether it's approved?" once it was passed on: the
      // follow-up answers it; thanks for being clear about the ask answers a message before it.
      if (customer.latestAsksIfTold === true) return [];
      // "Are you sure you wouldn't like to stay?" turned down by one closing their account: what
      // they asked for is done, not weighed.
      if (retentionOfferedToLeaver(s.state)) {
        return ownWording(s, 'solution', RETENTION_DECLINED_PHRASINGS, 'no-solution.offer-rejected');
      }
      // "thank you. How long will it take…?" once the agent acted on what they asked: it is under way.
      if (customer.thanked && s.state.anger.mood === 'calm' && s.state.actionAgreed) return [];
      if (!asked) return cards(s.phrase('solution', ASK_WHAT_IS_FAIR_PHRASINGS));
      return ownWording(s, 'solution', ACKNOWLEDGE_ASK_PHRASINGS, 'no-solution.offer-rejected');
    }
    // Remedies already done, known, refused or not applicable (a return for a game's bug) are left out.
    const reading = caseReadingOf(s.state);
    const remedies = remediesFor(general ? undefined : problemTypeToAct(s.state), s.catalogue.remedies).filter((remedy) => !remedyIsMoot(remedy, reading));
    // Remedies are the team's own pre-approved wording: offered as written, not templated.
    // A known kind of problem: its first two remedies to choose from. Otherwise one general
    // offer, a different one after each message, rather than two stock lines every time.
    if (!general) return remedies.slice(0, 2).map((text) => ({ kind: 'solution' as const, text, rule: 'no-solution.remedy' }));
    // The general offers fit any problem, but not a complaint about how the company works, nor
    // one the agent said they cannot help with; taking a case on oneself needs a concrete case,
    // looking into it needs something told to look into.
    if (customer.cues.has('systemic') || agent.refused.has('help') || agent.refused.has('assist')) return [];
    // "Can you please just confirm the cancellation date and the amount of the refund?": what they
    // asked for is an answer; "I'll take this on myself and keep you updated" is the non-answer.
    if (asked && customer.latestAsksToBeTold === true) {
      return ownWording(s, 'solution', ACKNOWLEDGE_ASK_PHRASINGS, 'no-solution.remedy');
    }
    const ownable = ownableCase(s.state);
    const lookable = somethingToLookInto(s.state);
    const offers = remedies.slice(0, 2).filter((remedy) => (takesOwnership(remedy) ? ownable : lookable));
    return offers.length > 0 ? [{ kind: 'solution', text: rotatedVariant(offers, 'general-remedy', customer.messages), rule: 'no-solution.remedy' }] : [];
  },
});

// An offer put to them: "would you like a free month…?", "how about a discount?", "I can offer…".
const OFFERED = /\b(?:would you like|how about|what about|would you consider|can i offer|i can offer|we can offer|i could offer|we could offer|one (?:last|more|other) option|another option)\b/i;

function cards(card: Suggestion | undefined): Suggestion[] {
  return card ? [card] : [];
}

// The agent said what they found, did, offered or cannot do: something the customer can put right.
function agentToldTheCase(cues: ReadonlySet<AgentCue>): boolean {
  return cues.has('has-case') || cues.has('found-cause') || cues.has('gave-steps') || cues.has('gave-tracking') || cues.has('refused') || cues.has('offers-action') || cues.has('own-action');
}

// "I'll take this on myself and keep you updated at every step": a promise to own the case.
function takesOwnership(remedy: string): boolean {
  return /\b(?:take (?:this|it) on myself|keep you updated until|own this|personally)\b/i.test(remedy);
}

export default noSolution;
