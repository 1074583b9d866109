// PLAYBOOK step 2: let them vent; don't interrupt, don't start solving before they finish.
import { secondsBetween } from '../time';
import { defineDetector } from './types';

export default defineDetector({
  category: 'interruption',
  playbook: 2,
  checks: {
    'interruption.while-typing': (ctx, rule) => {
      const { typing, typingSince } = ctx.state.customer;
      if (!typing) return null;
      // A typing indicator left on for minutes is stale, not a customer mid-sentence.
      const age = secondsBetween(typingSince, ctx.at);
      return age === undefined || age <= Number(rule.params.freshSeconds ?? 60) ? true : null;
    },
    'interruption.mid-burst': (ctx, rule) => {
      const burst = ctx.state.customer.burst;
      if (burst.length < Number(rule.params.minMessages ?? 2)) return null;
      const last = burst[burst.length - 1]!;
      const quick = burst.every((m, i) => i === 0 || (secondsBetween(burst[i - 1]!.at, m.at) ?? 0) <= Number(rule.params.burstGapSeconds ?? 20));
      const replyGap = secondsBetween(last.at, ctx.at);
      const soon = replyGap === undefined || replyGap <= Number(rule.params.replyWithinSeconds ?? 30);
      if (!quick || !soon) return null;
      const endings = Array.isArray(rule.params.unfinishedEndings) ? rule.params.unfinishedEndings.map(String) : DEFAULT_UNFINISHED_ENDINGS;
      return looksUnfinished(last.text.raw, endings) ? last.text.raw.slice(-40) : null;
    },
    'interruption.premature-fix': (ctx, rule) => {
      const offer = ctx.signal('solution-offer');
      if (offer === null) return null;
      // "I have a problem" is not yet a description: without a complaint the customer needs
      // more words, with one a short description will do.
      const { words, lastComplaintTurn } = ctx.state.customer;
      const needed = lastComplaintTurn === undefined ? Number(rule.params.minCustomerWords ?? 12) : Number(rule.params.minComplaintWords ?? 6);
      return words < needed ? offer : null;
    },
  },
  // The customer has finished their thought once they send a message.
  resolves: (ctx) => ctx.speaker === 'customer' && !!ctx.text,
  // Before the problem is told: a neutral opener that invites the customer to tell it.
  suggest: (s) => {
    const { customer } = s.state;
    if (customer.recent.length === 0 || customer.lastComplaintTurn !== undefined || s.state.agent.askedQuestion) return [];
    // Only while they have said too little to go on ("Hi, I need help"): after a question or an
    // account of what happened, "tell me a bit more" reads as not having read it.
    if (customer.words >= OPENER_UNTIL_WORDS) return [];
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
