// What the 130th reading's blind ten (hard chats 2071–2080) found, as kinds, in our own words,
// learned from after it was graded: "so you take my money and call me cheater" read as the name
// they want; another sorry after "Sorry doesn't clean my car"; a draft blaming them for arriving
// "25 minutes late" left unflagged; threats to put it all "in facebook" or to "tell every backer"
// unread; a grieving customer who "cannot deal with one more thing" left with no card; and a reframe
// that cut "so that day will be refunded in full" from the reason before it.
import { describe, expect, it } from 'vitest';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('what someone called them', () => {
  it('is not the name they asked for', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My account was closed for "fraud". I paid for the yearly plan in March. So you keep my money and call me liar.'],
        ['c', 'Answer me.'],
      ],
      'Tomasz Wójcik',
    );
    expect(cardTexts(cards)).not.toMatch(/\bLiar\b/);
  });
});

describe('"Sorry doesn\'t …" in any words', () => {
  it('refuses another apology', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your courier reversed into my gate and bent it. Sorry doesn\'t straighten my gate.'],
      ['a', 'I can offer a £20 voucher for the trouble.'],
      ['c', 'A voucher? I want the gate repaired by someone else and you can pay for it.'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b/i);
  });
});

describe('their lateness told as the cause', () => {
  it('is dismissive', () => {
    expect(rulesOfAgentLine(engine, 'The driver says you came to the pickup point 15 minutes late, so he left.')).toContain('agent-tone.dismissive');
  });
});

describe('public threats in plain words', () => {
  it('"I put all this on facebook" and "tell every customer" are public shaming', () => {
    expect(rulesOfCustomerLine(engine, 'if nobody calls me today I put everything on facebook with the photos')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'if this is not fixed I will tell every client that your app lost their bookings')).toContain('escalation.public-shaming');
  });
});

describe('a grieving customer who cannot take one more thing', () => {
  it('is told someone will take it on with them', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My husband died last month. His gym membership is still being taken from our joint account.'],
      ['a', "I'm so sorry for your loss. I've stopped the membership today and I'm checking the last two payments."],
      ['c', 'And the locker key is still in his bag. Will I be fined for that? I really cannot deal with one more thing right now.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/do this alone|take care of it with you/);
  });
});

describe('what a reason means for the day', () => {
  it('"…, so that day will be refunded in full" stays with the reason it follows', () => {
    expect(sendablePartOf("On Tuesday the coach was cancelled and nobody told you, so that day will be refunded in full, 90 euros.")).toMatch(/refunded in full, 90 euros/);
  });
});
