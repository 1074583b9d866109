// What the 147th reading's blind ten (hard chats 2241–2250) found, as kinds, in our own words,
// learned from after it was graded: "Please dont say me again you are sorry, I need a date and a
// hour" answered with a sorry and more updates; "ask for your manager" unread, and a stock sorry
// to one who threw "understand" back in quotes; "the mistake came from your phone order" unread;
// "I don't have the strength for this today" from one grieving left with no card; a currency code
// after its amount ("40 MAD") lowered as if shouted.
import { describe, expect, it } from 'vitest';
import { unshout } from '../../src/engine/suggestions/textCase';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('no sorry again, and a date and an hour', () => {
  it('gets no apology and a straight answer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The roofer was meant to come Tuesday. Nobody came and nobody called.'],
        ['a', "I'm sorry, Lucía. I can see the visit was rescheduled."],
        ['c', 'Rescheduled by who?? It is raining again and the ceiling is soft. Please dont say me again you are sorry, I need a date and a hour.'],
      ],
      'Lucía Benítez',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b|frustrat/i);
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
  });
});

describe('a manager asked for on someone else\'s behalf, after mocking', () => {
  it('"ask for your manager" is read, and no stock sorry stands beside the hand-off', () => {
    expect(rulesOfCustomerLine(engine, 'My father is asking me to ask for your manager.')).toContain('escalation.manager-request');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You gave our wedding date to another couple. We booked in February.'],
        ['a', 'Sorry Nurul, noted. I understand the 12th and the garden both don’t work for you.'],
        ['c', 'So you "understand". Wow thank you so much. FEBRUARY we booked.'],
        ['c', 'My father is asking me to ask for your manager. Honestly I also think better.'],
      ],
      'Nurul Huda',
    );
    expect(cardTexts(cards, 'escalate')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('their order as the cause', () => {
  it('is read and dropped, and a currency code stays as written', () => {
    expect(rulesOfAgentLine(engine, 'The sheet says Lena, so the mistake came from your phone order, not from our decorator.')).toContain('agent-tone.dismissive');
    const result = draftAfterChat(
      engine,
      [
        ['c', 'The cake came two hours late and with the wrong name on it!!'],
        ['a', 'Thank you for waiting. The driver was stuck after an accident.'],
        ['c', 'So late and wrong. What do you propose?'],
      ],
      "I've refunded the 30 MAD delivery fee to your card. To be honest, the sheet says Lena, so the mistake came from your phone order, not from our decorator.",
      'Karim Benali',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).toMatch(/30 MAD/);
    expect(reframe).not.toMatch(/your phone order/);
    expect(unshout('the 30 MAD delivery fee')).toBe('the 30 MAD delivery fee');
  });
});

describe('grieving, with no strength left', () => {
  it('gets someone alongside them', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'This is Ilir, the son of Vera Kola. My mother passed away last month. Please stop the reminders.'],
        ['a', "Dear Ilir, I am very sorry for the loss of your mother. I've cancelled her appointments."],
        ['c', "Another reminder came this morning. I don't want anything more. And her deposit, my sister asks, but I don't have the strength for this today."],
      ],
      'Vera Kola',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/alone/);
  });
});
