// What the 140th reading's blind ten (hard chats 2171–2180) found, as kinds, in our own words,
// learned from after it was graded: a reframe keeping "the sitter has had complaints before", and a
// pet's name taken as the one they go by ("Mincis is ok. Pūka is not eating").
import { describe, expect, it } from 'vitest';
import { saysFault } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, cardsAfter, cardTexts } from '../helpers/engine';

const engine = bundledEngine();

describe('a colleague\'s record', () => {
  it('"has had complaints before" is fault', () => {
    expect(saysFault('the walker Tomas has had complaints before')).toBe(true);
    expect(saysFault("we've had problems with him since the summer")).toBe(true);
    expect(saysFault('the walker Tomas has checked in at 10:02')).toBe(false);
  });
});

describe('one of several told of', () => {
  it('"Bruno is ok. Luna is not eating" names the dogs, not the customer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The sitter never came on Saturday or Sunday. The app says both visits completed!!'],
        ['a', "I'm so sorry. Are both dogs all right?"],
        ['c', 'Bruno is ok. Luna is not eating well since, I take her to the vet tomorrow. I want to know who this sitter is and why the app says completed.'],
      ],
      'Maija Kalniņa',
    );
    expect(cardTexts(cards)).not.toMatch(/\bBruno\b/);
  });
});
