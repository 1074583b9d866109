// What the second reading of the learning dialogues still found bad after the sixth session, as
// kinds, in our own words: sympathy answering a thank-you for the fix that leaves one thing
// pending; a person's slip ("your errors") read as a software error, so remedies for an app fault
// answered a missing refund; store credit "instead" offered to one who turned credit down or asked
// for the money itself.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { detectProblemType } from '../../src/engine/suggestions';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();
const last = (lines: ChatLine[]) => play(engine, lines).at(-1)!.suggestions;

describe('a thank-you for the fix with one thing still pending', () => {
  const lines: ChatLine[] = [
    ['c', 'Three weeks and my pension transfer is STILL not showing. Branch says one thing, phone line says another. Ridiculous.'],
    ['a', "I'm sorry Kofi, I can see the transfer was held for a signature check. I've released it now."],
    ['c', 'Took 3 weeks of calls n branch visits for nothing, then u sort it in 10 mins... big thx 4 the quick resolution. still waiting on the interest statement tho'],
  ];

  it('gets no sympathy', () => {
    expect(last(lines).filter((s) => s.kind === 'apologize')).toEqual([]);
  });

  it('while a complaint without thanks still does', () => {
    const upset: ChatLine[] = [...lines.slice(0, 2), ['c', 'Took 3 weeks of calls n branch visits for nothing, then u sort it in 10 mins. still waiting on the interest statement tho']];
    expect(last(upset).some((s) => s.kind === 'apologize')).toBe(true);
  });
});

describe('a person\'s slip is no software error', () => {
  it.each([
    'My groceries came without the eggs again, that is 9 pounds lost to your errors this month',
    'The bill was wrong because of human error at your end',
  ])('"%s" is not a technical problem', (text) => {
    expect(detectProblemType([analyzeText(text)])).not.toBe('technical');
  });

  it('an error message still is', () => {
    expect(detectProblemType([analyzeText('The app shows an error every time I open my basket')])).toBe('technical');
  });

  it('"the money I paid" for what never came is about getting it back', () => {
    expect(detectProblemType([analyzeText("Will anyone get back to me about the money I've paid for the items I never got?")])).toBe('refund');
  });

  it('no walk-through of steps for money lost to the shop\'s mistakes', () => {
    const cards = last([['c', 'App order wrong AGAIN. Paid extra for oat milk, got cow milk. 3rd time. I want compensation, lost $14 to your errors this month.']]);
    expect(cards.map((s) => s.text).join(' | ')).not.toMatch(/steps that often fix|technical team/);
  });
});

describe('store credit "instead"', () => {
  it.each([
    "I don't want your credit, I want it back on my card",
    'they refuse to give a proper refund',
    'a refund to my debit card please, not vouchers',
  ])('"%s" turns credit down', (text) => {
    expect(customerCuesOf(analyzeText(text))).toContain('refuses-credit');
  });

  it.each(['I have some credit on my account from last time', 'my credit card was charged twice'])('"%s" does not', (text) => {
    expect(customerCuesOf(analyzeText(text))).not.toContain('refuses-credit');
  });

  it('is not offered to one who asked for the money itself', () => {
    const cards = last([
      ['c', 'Paid for a 2-day gym pass, the pool was closed both days and nobody told me. I want a proper refund.'],
      ['a', 'Sorry to hear that, could you tell me the booking reference?'],
      ['c', 'GP-5531. Still no refund and nobody answers my emails'],
    ]);
    expect(cards.map((s) => s.text).join(' | ')).not.toMatch(/store credit/);
  });
});
