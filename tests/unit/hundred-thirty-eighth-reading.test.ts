// What the 138th reading's blind ten (hard chats 2151–2160) found, as kinds, in our own words,
// learned from after it was graded: a reframe keeping "To be honest the delay is because your bank
// statement came late, so next time please send everything earlier" (a cause told as a plain fact),
// and "You're welcome… let's go through the other things now" to a thank-you for a look still to
// come, followed by a new question.
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('whose fault it was, told as a cause', () => {
  it('is no plain fact a reframe keeps', () => {
    expect(isSendableClause('the delay is because your documents arrived late')).toBe(false);
    expect(isSendableClause('To be fair the hold-up was due to your late payment')).toBe(false);
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'My work permit still has not come and I start on the 3rd!']],
        "Don't worry, I promise you will have your permit before the 3rd. To be honest the delay is because your bank statement came late, so next time please send everything earlier.",
      ) ?? '';
    expect(reframe).not.toMatch(/because|next time/);
  });
});

describe('thanks for a look still to come', () => {
  it('is not answered as the case closed when a new question follows', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I had to leave the course early because my mother is in hospital. Can I get a refund for the weeks I miss?'],
      ['a', "I'm so sorry to hear about your mother. Let me check what applies to your enrolment and come back to you."],
      ['c', 'Thank you. One more thing, the locker deposit of 20 euros. Do I get that back too?'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/You're welcome.*other things/);
  });
});
