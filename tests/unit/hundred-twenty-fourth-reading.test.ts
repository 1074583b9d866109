// What the 124th reading's blind ten (hard chats 2011–2020) found, as kinds, in our own words,
// learned from after it measured the code: another apology after "Sorry is fine but I need a
// solution"; "My lawyer will have your contract on his desk by Monday" unread as a legal threat; a
// refusal reframed for a bereaved customer with no name and "an exception for personal
// circumstances".
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('"sorry is fine but I need a solution"', () => {
  it('refuses another apology', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The installer missed the slot again. Third time I took the morning off.'],
      ['a', 'I understand, and I am sorry again for the trouble.'],
      ['c', 'Sorry is fine but I need a solution, not another Wednesday. Can somebody come without me being home? My neighbour can open the garage.'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b|frustrat/i);
  });
});

describe('a lawyer with the contract on his desk', () => {
  it('is a legal threat', () => {
    expect(rulesOfCustomerLine(engine, 'If the kitchen is not open by 8 my lawyer will have your contract on his desk by Monday.')).toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'If I lose this client I will hold your company responsible for everything.')).toContain('escalation.legal-threat');
  });
});

describe('a refusal reframed for a bereaved customer', () => {
  it('greets them by name, owns the hard time, and names no "personal circumstances"', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'My mother passed away while the parcel was in customs, and I have to fly home. Can I return the coat?'],
        ['a', "Sonam, I'm so sorry for the loss of your mother. Let me look at the order."],
        ['c', 'Thank you. I understand if the answer is no.'],
      ],
      "Hi, I've checked order 30388. As stated in our terms, returns are only accepted within 14 days of delivery. We can't make exceptions for personal circumstances.",
      'Sonam Dorji',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).toMatch(/^Hi Sonam, /);
    expect(reframe).toMatch(/hard time/);
    expect(reframe).not.toMatch(/personal circumstances|As stated/);
  });
});
