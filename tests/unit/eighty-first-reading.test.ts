// What the 81st and 82nd readings' blind tens (hard chats 1561–1580) found, as kinds, in our own
// words: a reframe of a policy wall that dropped the citation and the blame but left the rule bare,
// with neither an acknowledgement nor what the agent can do ("cancellations are only valid when…");
// "when does it become actual money?" right after the agent's refund request, answered by no card;
// "I did not type anything" read as putting the agent right when the agent had said no such thing.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe of a policy wall', () => {
  it('acknowledges a rule kept as the answer, and says what the agent can do where the wall went', () => {
    const reframe = reframeAfter(
      engine,
      'I returned the blender at your shop on the 3rd and I still have the receipt. Why am I charged again??',
      'Returns are only accepted through the online portal within 14 days, as per section 4 of our terms. The store team should never have taken it, that is their problem, not ours. The charge is correct per policy and non-refundable.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/isn't the answer you were hoping for|not what you were hoping to hear|I'm sorry/);
    expect(reframe).toMatch(/What I can do is/);
    expect(reframe).not.toMatch(/section 4|their problem|non-refundable|per policy/i);
  });

  it('acknowledges a rule that says no by what it allows ("only accepted through…")', () => {
    const reframe = reframeAfter(
      engine,
      'My lenses still give me headaches after a month, I want them remade.',
      'Remakes are only considered after 8 weeks, as stated in our terms.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/isn't the answer you were hoping for|not what you were hoping to hear/);
  });

  it('adds no "what I can do" where the draft already gives the next step', () => {
    const reframe = reframeAfter(
      engine,
      'My card got blocked abroad and I cannot pay the hotel!!',
      "That's your bank's problem, not ours, take it up with them. Your new card will be posted within 5-7 working days.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/new card will be posted/);
    expect(reframe).not.toMatch(/What I can do is look into the other options/);
  });
});

describe('"when?" right after the agent acted', () => {
  it('gets a day by which the agent will know, even said sarcastically', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your app froze and the rental kept running all night. €64 for a ride I never took!'],
      ['a', "I'm sorry about that. I've put in a refund request for the €64 to your card."],
      ['c', 'Wow, a request, amazing 🙄 So when does that turn into money in my account? Bills are due Monday.'],
    ]);
    const card = cards.find((c) => c.kind === 'follow-up');
    expect(card?.text).toMatch(/let you know\b.*\bwhen to expect it/);
  });

  it('gets no such card when the agent has done nothing yet', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your app froze and the rental kept running all night. €64 for a ride I never took!'],
      ['a', 'Could you send me the ride ID from the receipt?'],
      ['c', 'R-55102. When will I get the money back?'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/when to expect it/);
  });
});

describe('"I did not … anything"', () => {
  it('is no correction of an agent who never said they had', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your tax app says I owe 9,000 now?? It showed me a refund when I filed!'],
      ['a', 'I can see the return. The childcare costs were included for 6,200, and part of them was not accepted.'],
      ['c', 'But the app put those costs in by itself from my receipts, I did not type anything. So whose mistake is it?'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/putting me right|correcting me/);
  });

  it('puts right an agent who said they had', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My transfer to the builder failed three times today!'],
      ['a', 'I checked, and the reason is that the account name you entered does not match the receiving account.'],
      ['c', 'I did not enter anything, the app filled the name in itself after the account number.'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).toMatch(/putting me right|correcting me/);
  });
});

describe('a reframe of a cold no (83rd reading, hard chats 1581–1590)', () => {
  const grieving = 'My husband died in March and you sent his gym account to debt collectors?? I posted the death certificate to you weeks ago.';

  it('drops "regardless of circumstances" and keeps the rule', () => {
    const reframe = reframeAfter(engine, grieving, 'Per our policy, unpaid memberships are passed to collections after 60 days regardless of circumstances. The estate is responsible for the balance.');
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/regardless/i);
    expect(reframe).toMatch(/collections after 60 days/);
  });

  it('turns "unable to discuss X further" into finding who can go through X', () => {
    const reframe = reframeAfter(engine, grieving, "Per our policy, accounts go to collections after 60 days. I'm unable to discuss the cancellation fee further.");
    expect(reframe).toMatch(/I'll find out who can go through the cancellation fee with you/);
  });

  it('keeps a door shut on what is kept from everyone', () => {
    const reframe = reframeAfter(engine, 'Why is my account banned?? I never cheated!', 'Your account was suspended for cheating. We are unable to discuss the details of the detection. The decision stands.');
    expect(reframe ?? '').not.toMatch(/go through the details of the detection/);
  });

  it('drops an "Until then" whose sentence went before it', () => {
    const reframe = reframeAfter(engine, grieving, 'We have no record of receiving anything, that is on you. Until then the membership stays active and billable.');
    expect(reframe ?? '').not.toMatch(/until then/i);
  });
});
