// What the 152nd reading's blind twenty (hard chats 2291–2310: ten written as Twitter support
// threads, ten as live chats) found, as kinds, in our own words, learned from after it was graded:
// a refund "already there" told in a tweet's shorthand not read as solved; an emoji-wrapped handle
// taken for a name; apologies counted back in scorn ("Three apologies and…") not read as refused,
// and "just tell me when…" not read as a demand for a straight answer; a reframe that kept "I've
// already told the boss" after the blame it followed and "we'll replace it at our cost", and lost
// "before the 25th"; "non-refundable and non-transferable" turned into broken grammar.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a payment landed, said in shorthand', () => {
  it('closes the chat: a goodbye, no sympathy', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@QuickBite my order never came, been charged ₱245 😤'],
        ['a', "So sorry about that! We've refunded the ₱245 to your wallet, it should show within a day. -Jo"],
        ['c', 'ayy salamat!! money already in 🙌 and the driver even messaged sorry lol'],
      ],
      'mikay',
    );
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
    expect(cardTexts(cards, 'follow-up')).toMatch(/glad|welcome/i);
  });
});

describe('a screen name in emoji', () => {
  it('is no name, whichever side the emoji stand', () => {
    expect(nameFrom('🌮tacoqueen🌮', 'page')).toBeUndefined();
    expect(nameFrom('🐢 slowpoke', 'page')).toBeUndefined();
    expect(nameFrom('Lupita 🌵', 'page')?.first).toBe('Lupita');
  });
});

describe('apologies counted back in scorn', () => {
  it('are refused: no more sympathy, and "just tell me when…" gets a straight answer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You billed me twice for October and spelled my name wrong on the letter.'],
        ['a', 'So sorry about that, Oisín. Apologies for the name too, I have fixed it.'],
        ['c', 'Marvellous. Four apologies so far, I feel very valued.'],
        ['c', 'Just tell me when the second charge comes back and how much it is.'],
      ],
      'Oisín Byrne',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/frustrating|so sorry|really sorry/i);
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/i);
  });
});

describe('a colleague reported upstairs, and a repair at our cost', () => {
  it('both go from the reframe; the date aimed at stays', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'My guitar came back from your workshop with a cracked neck. I have a gig on the 14th.']],
      "Sorry Maeve. It's obvious Declan knocked it over, he's been sloppy lately and I've already told the manager. We'll fix the neck at our cost and I promise it'll be back with you before the 14th.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/told the manager|at our cost|Declan/);
    expect(reframe).toMatch(/before the 14th/);
  });
});

describe('two refusals in one', () => {
  it('reads "non-refundable and non-transferable" as one plain refusal', () => {
    expect(calmerSentence('Tickets are non-refundable and non-transferable after the booking window closes.').trim()).toBe(
      "I'm not able to refund or transfer tickets after the booking window closes, but what I can do is look into the other options with you.",
    );
  });
});
