// What the 121st reading's blind ten (hard chats 1981–1990) found, as kinds, in our own words,
// learned from after it measured the code: a reframe greeting "Dr. Haddad" after "Layla is fine, no
// need for Dr.", and a review "on Google" unread; "let me look into this" to one who had just
// rejected being passed on and named her councillor and the ombudsman; "sorry for the trouble" when
// a patient's lips were "a little blue" and she was breathing fast.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('one who declined the title', () => {
  it('is greeted by the name they gave, not the title, in a reframe', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'Hello, I booked a desk for today and the building was closed when I arrived.'],
        ['a', 'Hello Dr. Rahimi, I am sorry you arrived to a closed door. I am checking what happened.'],
        ['c', 'Samira is fine, no need for Dr. I would like a refund for the day.'],
      ],
      "Hi Dr. Rahimi,\nUnfortunately the front desk was supposed to email everyone about the event and clearly didn't, that's on them, not on me. What I can do is a 10% code for your next booking.",
      'Dr. Samira Rahimi',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).toMatch(/^Hi Samira\b/);
    expect(reframe).not.toMatch(/Dr\.? Rahimi/);
  });

  it('a review threatened "on Google" is a public threat', () => {
    expect(rulesOfCustomerLine(engine, "If I don't hear back today I'm posting the photo of that sign on Google with a review.")).toContain('escalation.public-shaming');
  });
});

describe('one who rejects being passed on and names her councillor and the ombudsman', () => {
  it('gets a hand-off, not "let me look into this"', () => {
    const cards = cardsAfter(engine, [
      ['c', "I've had a letter saying my allotment will be given to someone else. I've had it for 20 years."],
      ['a', "I'm sorry to hear that. I'll pass it on to the allotments officer."],
      ['c', "PASS IT ON?? That's what happened last time. If it goes to someone else I'm going straight to my councillor and the Ombudsman."],
    ]);
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/look into this/);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });
});

describe('blue lips and fast breathing', () => {
  it('are a safety case, not "the trouble"', () => {
    expect(rulesOfCustomerLine(engine, 'her lips are a little blue and she is breathing fast. how fast can the engineer come?')).toContain('escalation.safety');
    const cards = cardsAfter(engine, [
      ['c', 'The oxygen concentrator alarm keeps going off. My grandmother is on it.'],
      ['a', 'I am booking a technician visit now. How full is the backup cylinder?'],
      ['c', 'the needle is in the red. her lips are little blue and she is breathing fast. how fast can your technician come??'],
    ]);
    expect(cardTexts(cards)).toMatch(/emergency/i);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/trouble|frustrat/);
  });
});
