// What the 157th reading's blind twenty (hard chats 2391–2410; the session's final reading, graded
// on the final code and only then learned from) found, as kinds, in our own words: thanks with a
// word taken back ("sorry for the 'scam' thing i was pissed") read as anger, not a goodbye; "just
// tell me straight" not read as a demand for a straight answer; a reframe that kept "…are
// considered accepted once…" and "Thank you for your understanding" after a no.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('thanks, with a word taken back', () => {
  it('closes warmly, however angry the words taken back read', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'charged twice for one ride, 2nd time this month. starting to think you are crooks'],
        ['a', "Found it, the dock had a fault. The second charge is refunded and we've added a free day pass. Sorry for the trouble! -Lea"],
        ['c', 'oh that was quick. gracias Lea, appreciate it. sorry for the crooks comment i was fuming 😅'],
      ],
      'Pablo',
    );
    expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
    expect(cardTexts(cards, 'follow-up')).toMatch(/no worries/i);
  });
});

describe('"just tell me straight"', () => {
  it('gets a straight answer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'evening. my boat is on swing mooring C7 and the forecast has a gale tonight'],
        ['c', 'the chain looked badly worn on Sunday. I rang your office twice today, no answer'],
        ['a', 'Hi there, thanks for getting in touch. Can I take your name please?'],
        ['c', "Ewan. I'm away till Friday so I can't get to her. I just need someone to check that chain or move her before it blows"],
        ['a', "Thanks Ewan. I've got your mooring record up. I'm checking who's on duty this evening."],
        ['c', "it's 7pm now and the wind picks up at 10. if nobody can get out to her tonight just tell me straight so I can call a friend"],
      ],
      'Ewan',
    );
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
  });
});

describe('a rule said as settled, and thanks for understanding it', () => {
  it('go from the reframe', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The hem you altered is crooked and the wedding is on Saturday. Please fix it.']],
      'As stated in clause 5 of our terms, alterations are considered accepted once the garment has been collected. Thank you for your understanding.',
    );
    expect(reframe ?? '').not.toMatch(/considered accepted|your understanding/);
  });
});
