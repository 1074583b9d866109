// What the 184th reading's blind twenty (hard chats 2931–2950, graded on 9b6ee74 before any of this)
// found, as kinds, in our own words: "Glad to hear it! Anything else?" over "one question only: will
// the fee be refunded?"; a face drawn in Korean jamo greeted as a name; a swelling battery in the home
// met with "let me look into this"; "whoever actually runs this company" asked for, with no hand-off;
// a reframe that made "Sorry again that you weren't kept updated" ungrammatical, and one that kept a
// "Sorry x." kiss.
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments and names', () => {
  it('"it works now… one question only: …?" takes the question up', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my card got blocked abroad at the hotel'],
      ['a', "I've unblocked it; please try again."],
      ['c', 'ok thanks, it works now. one question only: the ATM also charged me a fee before, will that be refunded?'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/anything else/i);
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/i);
  });

  it('a face in Korean jamo is no name', () => {
    const cards = cardsAfter(engine, [['c', 'my order is 3 weeks late and nobody answers!!']], 'ㅠㅠ');
    expect(cardTexts(cards)).not.toMatch(/ㅠ/);
  });
});

describe('safety and hand-offs', () => {
  it('a swelling battery at home is a safety scare', () => {
    expect(rulesOfCustomerLine(engine, 'my phone is swelling now, is it safe in the house with the baby?')).toContain('escalation.safety');
  });

  it('"whoever actually runs this company" asks for a manager', () => {
    expect(rulesOfCustomerLine(engine, 'I want to speak to whoever actually runs this company. Today.')).toContain('escalation.manager-request');
  });
});

describe('reframes', () => {
  it('"Sorry again that …" stays a sentence, and a closing kiss goes', () => {
    const said = reframeDraft("It's totally our fault. Your new sofa arrives Tuesday. Sorry again that you weren't told sooner.", { admissions: ['our fault'] }) ?? '';
    expect(said).toMatch(/Sorry that you weren't told sooner\./);
    const kissed = reframeDraft("It's our fault, our driver forgot. I'll request a refund now. Sorry x", { admissions: ['our fault'] }) ?? '';
    expect(kissed).not.toMatch(/\bx\.?$/);
  });
});
