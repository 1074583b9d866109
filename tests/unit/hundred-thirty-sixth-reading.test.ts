// What the 136th reading's blind ten (hard chats 2131–2140) found, as kinds, in our own words,
// learned from after it was graded: a stock apology to one who asked for "a proper answer, not a
// template"; the header's given name after "Pipe please, nobody calls me Andrés"; a reframe keeping
// "I'll send you that written confirmation today" once the admission it would confirm went; "Let
// me look into this" to a plain "Please cancel the renewal" after "one last option" was turned down.
import { describe, expect, it } from 'vitest';
import { analyzeTextFully } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('"not a template"', () => {
  it('refuses a stock apology', () => {
    expect(customerCuesOf(analyzeTextFully('I want a real answer from a person, not a template.'))).toContain('refuses-sorry');
  });
});

describe('the name asked for beside the one nobody uses', () => {
  it('"Kiko please, nobody calls me Francisco" puts the name right', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'hello, I need to speak to someone about the vet visit on monday'],
        ['a', 'Hi Francisco, of course. How can I help?'],
        ['c', 'Kiko please, nobody calls me Francisco. the vet came to put our old cat to sleep, she was very kind. the problem is I was charged twice and today you sent a reminder for his vaccines. my son cried all night'],
        ['a', "I'm so sorry about your cat. I'm checking the charges now."],
        ['c', 'please just make it stop. the reminders and the double charge. I cannot explain it to my son again'],
      ],
      'Francisco Javier Muñoz',
    );
    expect(cardTexts(cards)).toMatch(/\bKiko\b/);
    expect(cardTexts(cards)).not.toMatch(/\bFrancisco\b/);
  });
});

describe('a written confirmation of what went', () => {
  it('goes with the admission it would confirm', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your driver reversed into my car at collection. I want it repaired at the dealer and an admission in writing today.']],
        "I completely understand. It's clear our driver caused this and we accept full responsibility. We'll cover the full repair at the dealer and I'll send you that written confirmation today.",
      ) ?? '';
    expect(reframe).not.toMatch(/written confirmation|responsibility/);
  });
});

describe('a plain cancel after "one last option"', () => {
  it('is done as asked', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Please cancel our club subscription, we are taking a year off.'],
      ['a', 'Understood. One last option: our Lite plan at €3/month would keep your files safe while you are away.'],
      ['c', "I have said no twice now. Please cancel the renewal and email me a confirmation. That's all I need."],
    ]);
    expect(cardTexts(cards, 'solution')).toMatch(/what you asked for/);
  });
});
