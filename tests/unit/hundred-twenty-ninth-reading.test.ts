// What the 129th reading's blind ten (hard chats 2061–2070) found, as kinds, in our own words,
// learned from after it was graded: a reframe keeping "the app didn't crash for anyone else tonight";
// money promised back "by tomorrow" reworded as the case "sorted by tomorrow", and "email the
// receipts straight to me" kept once the payout it was for went; "sorry for the trouble… let's get it
// sorted out" to a widow whose husband was named before "died"; and no card when a customer left
// with a review on TripAdvisor, their bank and "thank you for nothing".
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('doubting the customer by what others did not report', () => {
  it('is dismissive, and no reframe hands it back as a fact', () => {
    expect(rulesOfAgentLine(engine, 'The router worked fine for everyone else on your street.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, 'Nobody else has had this problem since the update.')).toContain('agent-tone.dismissive');
    expect(isSendableClause("The card reader didn't fail for anyone else yesterday")).toBe(false);
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your ticket machine took my money twice at 9pm and gave me one ticket. Who do I believe?']],
        "Well, the machine didn't fail for anyone else tonight. The second payment shows as a pending hold and will drop off in 3 to 5 days.",
      ) ?? '';
    expect(reframe).not.toMatch(/anyone else/);
  });
});

describe('money promised back on a clock', () => {
  it('is chased, not "sorted by tomorrow", and the receipts to the agent go with the payout', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The ferry was cancelled and you say refunds take 30 days? I paid for the hotel too. I will just do a chargeback.']],
        "Please don't do a chargeback! I'll make sure you get the full A$240 back by tomorrow, and I'm sure we'll pay for the hotel too. Just send the receipts straight to me and I'll sort it personally.",
      ) ?? '';
    expect(reframe).toMatch(/money back/);
    expect(reframe).not.toMatch(/by tomorrow|straight to me|personally/);
  });
});

describe('a death told with the name between', () => {
  it('"my wife Marion died in June" is a loss: condolences, never "the trouble"', () => {
    const first = cardsAfter(engine, [['c', 'My wife Marion died in June and I gave her coats to your charity shop. Her wedding ring was in a pocket. Please tell me it is still there.']]);
    expect(cardTexts(first, 'apologize')).toMatch(/sorry for your loss/);
    const later = cardsAfter(engine, [
      ['c', 'My wife Marion died in June and I gave her coats to your charity shop. Her wedding ring was in a pocket. Please tell me it is still there.'],
      ['a', "I'm so sorry about Marion. I'm calling the shop manager now to check."],
      ['a', 'The coat was sold on Saturday. The team checks pockets and nothing was logged, but they are searching the back room now.'],
      ['c', 'So a stranger has it. Can you not find who bought the coat?'],
    ]);
    expect(cardTexts(later, 'apologize')).not.toMatch(/trouble|sorted out|frustrat/i);
  });

  it('one who "nearly died" has not died', () => {
    const cards = cardsAfter(engine, [['c', 'My son nearly died because your label left out the peanuts. He is home now.']]);
    expect(cardTexts(cards)).not.toMatch(/your loss/);
  });
});

describe('leaving with a review, the bank and "thank you for nothing"', () => {
  it('raises the public and the bank threats, and reads the sarcasm', () => {
    const line = 'I will write the review on Trustpilot with everything and talk to my bank. Thank you for nothing Marco.';
    const rules = rulesOfCustomerLine(engine, line);
    expect(rules).toEqual(expect.arrayContaining(['escalation.public-shaming', 'escalation.chargeback', 'anger.sarcasm']));
    const cards = cardsAfter(engine, [
      ['c', 'You cancelled our boat trip for the storm and offer a voucher. We fly home tomorrow.'],
      ['a', 'Our terms say weather cancellations are refunded as a voucher valid 12 months.'],
      ['c', line],
    ]);
    expect(cards.length).toBeGreaterThan(0);
  });
});
