// What the 182nd reading's blind twenty (hard chats 2891–2910, graded on 222a7ac before any of this)
// found, as kinds, in our own words: a stock sorry to "are you a bot?" beside a regulator threat
// (OSIPTEL, a state Medicaid office) with no hand-off; "Big" greeted for "Big Dave"; hay fever read as
// a fever; "how frustrating" to "Ok hvala, no rush"; parcel tracking for a missed patient ride ("I
// called your dispatch line"); a reframe promising "the replacement" for a code the employer is to
// have; condolences said as "so sorry about your father" not read, so grief met with no card.
import { describe, expect, it } from 'vitest';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('"are you a bot?" with a regulator threatened gets no stock sorry, and the hand-off', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my internet has been down for 5 days and nobody answers'],
      ['a', 'We understand your frustration. Your case is registered and in progress. Thank you for your patience 🙏'],
      ['c', "are you a bot? 'thank you for your patience' I HAVE NO PATIENCE LEFT. tomorrow i go to OSIPTEL with all of this and im cancelling"],
    ]);
    expect(cardTexts(cards, 'escalate')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).not.toMatch(/sorry you've had to deal|sorry for the trouble/i);
  });

  it('"Ok hvala, no rush" after the agent went to check gets no "how frustrating"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Also one more thing, the electricity invoice for my berth is €90 for one week in storage. Seems high??'],
      ['a', "Thanks for writing! Let me pull the meter readings and I'll come back to you shortly."],
      ['c', 'Ok hvala, no rush. We need to tell the owners by next week.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });

  it('condolences said as "so sorry about your father" count, so distress after them is met', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my father passed away on the 2nd and I need the funeral cover paid out'],
      ['a', 'Good morning. I am so sorry about your father. I can help with the claim.'],
      ['c', 'The undertaker wants the deposit by Monday.'],
      ['c', "Please. I don't know what to do. Is something wrong with the papers?"],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/i);
  });
});

describe('names', () => {
  it('"Big Dave Lifts" is Dave', () => {
    const cards = cardsAfter(engine, [['c', 'charged me twice this month and the cancel button just spins. 4 emails, zero reply. this is ridiculous']], 'Big Dave Lifts 💪');
    expect(cardTexts(cards)).not.toMatch(/\bBig\b/);
  });

  it('"Fam. Jansen" is a household, no one to greet', () => {
    const cards = cardsAfter(engine, [['c', 'the flowers for my father\'s funeral tomorrow are the wrong colour and the ribbon text is misspelled']], 'Fam. Jansen');
    expect(cardTexts(cards)).not.toMatch(/Jansen/);
  });
});

describe('safety and hand-offs', () => {
  it('hay fever is no fever; a state Medicaid office is a regulator', () => {
    expect(rulesOfCustomerLine(engine, 'I take an antihistamine every morning for my hay fever, do I stop it before the test?')).not.toContain('escalation.safety');
    // (guard) a child with a fever after the medicine is still a scare.
    expect(rulesOfCustomerLine(engine, 'my son has a high fever since he took the new syrup')).toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'I am filing a complaint with the state Medicaid office')).toContain('escalation.regulator');
  });
});

describe('remedies and reframes', () => {
  it('a missed patient ride, told with "your dispatch line", gets no parcel tracking', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Nobody came to take my dad to his chemo this morning. I called your dispatch line three times and it hung up on me. This is the second time this month.'],
    ]);
    expect(cardTexts(cards, 'solution')).not.toMatch(/tracking|courier/i);
  });

  it('"your employer will have the new code" is reworded with who and what, not "the replacement"', () => {
    const safer = saferWordingFor('Your school will have the new form before the 3rd, guaranteed.');
    expect(safer).toMatch(/make sure your school has the new form before the 3rd/);
    expect(safer).not.toMatch(/replacement/);
  });
});
