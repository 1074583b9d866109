// What the 183rd reading's blind twenty (hard chats 2911–2930, graded on 48beb67 before any of this)
// found, as kinds, in our own words: "I'll follow up by email" to thanks with praise and a side note;
// "That must have been really hard" to an angry refund ultimatum because kids had cried in the first
// message; no hand-off for "my bank + trading standards" and "this thread goes on the … fb group";
// "I am Erasmus student" greeted as Erasmus; a hold "for as long as you need" kept in a reframe.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('thanks with "u guys r the best" and a side note, after the agent acted, closes', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my order of eggs and milk never came and I have guests at 6'],
      ['a', 'Done! The driver just confirmed drop-off at 5:10.'],
      ['c', "got it!! thx so much u guys r the best 🙏 (ps the app still says 'preparing' lol)"],
    ]);
    expect(cardTexts(cards, 'follow-up')).toMatch(/welcome/i);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/follow up with you by email/i);
    // (guard) praise said as a jab is none.
    const jab = cardsAfter(engine, [['c', 'you guys are the best at ignoring people. third week, no refund.']]);
    expect(cardTexts(jab, 'apologize')).not.toBe('');
  });

  it('tears told at the start are not "really hard" to a later angry ultimatum', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the show was cancelled halfway through, my daughter was in tears. I want my £40 back'],
      ['a', 'So sorry about that! We can offer two free tickets for another night.'],
      ['c', 'no thanks. refund the £40 by friday or im going to my bank, and this thread goes on the town fb group.'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/really hard/i);
    expect(cardTexts(cards, 'escalate')).not.toBe('');
  });
});

describe('names', () => {
  it('a display name\'s tagline after a bar is no name', () => {
    const cards = cardsAfter(engine, [['c', 'you sent the wrong toner AGAIN, this is the second time and nobody answers my emails!!']], 'Mai | beauty journal 🌸');
    expect(cardTexts(cards)).not.toMatch(/journal/);
    expect(cardTexts(cards)).toMatch(/Mai\b/);
  });

  it('"don\'t worry… I\'d still like to know" is still asking, not a goodbye', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the new bottle of toner smells different from the old ones'],
      ['a', "We've passed this to our quality team and they'll check the batch."],
      ['c', "thanks, don't worry. I'd still like to know if the formula changed though"],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/welcome/i);
  });

  it('"I am Erasmus student" gives no name', () => {
    const cards = cardsAfter(engine, [['c', 'Hello, I paid 40 € for the test because I am Erasmus student and I have no card yet. The results are still not online after 5 days!!']]);
    expect(cardTexts(cards)).not.toMatch(/Erasmus/);
  });
});

describe('hand-offs and reframes', () => {
  it('"my bank + trading standards" and "this thread goes on the … fb group" are handed over', () => {
    expect(rulesOfCustomerLine(engine, 'refund it by friday or im going to my bank + trading standards')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'pay up or this whole thread goes in the Hackney parents group')).toContain('escalation.public-shaming');
  });

  it('a hold "for as long as you need" is a promise', () => {
    expect(rulesOfAgentLine(engine, "Don't worry, I'll keep the table booked for you for as long as you need.")).toContain('overpromise.guarantee');
  });
});
