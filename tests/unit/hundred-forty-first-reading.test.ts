// What the 141st reading's blind ten (hard chats 2181–2190) found, as kinds, in our own words,
// learned from after it was graded: "I dont want 'sorry'" with the word in quotes, a reframe that
// lost what the promise was about and put back the sorry they refused, a threat to write about the
// company "in every group", a household's header taken for a name, and "I AM CANCELLING" after a
// remedy answered with sympathy alone.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, type ChatLine, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

const CATERING: ChatLine[] = [
  ['c', 'Our caterer pulled out of the christening on Saturday by text. We paid a 400 eur deposit in March!'],
  ['a', "Hi Marta, I'm so sorry — I can see the cancellation on your booking. Let me check who else is free that day."],
  ['c', "I dont want 'sorry'. I want a caterer or my money back"],
];

describe('sorry refused in quotes', () => {
  it('"I dont want \'sorry\'" gets no sympathy, but what they want owned', () => {
    const cards = cardsAfter(engine, [...CATERING], 'Marta Novak');
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b|frustrating/i);
  });

  it("the reframe of an admission puts no apology in its place for one who refused them", () => {
    const result = draftAfterChat(engine, [...CATERING], "Marta, honestly this is completely our fault, we should never have used that caterer. I'll find you someone today.", 'Marta Novak');
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/\bsorry\b|apolog/i);
  });
});

describe('a promise of who or what they will have', () => {
  it('keeps what was promised, and for what', () => {
    expect(saferWordingFor('I promise we will have a photographer even better than Lars at your christening, guaranteed')).toBe(
      "I'll do everything I can to get a photographer for your christening, and I'll keep you updated.",
    );
    expect(saferWordingFor('we will find you another guide for the tour, 100%')).toBe("I'll do everything I can to find you another guide, and I'll keep you updated.");
  });

  it('money paid "as compensation" is checked, not requested as a refund', () => {
    expect(saferWordingFor('I will personally pay back your 250 GBP tomorrow as compensation')).toBe("I'll check what compensation applies here and let you know.");
  });
});

describe('a threat to write about the company in groups', () => {
  it('is public shaming', () => {
    expect(rulesOfCustomerLine(engine, 'if no one turns up i will post about you in every parents group in Split')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'I asked in every parents group and nobody knew the answer.')).not.toContain('escalation.public-shaming');
  });
});

describe("a household's account", () => {
  it('"Tavita Family" in the header is no name; the one who signs for them is', () => {
    expect(nameFrom('Tavita Family', 'transcript')).toBeUndefined();
    expect(nameFrom('The Okonkwo household', 'transcript')).toBeUndefined();
    const cards = cardsAfter(
      engine,
      [
        ['c', 'THE FRUIT BOX CAME BRUISED AGAIN. SECOND WEEK IN A ROW'],
        ['a', "Thank you, I've found your account. I'm refunding this week's box now and I've asked the packers to check yours by hand."],
        ['c', "I AM CANCELLING. please stop the box from next week. Losana (Tavita family)"],
      ],
      'Tavita Family',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/\bTavita\b/);
    expect(texts).toMatch(/\bLosana\b/);
  });
});

describe('cancelling outright after a remedy', () => {
  it('gets the cancellation done, not sympathy alone', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Third week the bread arrives stale. I pay every week for this'],
        ['a', "I'm sorry. I've refunded this week's loaf and flagged your address to the bakery team."],
        ['c', "refund is not the point. I AM CANCELLING. please stop the subscription from next week"],
      ],
      'Ana Folau',
    );
    expect(cardTexts(cards, 'solution')).toMatch(/cancellation you asked for/);
  });

  it('"I\'m cancelling if…" is still a threat, not a cancellation', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Third week the bread arrives stale.'],
        ['a', "I'm sorry. I've refunded this week's loaf and flagged your address to the bakery team."],
        ['c', "I'm cancelling my subscription if it happens again"],
      ],
      'Ana Folau',
    );
    expect(cardTexts(cards, 'solution')).not.toMatch(/cancellation you asked for/);
  });
});
