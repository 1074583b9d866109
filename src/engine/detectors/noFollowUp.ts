// PLAYBOOK step 9: act, then say when you will follow up.
import { checkBackDay, needsHelpNow } from '../conversation/caseReading';
import { latestCustomerIndex, type SuggestionState } from '../conversation/state';
import { FOLLOW_UP_PHRASINGS, TOLD_ON_ARRIVAL_PHRASINGS, TOLD_OUTCOME_PHRASINGS, WHEN_TO_EXPECT_PHRASINGS } from '../suggestions';
import noSolution from './noSolution';
import { check, defineDetector, type Detector } from './types';

interface NoFollowUpState {
  followUpStated: boolean;
}

const noFollowUp: Detector<NoFollowUpState> = defineDetector<NoFollowUpState>({
  category: 'no-follow-up',
  playbook: 9,
  urgency: 10,
  answeredBy: ['follow-up'],
  docs: 'The agent closes after an offer without saying when they will follow up.',
  state: {
    initial: () => ({ followUpStated: false }),
    fold(own, ctx) {
      return ctx.speaker === 'agent' && ctx.text && !own.followUpStated && ctx.signal('follow-up') !== null ? { followUpStated: true } : own;
    },
  },
  signals: ['follow-up', 'closing', 'chat-ended'],
  shows: ['follow-up'],
  checks: {
    'no-follow-up.closing-without-follow-up': check({
      params: {},
      docs: 'The agent closes (or the chat ends) after an offer, and no message said when they will follow up.',
      run: (ctx) => {
        if (!noSolution.stateOf(ctx.state).solutionOffered || noFollowUp.stateOf(ctx.state).followUpStated || ctx.signal('follow-up') !== null) return null;
        return ctx.signal('closing') ?? ctx.signal('chat-ended');
      },
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('follow-up') !== null,
  // Once an action was agreed and the customer has taken it calmly: while they are still
  // complaining (in their own words) or typing, a "I'll follow up on Monday" card would close a chat that is not done.
  suggest: (s) => {
    const { customer } = s.state;
    const offer = noSolution.stateOf(s.state);
    // "Will someone actually tell me whether it's approved…?" once it was passed on:
    // yes, they will be told (an acknowledgement of what they asked for earlier answers nothing).
    if (customer.latestAsksIfTold === true && !customer.closing && s.state.draftText === undefined && !customer.typing && latestCustomerIndex(s.state) === s.state.nextIndex - 1) {
      // (Told of an arrival, no day to check in by: the delivery is the news.)
      const arrival = customer.latestAsksToBeToldOnArrival === true;
      const told = s.phrase('follow-up', arrival ? TOLD_ON_ARRIVAL_PHRASINGS : TOLD_OUTCOME_PHRASINGS, { day: arrival || needsHelpNow(s.state) ? undefined : checkBackDay(s.state) }, []);
      return told ? [told] : [];
    }
    // "And when does the request become actual money?" right after the agent acted: when they
    // will hear is the honest answer the agent can keep, sarcasm or an earlier "no" or not.
    // (The team's check-back templates don't answer "when?": this wording only.)
    if (asksWhenAfterAction(s.state)) {
      // ("today? … I am losing sales every hour": no later day to wait for the answer.)
      const update = s.phrase('follow-up', WHEN_TO_EXPECT_PHRASINGS, { day: needsHelpNow(s.state) ? undefined : checkBackDay(s.state) }, []);
      return update ? [update] : [];
    }
    if (!offer.solutionOffered || noFollowUp.stateOf(s.state).followUpStated) return [];
    // An offer just turned down is no agreed action: a check-back would close on a "no".
    if (offer.offerRejected) return [];
    // A check-back needs something agreed to check on; a dated one leaves a customer who needs
    // help right now (stranded, on their way) waiting.
    if (!s.state.actionAgreed || needsHelpNow(s.state)) return [];
    if (customer.typing || latestCustomerIndex(s.state) === customer.lastComplaintTurn) return [];
    // "oh brilliant, £5. love how your app thinks…": a check-back answers the sarcasm with a date.
    if (customer.mocking) return [];
    // "thank you so much… ingat!": a goodbye is answered with one, not a day to check back on.
    if (customer.leaving) return [];
    // "That's everything. Thank you": nothing is left to check back on, least of all by email once
    // the agent closed the account ("so no more emails go out").
    if (customer.latestCues.has('nothing-more') || customer.burstNothingMore === true || s.state.agent.recentLines.some((line) => ACCOUNT_CLOSED.test(line))) return [];
    // "I'll go with the other one": they are taking another offer; nothing here to check back on.
    if (customer.latestCues.has('chooses-other') || customer.burstChoseOther === true) return [];
    // "I would like it replaced under the warranty, please": they asked for something; a check-back answers nothing.
    if (customer.latestCues.has('states-ask')) return [];
    // "does 'reasonable' cover both, or do I pick which night?": a date to check back answers no question.
    if (customer.latestAsks && latestCustomerIndex(s.state) === s.state.nextIndex - 1) return [];
    // "Sorry. I know it's not you. I just wanted something from us there for him": one grieving who
    // has not closed the chat is not told about an email on Monday.
    if (customer.cues.has('bereaved') && !customer.thanked) return [];
    const followUp = s.phrase('follow-up', FOLLOW_UP_PHRASINGS, { day: checkBackDay(s.state) });
    return followUp ? [followUp] : [];
  },
});

// The agent's own step just taken ("I've submitted a card refund request"), and the customer's
// next message asks when it will land.
function asksWhenAfterAction(state: SuggestionState): boolean {
  const { customer, agent } = state;
  // (Beside a draft, the draft is the agent's answer.)
  if (!customer.latestCues.has('asks-when') || state.draftText !== undefined || customer.typing || latestCustomerIndex(state) !== state.nextIndex - 1 || customer.leaving || customer.closing) return false;
  return agent.cues.has('own-action') && !agent.cues.has('refused') && !noFollowUp.stateOf(state).followUpStated;
}

// The agent closed the account, or said no more emails will go out.
const ACCOUNT_CLOSED = /\b(?:(?:i've|i have|we've|we have)\s+(?:also\s+|now\s+)?(?:closed|deleted|deactivated)\s+(?:the|your)\s+account|(?:the|your)\s+account\s+(?:is|has been)\s+(?:now\s+)?(?:closed|deleted|deactivated)|no more emails)\b/i;

export default noFollowUp;
