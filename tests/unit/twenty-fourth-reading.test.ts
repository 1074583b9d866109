// What the twenty-fourth and twenty-fifth readings (hard chats 341–370, written blind) found, as
// kinds, in our own words: a son typing "its not margaret im her son tunde" still called Margaret;
// a header that is an address ("siobhan.nibhriain") or "Surname, Initial" ("Yilmaz, M.") used as
// the name; a reframe cut to "The notice period is."; "when did you request the refund?" asked of
// someone asking whether they can have one.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { factIsMoot } from '../../src/engine/suggestions';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();
const cardTexts = (results: ReturnType<typeof play>) => results.at(-1)!.suggestions.map((s) => s.text).join(' | ');

describe('the name on the header, and the one they go by', () => {
  it('"its not doreen im her son kofi", typed in lower case', () => {
    const results = play(
      engine,
      [
        ['c', 'hi'],
        ['a', 'Hi Doreen, how can I help today?'],
        ['c', 'its not doreen im her son kofi, im typing for her'],
        ['c', 'her gas bill went from £40 to £190 this month, thats not right'],
      ],
      'Doreen Mensah',
    );
    expect(results.at(-1)!.customerName).toBe('Kofi');
    expect(cardTexts(results)).not.toMatch(/Doreen/);
  });

  it.each([
    ['aoife.brennan', 'Aoife'],
    ['Kowalczyk, Zbigniew', 'Zbigniew'],
  ])('header "%s" → %s', (header, first) => {
    expect(nameFrom(header, 'transcript')?.first).toBe(first);
  });

  it.each([['Yilmaz, M.'], ['Okafor, C. N.'], ['the_real_mike']])('header "%s" gives no name to call anyone by', (header) => {
    expect(nameFrom(header, 'transcript')).toBeUndefined();
  });

  it('under "Surname, Initial" the name the agent greets them by is used, never the header', () => {
    const results = play(
      engine,
      [
        ['c', 'Good morning. I booked your Leeds hotel for 2 nights and you gave our room away.'],
        ['a', 'Good morning Mehmet, I am so sorry. Let me look at the booking.'],
        ['c', 'We had to pay for a taxi to another hotel at midnight, disgraceful'],
      ],
      'Yilmaz, M.',
    );
    expect(results.at(-1)!.customerName).toBe('Mehmet');
    expect(cardTexts(results)).not.toMatch(/Yilmaz/);
  });

  it('an address as header, respelled as they write their name', () => {
    const results = play(engine, [['c', 'the photo book came with the wrong pages in it. Siobhán here btw']], 'siobhan.kelly');
    expect(results.at(-1)!.customerName).toMatch(/^Siobhán\b/);
  });
});

describe('a reframe never ends where a citation was cut out', () => {
  it.each([
    ['The notice period is clearly stated in the terms you agreed to.'],
    ['The cancellation fee is set out in the terms you accepted when you joined.'],
  ])('"%s"', (draft) => {
    const card = reframeAfter(engine, "I don't think this was clear to anyone.", draft);
    expect(card).toBeDefined();
    expect(card).not.toMatch(/\b(?:is|are|was)\.$|\b(?:is|are|was)\. /);
  });
});

describe('the refund date is asked only of a refund asked for', () => {
  it('not of someone asking whether they can have one', () => {
    const results = play(engine, [['c', 'I bought two tickets for the May show, order 55123, but might be away. If I keep them and cannot go, can I get a refund later?']]);
    expect(cardTexts(results)).not.toMatch(/when did you request the refund/);
  });

  it('of someone waiting for one', () => {
    const waiting = { customer: new Set(['refund-underway'] as const), agent: new Set<never>(), refused: new Set<string>(), facts: new Set<never>() };
    const asking = { ...waiting, customer: new Set<never>() };
    expect(factIsMoot('date', waiting, 'refund')).toBe(false);
    expect(factIsMoot('date', asking, 'refund')).toBe(true);
    expect(factIsMoot('date', asking, 'delivery')).toBe(false);
  });
});
