// What the 127th reading's blind ten (hard chats 2041–2050) found, as kinds, in our own words,
// learned from after it measured the session's final code: a reframe keeping "you could have had
// the building check it", the colleague who "didn't bother to read the address" and the tail of a
// payout's list ("The notary fee and any legal costs your client has."); condolences for a wife who
// died long ago, named only as why the customer needs help; "sorry you've had to deal with this" to
// one whose dog went "for individual cremation".
import { describe, expect, it } from 'vitest';
import { isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('what the customer could have done', () => {
  it('is blame, and a reframe drops it while keeping the booking', () => {
    expect(rulesOfAgentLine(engine, 'You could have had your landlord look at the aerial before calling us.')).toContain('agent-tone.dismissive');
    expect(isSendableClause('You could have got the caretaker to reset it first')).toBe(false);
    // An offer in the same words is still one.
    expect(isSendableClause('You could have a look at the usage page in the app')).toBe(true);
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'no internet since friday, i work from home, this is the 3rd day!!']],
        "I've booked an engineer for Monday between 1pm and 5pm. To be honest, storms aren't our fault and you could have got the caretaker to check the cabinet before contacting us. The engineer will text you an hour before.",
      ) ?? '';
    expect(reframe).toMatch(/booked an engineer for Monday/);
    expect(reframe).not.toMatch(/could have|caretaker/);
  });
});

describe('a colleague who "didn\'t bother"', () => {
  it('is not handed back behind an apology', () => {
    expect(sendablePartOf("I'm really sorry Marta, our driver didn't bother to ring the bell.")).toBe("I'm really sorry Marta.");
  });
});

describe('the rest of a payout\'s list', () => {
  it('goes with the payout, not left as a sentence of its own', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your courier took the signed contracts to the wrong office. The closing is off. Who pays for the new appointment and my lawyer?']],
        "I'm so sorry Pieter, this is completely our fault. We will of course reimburse the taxi, the new appointment fee and any legal costs your lawyer charges.",
      ) ?? '';
    expect(reframe).not.toMatch(/^The new appointment fee|\. The new appointment fee|any legal costs your lawyer charges/);
    expect(reframe).not.toMatch(/our fault/);
  });
});

describe('a loss long past, named as the reason for asking', () => {
  it('gets no condolences', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The hot water cylinder is making a banging noise and the water is only lukewarm. I am 81 and on my own.'],
      ['a', "Thank you, Doreen. Banging usually means a build-up of scale. I'm checking which engineer covers your village."],
      ['c', "Is it safe to keep using it? I'm hopeless with these things, my late husband always sorted the boiler."],
    ]);
    expect(cardTexts(cards)).not.toMatch(/your loss|condolence/i);
  });

  it('still does when the death is the news', () => {
    const cards = cardsAfter(engine, [['c', 'My husband passed away last month and the account is still in his name. I keep getting letters addressed to him.']]);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
  });
});

describe('a pet sent "for individual cremation"', () => {
  it('is a death: once condoled, no "sorry you\'ve had to deal with this"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Our cat Minou was taken from the vet for individual cremation three weeks ago. We were told 10 days. Nobody calls back.'],
      ['a', "Hello Sophie, I'm so sorry for the loss of Minou, and that you've had to chase us. I'm looking into it now."],
      ['a', "I've called the crematorium and they will confirm to me by noon. I'll message you straight after."],
      ['c', 'ok thank you.'],
      ['c', 'I keep looking at her basket. Please make sure it is really her, not shared with other animals. We paid for individual.'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/deal with this|trouble|frustrat/i);
  });
});
