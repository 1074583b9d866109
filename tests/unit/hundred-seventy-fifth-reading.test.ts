// What the 175th reading's blind twenty (hard chats 2751–2770, graded on 70c8608 before any of
// this) found, as kinds, in our own words: a discount code offered with a sorry, mocked, and the
// money asked for, met with one more stock sorry; a safety hand-off for paramedics thanked after a
// death; reframes that lost a loaner brought round and half a reason, and that kept our busy diary
// as the excuse for no-shows.
import { describe, expect, it } from 'vitest';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a code laughed off', () => {
  it('"I dont want a code I want my 54,90 back" after a sorry and a code: the money heard, and the forum threatened handed off', () => {
    const cards = cardsAfter(engine, [
      ['c', '@PizzaCo charged twice for one cold pizza. order in the tweet'],
      ['a', '@emre_k We sincerely apologize Emre! As an apology please use code SLICE20 for 20% off your next order.'],
      ['c', '@PizzaCo lmao ok bot. I dont want a code I want my 54,90 back that you charged TWICE. screenshotting this for ekşi sözlük'],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/money back, not credit/);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });
});

describe('staff thanked after a death', () => {
  it('"Your paramedics were very kind to him" is no safety scare', () => {
    expect(rulesOfCustomerLine(engine, 'Your paramedics were very kind to him. He was asking for me in the ambulance.')).not.toContain('escalation.safety');
    // (guard) paramedics there now still are.
    expect(rulesOfCustomerLine(engine, 'The paramedics are with him now.')).toContain('escalation.safety');
  });
});

describe('reframes', () => {
  it('a loaner brought round ("we can bring your father a loaner chair tomorrow, if someone can let the driver in") is kept', () => {
    const said = 'In the meantime we can bring your father a loaner power chair tomorrow between 9 and noon, if someone can be there to let the driver in.';
    expect(sendablePartOf(said)).toBe(said);
  });

  it('a reason of dates keeps its first half; a reason that puts it on them, or on the policy, does not come back whole', () => {
    const dates = "Because the failure was reported on December 29 and the warranty runs until February 14, the part and the labour are covered, so there is no bill for this repair.";
    expect(sendablePartOf(dates)).toBe(dates);
    expect(sendablePartOf('Because you signed the form without remarks, the fee stands.')).toBeUndefined();
    expect(sendablePartOf('Because the estimate was issued per policy, the adjustment will show as a credit.')).not.toMatch(/^Because/);
  });

  it('our busy diary given as the excuse for no-shows becomes sorry for them', () => {
    const reframe =
      reframeDraft("Hi Aoife. Maybe worth being a bit more careful in future. Regarding the missed appointments, the fitters' diary is very busy this time of year and we can't guarantee times. I'll send you the photos the fitter took.") ?? '';
    expect(reframe).toMatch(/I'm sorry about the missed appointments\./);
    expect(reframe).not.toMatch(/busy/);
  });
});
