// What the 150th reading's blind ten (hard chats 2271–2280) found, as kinds, in our own words,
// learned from after it was graded: "I'm back in my old pair until then" read as "it works now";
// "just send us the bill and we'll cover it" kept, and a lone "Yes." after a greeting; "I'd suggest
// checking the forecast before booking next time" kept; "how frustrating" for insulin running out,
// and "if its coming or not" not read as a demand for an answer; a Malay honorific ("Hjh") taken
// for the name.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { stillBlames } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('back in an old thing', () => {
  it('is no fix: no "glad it\'s sorted"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My new contact lenses are the wrong strength, I have had headaches for two days.'],
        ['a', "I'm sorry they've been uncomfortable. I've passed the order to the lab to check."],
        ['c', "Thank you. I would like them remade, not refunded. Please tell me honestly if Friday is realistic. I'm back in my old pair until then."],
      ],
      'Sigrid Berg',
    );
    expect(cardTexts(cards)).not.toMatch(/glad it's sorted|glad to hear it/i);
  });
});

describe('a bill covered, whatever it is', () => {
  it('goes from the reframe, and a greeting keeps no lone "Yes."', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'The lenses are the wrong strength and I have headaches. I want them remade.'],
        ['a', "I'm sorry. I've passed it to the lab."],
        ['c', 'Is Friday realistic? Please be honest.'],
      ],
      "Hi Sigrid,\n\nYes, our lab clearly mixed up the numbers, that's entirely our fault. We'll have the new pair with you by Friday for sure. And if you need to see a doctor about the headaches, just send us the bill and we'll cover it.",
      'Sigrid Berg',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/Yes\.|send us the bill|we'll cover it/);
  });
});

describe('advice for next time', () => {
  it('"I\'d suggest checking … next time" is blame', () => {
    expect(stillBlames("I'd suggest checking the tide times before booking next time.")).toBe(true);
    expect(stillBlames("I'd suggest booking the morning slot, it's quieter.")).toBe(false);
  });
});

describe('medicine that is running out', () => {
  it('is not "frustrating", and "if its coming or not" asks for a straight answer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The pharmacy delivery for my father is 4 hours late.'],
        ['a', "I'm really sorry. The courier shows a delay; I've asked dispatch to call him."],
        ['c', 'he has one pen left and its for tonight. i need to know now if its coming or not. its insulin'],
      ],
      'Omar Farouk',
    );
    expect(cardTexts(cards)).not.toMatch(/frustrat|trouble/);
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
  });
});

describe('a Malay honorific', () => {
  it('is not the name', () => {
    expect(nameFrom('Hjh Norhayati binti Hj Ahmad', 'transcript')?.first).toBe('Norhayati');
    expect(nameFrom('Haji Ismail bin Yusof', 'transcript')?.first).toBe('Ismail');
  });
});
