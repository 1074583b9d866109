// What the 128th reading's blind ten (hard chats 2051–2060) found, as kinds, in our own words,
// learned from after it was graded: condolences for a husband named only as whose the piano was; a
// sorry to one who owned the typo and gave the fix; a reframe dropping the replacement the agent had
// set up ("We'll have a replacement van ready … tomorrow at 10:00"); and no card for a grieving
// sister who does not want to explain it again and just wants the letters to stop.
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a loss named in passing', () => {
  it('"the car was my late wife\'s" gets no condolences', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your garage charged me a no-show fee of £60 for Tuesday. I was there at 9 and nobody opened the door.'],
      ['a', 'Let me check the booking. The mechanic noted that no one was there at 9:10.'],
      ['c', "I waited in the car park until half past. The car was my late wife's, I only drive it once a week and I want it looked after."],
    ]);
    expect(cardTexts(cards)).not.toMatch(/your loss|condolence|hard time/i);
  });

  it('still gets them when the case is what the one who died left', () => {
    const cards = cardsAfter(engine, [['c', "You are still billing my late mother's phone line every month. I sent the certificate in May."]]);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
  });
});

describe('one who owns the slip', () => {
  it('is not told sorry for it once they give the fix', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I paid for two museum passes this morning and the QR codes never came. We go in at 2pm.'],
      ['a', 'I can see the payment. The email address on the order is anna.k@gmial.com, with "gmial". Could that be a typo?'],
      ['c', 'Oh no, my mistake. It should be gmail.com.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('what the agent has set up for them', () => {
  it('"we\'ll have a replacement ready for you" is kept in a reframe', () => {
    expect(isSendableClause("We'll have a loan bike ready for you at the Harbour Street shop on Friday at 9")).toBe(true);
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The e-bike you rented me died halfway up the coast road. I have my daughter with me and we are stuck.']],
        "A taxi is on its way to you, paid by us. We'll have a replacement bike ready for you at our Harbour Street shop tomorrow at 9:00. Honestly, our workshop messed up and we'll cover anything this costs you.",
      ) ?? '';
    expect(reframe).toMatch(/replacement bike ready for you/);
    expect(reframe).not.toMatch(/messed up|cover anything/);
  });
});

describe('a grieving customer who does not want to explain it again', () => {
  it('is told someone will take it on with them', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My father died in February. I sent his death certificate to you in March and got a confirmation.'],
      ['a', "I'm so sorry for the loss of your father. I can see the certificate on his file."],
      ['c', "Then why did another bill come addressed to him today? I don't want to explain this again to someone new. I just want the letters to stop."],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/do this alone|take care of it with you/);
  });
});
