// PLAYBOOK step 2: let them vent; don't interrupt, don't start solving before they finish.
import { secondsBetween } from '../time';
import { problemNotYetTold } from '../conversation/caseReading';
import { askedSinceComplaint } from './noRestatement';
import { check, defineDetector } from './types';

export default defineDetector({
  category: 'interruption',
  playbook: 2,
  // None: the answer is to wait (a rule that has words for it, like a premature fix's opener, names its card by rule id).
  urgency: 3,
  answeredBy: [],
  docs: 'The agent replies while the customer is still typing or mid-thought, or solves before the problem is told.',
  signals: ['solution-offer'],
  shows: ['clarify'],
  checks: {
    'interruption.while-typing': check({
      params: { freshSeconds: 'number' },
      docs: 'The agent sends while the customer is typing (an indicator at most `freshSeconds` old, default 60).',
      run: (ctx, params) => {
        const { typing, typingSince } = ctx.state.customer;
        if (!typing) return null;
        // A typing indicator left on for minutes is stale, not a customer mid-sentence.
        const age = secondsBetween(typingSince, ctx.at);
        return age === undefined || age <= (params.freshSeconds ?? 60) ? true : null;
      },
    }),
    'interruption.mid-burst': check({
      params: { minMessages: 'number', burstGapSeconds: 'number', replyWithinSeconds: 'number', unfinishedEndings: 'text list' },
      docs: 'The agent replies within `replyWithinSeconds` (default 30) to a burst of `minMessages` (default 2) quick messages, at most `burstGapSeconds` (default 20) apart, whose last looks unfinished (ends on "…", a comma or one of `unfinishedEndings`).',
      run: (ctx, params) => {
        const burst = ctx.state.customer.burst;
        if (burst.length < (params.minMessages ?? 2)) return null;
        const last = burst[burst.length - 1]!;
        const gap = params.burstGapSeconds ?? 20;
        const quick = burst.every((m, i) => i === 0 || (secondsBetween(burst[i - 1]!.at, m.at) ?? 0) <= gap);
        const replyGap = secondsBetween(last.at, ctx.at);
        const soon = replyGap === undefined || replyGap <= (params.replyWithinSeconds ?? 30);
        if (!quick || !soon) return null;
        return looksUnfinished(last.text.raw, params.unfinishedEndings ?? DEFAULT_UNFINISHED_ENDINGS) ? last.text.raw.slice(-40) : null;
      },
    }),
    'interruption.premature-fix': check({
      params: { minCustomerWords: 'number', minComplaintWords: 'number' },
      docs: 'The agent offers a solution before the customer has written `minCustomerWords` (default 12) words, or `minComplaintWords` (default 6) once they complained.',
      run: (ctx, params) => {
        const offer = ctx.signal('solution-offer');
        if (offer === null) return null;
        // "I have a problem" is not yet a description: without a complaint the customer needs
        // more words, with one a short description will do.
        const { words, lastComplaintTurn } = ctx.state.customer;
        const needed = lastComplaintTurn === undefined ? (params.minCustomerWords ?? 12) : (params.minComplaintWords ?? 6);
        return words < needed ? offer : null;
      },
    }),
  },
  // The customer has finished their thought once they send a message.
  resolves: (ctx) => ctx.speaker === 'customer' && !!ctx.text,
  // Before the problem is told: a neutral opener that invites the customer to tell it.
  suggest: (s) => {
    const { customer } = s.state;
    // (A complaint that tells nothing yet, "i have a serious problem i need help with.", still wants it told.)
    if (customer.recent.length === 0 || (customer.lastComplaintTurn !== undefined && !problemNotYetTold(s.state)) || askedSinceComplaint(s.state)) return [];
    // Only while they have said too little to go on ("Hi, I need help"): after a question or an
    // account of what happened, "tell me a bit more" reads as not having read it.
    if (customer.words >= OPENER_UNTIL_WORDS) return [];
    // Nor to a happy or playful post that asks for nothing ("Got my $3 #boorito 🎃"): nothing happened.
    if (customer.openingWithoutProblem === true) return [];
    const opener = s.phrase('clarify', OPENERS);
    return opener ? [opener] : [];
  },
});

// The premature-fix rule's own measure of "has not described the problem yet".
const OPENER_UNTIL_WORDS = 12;
const OPENERS = ["Let's go over what happened, {name} — can you tell me a bit more?", 'Could you walk me through what happened, {name}?'];

// Words a message does not end on when the customer has finished ("and you sent me").
const DEFAULT_UNFINISHED_ENDINGS = ['and', 'but', 'or', 'so', 'because', 'the', 'a', 'an', 'to', 'me', 'my', 'with', 'of', 'for', 'that', 'then', 'also', 'which', 'when', 'if', 'you', 'your', 'is', 'was', 'were', 'sent', 'said', 'like', 'plus'];

function looksUnfinished(text: string, endings: readonly string[]): boolean {
  const trimmed = text.trim();
  if (/(\.\.\.|…|,|-|:)$/.test(trimmed)) return true;
  if (/[.!?)]$/.test(trimmed)) return false;
  const lastWord = trimmed.toLowerCase().match(/[\p{L}']+$/u)?.[0];
  return lastWord !== undefined && endings.includes(lastWord);
}
