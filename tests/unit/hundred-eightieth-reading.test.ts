// What the 180th reading's blind twenty (hard chats 2851–2870, graded before any of this) found, as
// kinds, in our own words: a fine draft, flagged only by the draft-risk model, rewritten into
// fragments (a possessive read as a verb, a topic head cut from the step it names); a reframe that kept "We can't control the weather" and lost the crew's return; "sorry
// for the trouble" to one who said she wants no trouble; no hand-off for a letter to the consumer
// body and "my Anwalt"; no card for a bereaved customer who does not know what she is meant to do.
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('reframes', () => {
  it('a fine draft the model flagged keeps its topic heads, and leaves no fragment behind', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'Should we just take the other offer instead? Please tell us honestly']],
      "Your payslips are accepted. On the other bank's 4.1% offer: it's a real option and it's your decision. On the rate lock: I asked the lender to extend it past May 2. I can't promise they'll agree, but I'll tell you their answer by 5pm tomorrow. If the lender won't extend, we'll go through the bank offer together and there is still time before April 1.",
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/offer\.(?:\s|$)/);
    expect(reframe).toContain('On the rate lock: I asked the lender to extend it past May 2.');
    expect(reframe).toContain("but I'll tell you their answer by 5pm tomorrow");
    expect(sendablePartOf('On a $300,000 loan the difference works out to about $60 a month.')).toBe('On a $300,000 loan the difference works out to about $60 a month.');
  });

  it('"We can\'t control the weather." goes; the crew\'s return stays', () => {
    const reframe = reframeDraft("We can't control the weather. The crew will be back Tuesday to finish the gutters. I guarantee the roof will be done by Wednesday.", { overpromises: ['I guarantee'] }) ?? '';
    expect(reframe).not.toMatch(/control the weather/i);
    expect(reframe).toMatch(/crew will be back Tuesday/i);
  });
});

describe('moments', () => {
  it('a question that says "I don\'t want to make trouble" gets no "sorry for the trouble"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Good afternoon. Since Monday the boiler you serviced last month makes a loud clicking noise at night and the pressure drops to 0.5.'],
      ['a', 'Good afternoon, thank you for getting in touch. How can we help?'],
      ['c', 'My question is simply: can the engineer look at it on a short visit before the weekend, and would that be charged, or is it included because the service was only three weeks ago? I do not want to make trouble, I only want to know.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });

  it('bereaved and not knowing what she is meant to do: someone with her, after the condolences', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my dad passed away last week and I need to cancel his phone contract'],
      ['a', "I'm so sorry for your loss. Could you send us the account number?"],
      ['c', "they say there's a £200 exit fee?? he's gone. I honestly don't know what I'm supposed to do now"],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/i);
  });
});

describe('hand-offs', () => {
  it('"Verbraucherzentrale gets a letter today and my Anwalt too" is a regulator and a lawyer', () => {
    const rules = rulesOfCustomerLine(engine, 'The Verbraucherzentrale gets a letter today and my Anwalt too. Danke für nichts');
    expect(rules).toContain('escalation.regulator');
    expect(rules).toContain('escalation.legal-threat');
  });
});
