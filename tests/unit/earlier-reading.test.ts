// What the first reading of earlier moments in the learning dialogues (bench/data/card-reading-
// earlier-1) found, as kinds, in our own words: details put off till later met with "let me look
// into this now"; an apology to someone pausing to check something at home, or asking what the
// agent's words mean; "I'll come back to you" right after the agent's own follow-up never came;
// a return label for an item left out of the bag; the account email asked of one who said they
// don't know it, and a lock check for them; a look into prices for one who already bought elsewhere.
import { describe, expect, it } from 'vitest';
import { analyzeTextFully } from '../../src/engine/analyzeText';
import { factsGiven } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter } from '../helpers/engine';

const engine = bundledEngine();
const texts = (cards: { text: string }[]) => cards.map((c) => c.text).join(' | ');
// The stock lines of sympathy, which a fitting one replaces at these moments.
const STOCK_SYMPATHY = /frustrating|sorry for the trouble|sorry you've had to deal/;

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
  it('no stock apology to a calm "what do you mean by…"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Every time I open the game it logs me into an old profile I deleted ages ago, so annoying'],
      ['a', 'Thanks. Make sure the new profile has its own console user set up.'],
      ['c', 'What do you mean by console user'],
    ]);
    expect(texts(cards)).not.toMatch(STOCK_SYMPATHY);
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

// The second reading of earlier moments (bench/data/card-reading-earlier-2): happy or playful
// opening posts ("Got my $3 #boorito", "Me time in the sky...") met with "let's go over what
// happened", an apology or a look into; a hashtag read as an order number.
describe('a happy or playful opening post', () => {
  it.each(['Free cookie day at @CrumbCo again, best tradition ever #cookiefriday', 'Me and the kids in matching pumpkin hats at @ZooWest #spooky', 'First flight in my new seat socks ✈️ @SkyLark'])('gets no card: "%s"', (post) => {
    expect(cardsAfter(engine, [['c', post]])).toEqual([]);
  });

  it('but a short complaint still does', () => {
    expect(cardsAfter(engine, [['c', "where's my parcel @ShipFast, a week now"]]).length).toBeGreaterThan(0);
    expect(cardsAfter(engine, [['c', 'hi can someone help with my account']]).length).toBeGreaterThan(0);
  });
});

describe('facts', () => {
  it('a hashtag is no order number, a hash with digits is', () => {
    expect([...factsGiven([analyzeTextFully('When you are the only one in costume #spookyseason @BurgerBarn')])]).not.toContain('order-number');
    expect([...factsGiven([analyzeTextFully('Still nothing on order #A48213')])]).toContain('order-number');
  });
});

describe('after the agent was kind', () => {
  it('no more stock sympathy once it was mocked: "Oh, that\'s nice. What are you doing about it?"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Every single week the 7:40 is late and I pay a fortune for this season ticket.'],
      ['a', 'I understand the frustration this causes, Mo.'],
      ['c', "Oh, that's nice. What are you doing about it?"],
    ], 'Mo');
    expect(texts(cards)).not.toMatch(STOCK_SYMPATHY);
  });

  it('no third stock apology to "Can you tell me who can." typed without its question mark', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My package holiday was cancelled and nobody will refund me. Disgraceful.'],
      ['a', "I'm sorry to hear that. Unfortunately we're unable to help with package holiday bookings here, sorry to disappoint you."],
      ['c', 'Can you tell me who can.'],
    ]);
    expect(texts(cards)).not.toMatch(STOCK_SYMPATHY);
    expect(texts(cards)).not.toMatch(/sorted out/);
  });
});

// The third reading of earlier moments (bench/data/card-reading-earlier-3).
describe('a problem not told yet', () => {
  it('"i have a serious problem i need help with." is asked about, not looked into', () => {
    const cards = cardsAfter(engine, [['c', 'i have a really big problem i need help with.']]);
    expect(cards.map((c) => c.kind)).toContain('clarify');
    expect(texts(cards)).not.toMatch(/look into this now|take this on myself/);
  });
});
