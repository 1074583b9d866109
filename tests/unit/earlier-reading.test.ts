// What the first reading of earlier moments in the learning dialogues (bench/data/card-reading-
// earlier-1) found, as kinds, in our own words: details put off till later met with "let me look
// into this now"; an apology to someone pausing to check something at home, or asking what the
// agent's words mean; "I'll come back to you" right after the agent's own follow-up never came;
// a return label for an item left out of the bag; the account email asked of one who said they
// don't know it, and a lock check for them; a look into prices for one who already bought elsewhere.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter } from '../helpers/engine';

const engine = bundledEngine();
const texts = (cards: { text: string }[]) => cards.map((c) => c.text).join(' | ');

describe('put off till later', () => {
  it('details promised later: a "no rush" line, no look into', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Third engineer no-show this week. Useless. #fedup'],
      ['a', 'Hi Rosa, I can help. Send me a DM with the account holder name and the postcode.'],
      ['c', "I will later. I'm worn out, I've spoken to four people today and got nowhere."],
    ], 'Rosa');
    expect(texts(cards)).toMatch(/No rush, Rosa/);
    expect(texts(cards)).not.toMatch(/look into this now/);
  });

  it('a check they can only do at home: no apology', () => {
    const cards = cardsAfter(engine, [
      ['c', "My ticket email disappeared and the gig is on Friday!"],
      ['a', 'Could it be in your deleted items? Have a look there.'],
      ['c', "I'll have to check on my laptop when I get home, it isn't in the deleted folder on my phone."],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
    expect(texts(cards)).toMatch(/No rush/);
  });
});

describe('the moment', () => {
  it('no apology to a calm "what do you mean by…"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Every time I open the game it logs me into an old profile I deleted ages ago, so annoying'],
      ['a', 'Thanks. Make sure the new profile has its own console user set up.'],
      ['c', 'What do you mean by console user'],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
  });

  it('no "I\'ll come back to you" right after the follow-up the agent promised never came', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The soup I got was cold and had a hair in it. Disgusting.'],
      ['a', "We've got your DM and will follow up there."],
      ['c', "you haven't reached out. still nothing"],
    ]);
    expect(texts(cards)).not.toMatch(/come back to you with what I find/);
  });
});

describe('remedies that fit', () => {
  it('no return for an item left out of the bag', () => {
    const cards = cardsAfter(engine, [['c', 'I ordered a side salad but they forgot to put it in my bag, so annoyed']]);
    expect(texts(cards)).not.toMatch(/return label|set up a return|rather keep it/);
  });

  it('no email asked of one who does not know it, and no lock check', () => {
    const cards = cardsAfter(engine, [['c', 'Problem with an old game account, no idea what the login/email was but I know the player ID']]);
    expect(texts(cards)).not.toMatch(/email address on the account, .*so I can find it|has been locked/);
  });

  it('no look into prices for one who already bought the same elsewhere', () => {
    const cards = cardsAfter(engine, [['c', 'Your delivery fees are a joke. I just ordered the exact same pizza from another app for $9 less.']]);
    expect(texts(cards)).not.toMatch(/look into this now/);
  });
});
