// What the 159th reading's blind twenty (hard chats 2431–2450; graded on the final code of the
// session's second plan, then learned from when time allowed one more) found, as kinds, in our own
// words: a lower-case handle naming its owner ("leithlad") taken for a name; "tell the driver thanks
// from me" read as feedback ("that's fair, and I'll pass it on"); "X is fine, nobody call me Y" read
// as asking to be called Y; "…, just send us the amount" kept after a payout; "we cannot comment on
// reviews" and "withheld for as long as necessary" kept in a reframe.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a lower-case handle naming its owner', () => {
  it.each([['brumgirl'], ['corkboy'], ['bristolmum']])('"%s" is no name', (header) => expect(nameFrom(header, 'page')).toBeUndefined());
  it.each([['herman', 'Herman'], ['stefan', 'Stefan']])('"%s" is still a name', (header, first) => expect(nameFrom(header, 'page')?.first).toBe(first));
});

describe('thanks to pass on', () => {
  it('is passed on, not taken as fair feedback', () => {
    const cards = cardsAfter(engine, [
      ['c', 'left my bag on the 22 bus this morning, has anyone handed it in?'],
      ['a', 'Good news, a bag like yours was handed in by one of our drivers. You can collect it from lost property.'],
      ['c', 'brilliant!! got it back, phone and all. cheers, tell the driver thanks from me 🙏'],
    ]);
    const followUp = cardTexts(cards, 'follow-up');
    expect(followUp).toMatch(/pass your thanks on/);
    expect(followUp).not.toMatch(/that's fair/);
  });
});

describe('"X is fine, nobody call me Y"', () => {
  it('calls them X, never Y', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The order for the clinic arrived with the wrong implants, we need them tomorrow.'],
      ['c', 'Also please, Magda is fine, nobody call me Magdalena except my grandmother :)'],
      ['c', 'This is the second time this month and the patient travels two hours.'],
    ]);
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/Magdalena/);
  });
});

describe('a reframe', () => {
  it('drops "just send us the amount" after a payout', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The crown came in the wrong shade and my patient took a day off work for nothing.']],
      'We will remake it for tomorrow, and we will reimburse your patient for his lost day of work, just send us the amount.',
    );
    expect(reframe ?? '').not.toMatch(/send us the amount|reimburse/);
  });

  it('drops "we cannot comment on reviews" and "withheld for as long as necessary"', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'My exam result is still under review and my university needs it. What do I tell them?']],
      'As stated in our terms, results may be withheld for as long as necessary and we cannot comment on reviews. I have asked the team for an expected date.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/cannot comment|as long as necessary/);
  });
});
