// What the 55th and 56th readings (blind drafts 1031–1050, protocol 1051–1060, graded after the
// eighth session's last change) found, as kinds, in our own words: stock remedies beside a draft
// that already carries the case on (a ticket opened, a status found, someone's call booked); a
// cancellation offered beside a draft saying the membership "cannot be cancelled"; and, from the
// learning dialogues, looking up the order right after the agent said they cannot see the account
// in this channel.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { agentCuesOf, refusedActions } from '../../src/engine/suggestions/caseCues';
import { carriesTheCaseOn } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, chatTurns, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

function cardsBesideDraft(lines: ChatLine[], draft: string) {
  const conversation = engine.startConversation({ id: 'draft', customer: { name: 'Ilse Vermeer' } });
  for (const turn of chatTurns(lines)) conversation.addTurn(turn);
  return conversation.previewDraft(draft).suggestions;
}

describe('a draft that carries the case on needs no stock remedy beside it', () => {
  const upset: ChatLine[] = [
    ['c', 'My fridge was meant to be delivered on Tuesday and nobody came. I took the day off for this.'],
    ['a', 'I am sorry, Ilse. Let me check what happened with the delivery.'],
    ['c', 'This is the second time. I want it sorted today.'],
  ];

  it.each([
    // Someone else's step, after an admission the reframe removes.
    'This is entirely our fault. The depot team has rebooked the delivery for Friday between 8 and 12.',
    // A status the agent found, after a promise nobody can keep.
    'I promise this will never happen again. Your order is now marked as priority and the driver will call you an hour before.',
    // The agent's own step, after a push-away.
    "Not our problem really, the courier messed up. I've opened complaint CR-55120 and flagged it to the delivery manager.",
  ])('%s', (draft) => {
    const cards = cardsBesideDraft(upset, draft);
    expect(cards.some((s) => s.kind === 'reframe')).toBe(true);
    expect(cards.filter((s) => s.kind === 'solution').map((s) => s.text)).toEqual([]);
  });

  it('still offers a remedy beside a draft that does nothing about the case', () => {
    const cards = cardsBesideDraft(upset, 'Honestly these things happen, deliveries are never perfect.');
    expect(cards.some((s) => s.kind === 'solution')).toBe(true);
  });

  it('reads which messages carry the case on', () => {
    expect(carriesTheCaseOn('Our engineers are restoring your files from last night.')).toBe(true);
    expect(carriesTheCaseOn('Please send the photo to claims@example.com.')).toBe(true);
    expect(carriesTheCaseOn('I think the update was rushed, sorry.')).toBe(false);
  });
});

describe('a refusal said of the thing', () => {
  it.each([
    ['Fixed-term contracts cannot be cancelled before the end date, as per our terms.', 'cancel'],
    ['Gift cards can not be refunded once activated.', 'refund'],
    ['The booking fee will not be waived, sorry.', 'waive'],
  ])('%s', (message, act) => {
    const text = analyzeText(message);
    expect(agentCuesOf(text).has('refused')).toBe(true);
    expect([...refusedActions(text)]).toContain(act);
  });

  it('reads "there is nothing further I can do" and "only the account holder" as refusals', () => {
    expect(agentCuesOf(analyzeText("There's nothing further I can do on this one.")).has('refused')).toBe(true);
    expect(agentCuesOf(analyzeText('Only the account holder can ask for a change of plan.')).has('refused')).toBe(true);
    expect(agentCuesOf(analyzeText('This can only be approved by the named policyholder.')).has('refused')).toBe(true);
  });

  it('offers no cancellation beside a draft saying it cannot be cancelled', () => {
    const lines: ChatLine[] = [
      ['c', 'I moved to Porto for work and I want to cancel my gym membership. Your staff told me I could stop any time.'],
      ['a', 'Thanks, I have your membership open here.'],
      ['c', 'So cancel it please, I am not paying for a gym in another country.'],
    ];
    const cards = cardsBesideDraft(lines, 'Per our terms, annual memberships cannot be cancelled during the first twelve months, whatever staff said.');
    expect(cards.filter((s) => s.kind === 'solution' && /\bcancel\b/i.test(s.text)).map((s) => s.text)).toEqual([]);
  });
});

describe('the agent cannot see the account in this channel', () => {
  const lines: ChatLine[] = [
    ['c', 'My parcel was due on Monday and still nothing. Where is it?'],
    ['a', "Sorry to hear that. We're not able to view account details over social media. Could you tell me what the tracking page shows?"],
    ['c', 'It just says in transit since last week. This is useless.'],
  ];

  it('reads it as a cue', () => {
    expect(agentCuesOf(analyzeText("We're not able to view account details over social media.")).has('cannot-see-account')).toBe(true);
    expect(agentCuesOf(analyzeText("I can't access your account information here, sorry.")).has('cannot-see-account')).toBe(true);
    expect(agentCuesOf(analyzeText('I can see your account here.')).has('cannot-see-account')).toBe(false);
  });

  it('offers no look-up of the order until the agent has the case', () => {
    const after = play(engine, lines).at(-1)!.suggestions.filter((s) => s.kind === 'solution').map((s) => s.text);
    expect(after.filter((t) => /\b(?:look (?:up|into)|tracking|replacement)\b/i.test(t))).toEqual([]);
    // Once the agent has the order in front of them, looking it up fits again.
    const later = play(engine, [...lines, ['a', 'Thanks for sending your details by DM. I can see your order now.'], ['c', 'Well? It is still not here and I need it for Saturday.']]).at(-1)!;
    expect(later.suggestions.some((s) => s.kind === 'solution')).toBe(true);
  });
});
