// What the 139th reading's blind ten (hard chats 2161–2170) found, as kinds, in our own words,
// learned from after it was graded: "This is Leyla's father, Rauf, I use her account" left the cards
// on the daughter's name; phone credit needed "to call the doctor" read as a safety emergency.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('"This is Amira\'s mother, Salma"', () => {
  it('is Salma writing on Amira\'s account', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "Hello. This is Amira's mother, Salma, I use her account. Her swimming coach missed two lessons this month and we paid for both."],
        ['a', "Thanks for explaining. I've refunded both lessons, 60 euros, to your card."],
        ['c', 'Thank you very much, that was quick. Good evening'],
      ],
      'Amira Haddad',
    );
    expect(cardTexts(cards)).toMatch(/\bSalma\b/);
    expect(cardTexts(cards)).not.toMatch(/\bAmira\b/);
  });
});

describe('phone credit to call the doctor', () => {
  it('is a top-up case, not a safety emergency', () => {
    expect(rulesOfCustomerLine(engine, 'PLEASE BE QUICK, MY FATHER NEEDS THE CREDIT TO CALL THE DOCTOR TODAY')).not.toContain('escalation.safety');
  });
});
