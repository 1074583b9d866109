// What the 126th reading's blind ten (hard chats 2031–2040) found, as a kind, in our own words,
// learned from after it measured the session's final code: "Let me look into this now, and I'll
// come back to you" to one who had just refused another callback, the last one promised having
// never come.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts } from '../helpers/engine';

const engine = bundledEngine();

describe('one who refuses another callback', () => {
  it('is not told "I\'ll come back to you"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The boiler engineer was booked for yesterday 8-12 and never came. My dad is 90 and the house is cold.'],
      ['a', "I'm so sorry. I'll ask the scheduling team to give you a call back today to rebook."],
      ['c', 'No. That is exactly what happened yesterday. Someone "would call back" and nobody did.'],
      ['c', "I don't want another callback, I want a time today when someone actually turns up."],
    ]);
    expect(cardTexts(cards)).not.toMatch(/come back to you|keep you updated/);
  });
});
