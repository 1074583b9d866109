// Restatements quote the customer, and customers write as on social media. Cards from the
// trainer's reading of real support chats (issue 14): what was pasted in raw must not come back.
import { describe, expect, it } from 'vitest';
import { restatePhrasings } from '../../src/engine/suggestions/restate';
import { unsendableBecause, withoutSocialDebris } from '../../src/engine/suggestions/socialDebris';

describe('social-media debris', () => {
  it('drops handles, links, hashtags, emoji and initials sign-offs, and mends bare contractions', () => {
    expect(withoutSocialDebris('@AmazonHelp my package never arrived and the tracking link https://t.co/abc123 says delivered #fail 😡 ^DG')).toBe(
      'my package never arrived and the tracking link says delivered',
    );
    expect(withoutSocialDebris('Im not receiving the code and I dont know why 🙄🤷‍♀️')).toBe("I'm not receiving the code and I don't know why");
    expect(withoutSocialDebris('the @115900 queue is clueless on Household &amp; Prime - DG')).toBe('the queue is clueless on Household & Prime');
    // What is not debris stays: an email, a price, an order number, "#" in an order id.
    expect(withoutSocialDebris('Order #58213 cost £18, mail me at dana@example.com')).toBe('Order #58213 cost £18, mail me at dana@example.com');
  });

  it('names what makes a card unsendable', () => {
    expect(unsendableBecause('As I understand it, @115877 this is inadequate')).toBe('an @handle');
    expect(unsendableBecause('See https://t.co/x')).toBe('a link');
    expect(unsendableBecause('That is a #fail')).toBe('a #hashtag');
    expect(unsendableBecause('I understand 😡')).toBe('an emoji');
    expect(unsendableBecause('Thanks! ^aj')).toBe('a sign-off');
    expect(unsendableBecause('It sounds like the WHOLE order is lost')).toBe('a shouted word');
    expect(unsendableBecause('how fucked up is the game')).toBe('profanity');
    expect(unsendableBecause('It sounds like your order 58213 has not arrived. Is that right, Dana?')).toBeUndefined();
  });
});

describe('restating real support text', () => {
  it('says back a tweet-style complaint without the debris', () => {
    const cards = restatePhrasings('@AmazonHelp my package never arrived and the tracking link https://t.co/abc123 says delivered #fail 😡 ^DG', 'Dana');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(unsendableBecause(card), card).toBeUndefined();
      expect(card).toContain('your package never arrived and the tracking link says delivered');
    }
  });

  it('converts "Im" fully: no half-converted person', () => {
    for (const card of restatePhrasings('Im not getting the verification code by text', 'Dana')) {
      // "I" belongs to the frame ("As I understand it"); the customer's own words are all "you".
      expect(card).not.toMatch(/\b(Im|I'm|my|me)\b/);
      expect(card).toMatch(/you're not getting the verification code by text/);
    }
  });

  it('shows no restatement rather than a profane one', () => {
    expect(restatePhrasings('how fucked up is @115900 the #uva #riu game is over', 'Dana')).toEqual([]);
  });
});
