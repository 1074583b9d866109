// What the 133rd reading's blind ten (hard chats 2101–2110) found, as kinds, in our own words,
// learned from after it was graded: a reframe dropping "an engineer is booked for your room …
// tomorrow"; the header's family name on the cards ("Chea" under "Chea Sokha") when the agent spoke
// to them by the given name set off by commas ("I'm so sorry about your father, Sokha,"); and
// "I'm handing it to my advocate" and "I'll be telling everyone on the yard why" unread.
import { describe, expect, it } from 'vitest';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('someone booked for them, told with "an"', () => {
  it('is kept as a fact of the case', () => {
    expect(sendablePartOf("Omar, I've checked: an engineer is booked for your flat, 3B, tomorrow between 8 and 10, and there is a fan heater for you at reception now.")).toMatch(/an engineer is booked for your flat/);
  });
});

describe('the name the agent speaks to them by', () => {
  it('a header\'s second name, set off by commas, is the cards\' name', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "MY MOTHER'S FLAT HAS A NOTICE ON THE DOOR SAYING THE LOCKS WILL BE CHANGED. SHE DIED IN JUNE."],
        ['a', "I'm so sorry about your mother, Vanna, and about that notice. I've put a stop on the lock change while we sort this out."],
        ['c', "DON'T SAY SORRY AGAIN. I WANT THE MANAGER ON THE PHONE TODAY."],
      ],
      'Pich Vanna',
    );
    expect(cardTexts(cards)).toMatch(/\bVanna\b/);
    expect(cardTexts(cards)).not.toMatch(/\bPich\b/);
  });
});

describe('threats in local words', () => {
  it('an advocate is a lawyer, and telling everyone on the yard is going public', () => {
    expect(rulesOfCustomerLine(engine, "If the fee isn't cancelled by Monday I'm passing this to my advocate.")).toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, "Sort it or I'll be telling everyone at the riding club why.")).toContain('escalation.public-shaming');
  });
});
