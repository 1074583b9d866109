// What the 149th reading's blind ten (hard chats 2261–2270) found, as kinds, in our own words,
// learned from after it was graded: "plus his next 5 grooms are free" kept by a reframe as given;
// "im going to the Post-Courier with every screenshot of this" not read as a public threat.
import { describe, expect, it } from 'vitest';
import { promisesMakeGood } from '../../src/engine/suggestions/compensation';
import { bundledEngine, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('services to come given away', () => {
  it('"her next 3 lessons are free" is a make-good, and the reframe asks instead of giving it', () => {
    expect(promisesMakeGood('plus her next 3 lessons are free')).toBe(true);
    expect(promisesMakeGood('the next 3 lessons are on Tuesdays')).toBe(false);
    const result = draftAfterChat(
      engine,
      [
        ['c', 'The instructor let my daughter fall off the pony and she hurt her wrist.'],
        ['a', "I'm so sorry to hear that. Is she all right now?"],
        ['c', 'She is ok. I want to know who pays the doctor.'],
      ],
      "Mele, it's obvious our instructor wasn't watching, that's completely our fault. We'll cover the doctor's bill whatever it costs, plus her next 3 lessons are free.",
      'Mele Tupou',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/lessons are free/);
  });
});

describe('a newspaper with every screenshot', () => {
  it('is public shaming, whatever the paper is called', () => {
    expect(rulesOfCustomerLine(engine, "if it's not here today I'm going to the Post-Courier with every screenshot of this")).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, "I'm going to the shop with the photos so they can match the colour.")).not.toContain('escalation.public-shaming');
  });
});
