// What the 90th reading's blind ten (hard chats 1671–1680) found, as kinds, in our own words: a
// relative who gives their own name in lower case after saying who they are to the account holder
// ("this is his daughter ananya btw") still called by the holder's name; and a customer who turns
// down a retention offer politely and takes another quote, offered a check-back and then told how
// frustrating it must be.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it.each([
    ['this is his daughter ananya btw, handling his account', 'Ananya'],
    ['im her son tunde here, she cant type with her hand in a cast', 'Tunde'],
  ])('takes the lower-case name after who they are to the holder: "%s"', (line, name) => {
    const c = engine.startConversation({ id: 'n', customer: { name: 'Venkataraman R' } });
    c.addTurn({ speaker: 'customer', text: 'the refund for the cancelled flight never came back to the card' });
    c.addTurn({ speaker: 'customer', text: line });
    expect(c.customerName()).toBe(name);
  });

  it('"this is his daughter btw", with no name, does not keep the holder\'s name nor make one of "btw"', () => {
    const c = engine.startConversation({ id: 'n', customer: { name: 'Venkataraman R' } });
    c.addTurn({ speaker: 'customer', text: 'this is his daughter btw, handling his account. where is the refund??' });
    expect(c.customerName()).toBeUndefined();
  });
});

describe('a calm choice of another offer', () => {
  const chat: Parameters<typeof cardsAfter>[1] = [
    ['c', 'My home insurance renewal went from £410 to £655. Nothing changed. Why?'],
    ['a', "Hi Moira, I've checked your renewal. I can offer £560 if you renew today."],
    ['c', "Thanks, but no. I'm going with another insurer, they quoted £430."],
  ];

  it('gets a goodbye that accepts the decision, no check-back and no retention push', () => {
    const cards = cardsAfter(engine, chat, 'Moira Grant');
    const texts = cards.map((c) => c.text).join(' ');
    expect(texts).toMatch(/completely fair/);
    expect(texts).not.toMatch(/check back|follow up|£560|what would feel fair/i);
  });

  it('and no "how frustrating" to what they still ask', () => {
    const cards = cardsAfter(engine, [...chat, ['c', "Can you make sure it doesn't renew automatically on the 3rd? I don't want to chase a refund after."]], 'Moira Grant');
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/frustrating|sorry for the trouble/i);
  });
});

describe('a no the reframe keeps', () => {
  it('ends on what the agent can do, when the draft names no step', () => {
    const reframe = reframeAfter(
      engine,
      'So I keep paying $39.99 a month for a gym two hours away? Read your own contract.',
      "As stated in the agreement you signed, memberships can only be frozen in person at your home club. I'm not able to waive the exit fee. Maybe read the contract next time.",
    );
    expect(reframe).toMatch(/not able to waive the exit fee\. What I can do is/);
    expect(reframe).not.toMatch(/next time|as stated/i);
  });

  it('but not when the draft already offers a step', () => {
    const reframe = reframeAfter(
      engine,
      'So I keep paying $39.99 a month for a gym two hours away? Read your own contract.',
      "As stated in the agreement you signed, I'm not able to waive the exit fee. I can transfer your membership to the Leeds club today if that helps. Maybe read the contract next time.",
    );
    expect(reframe).toMatch(/transfer your membership/);
    expect(reframe).not.toMatch(/What I can do is look into the other options/);
  });
});
