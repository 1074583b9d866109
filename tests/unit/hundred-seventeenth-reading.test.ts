// What the 117th reading's blind ten (hard chats 1941–1950) found, as kinds, in our own words,
// learned from after it measured the code: a third sorry and "Let me look into this" to one who
// mocked "another sorry and another slot" and asked to cancel; the safety hand-off ("Is everyone all
// right?") for a parking fine taken while a parent lay in intensive care; no card for a bereaved
// customer who "can't keep going over this"; and blame for a missing flat number left in a draft.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, play, reframeAfterChat, rulesOf, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('one who mocks the apology and the new slot, then asks to cancel', () => {
  const chat: Parameters<typeof cardsAfter>[1] = [
    ['c', 'The plumber was booked for Tuesday morning and never came. Booked again for today, nobody again.'],
    ['a', "I'm so sorry, Omar. I can rebook you for tomorrow at 8 as the first visit of the day."],
    ['c', 'oh great. another sorry and another slot.'],
    ['c', 'no thanks. just cancel the booking and refund my 20 euro call-out fee.'],
  ];

  it('hears the rebooking as an offer, turned down', () => {
    expect(rulesOf(play(engine, chat)).at(-1)).toBe('no-solution.offer-rejected');
  });

  it('gets no apology and no "let me look into this", but what they asked for', () => {
    const cards = cardsAfter(engine, chat);
    const all = cardTexts(cards);
    expect(all).not.toMatch(/\bsorry\b|look into this/i);
    expect(cardTexts(cards, 'solution')).toMatch(/no more offers/);
  });
});

describe('a parent in intensive care told as why they were in the car park', () => {
  it('is no safety case', () => {
    expect(rulesOfCustomerLine(engine, 'I got a £60 fine in the hospital car park. I was there all night because my mum was in the ICU and the machine was broken.')).not.toContain(
      'escalation.safety',
    );
  });

  it('unless the stay came from the harm', () => {
    expect(rulesOfCustomerLine(engine, 'My son has been in the ICU since Friday because of your heater.')).toContain('escalation.safety');
  });
});

describe('a bereaved customer worn out by going over it again', () => {
  it('is told they do not have to do it alone', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My husband died in March and you are still billing his gym membership. £45 again this month.'],
      ['a', "I'm so sorry for the loss of your husband, and thank you for telling us. Can I check: did anyone use the membership after March?"],
      ['c', "No. Nobody. I sent the death certificate in April as you asked. I can't keep going over this."],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
  });
});

describe('a draft that ends on "if the flat number had been entered…"', () => {
  it('is reframed without the blame, keeping the facts', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'WHY WAS MY PARCEL RETURNED?? SAME ADDRESS AS LAST TIME.']],
        "Your parcel is at our Leith depot and can be collected today with photo ID, or sent again tomorrow once we add the flat number. To be honest, if the flat number had been entered on the account in the first place, this wouldn't have happened.",
      ) ?? '';
    expect(reframe).toMatch(/Leith depot/);
    expect(reframe).not.toMatch(/in the first place|wouldn't have happened/);
  });
});
