// What the 111th reading's blind ten (hard chats 1881–1890) found, as kinds, in our own words,
// learned from after it measured the code: "sorry you've had to deal with this" to a bereaved
// customer after the condolences, when her worry came without a question mark; a stock apology
// right after "it's copy paste"; a reframe keeping "no exceptions for anyone", turning "you'll need
// to … before …" into "you can …", and opening the no with "I know this isn't the answer…" after
// the good news; a refused "future cruise credit" offered again; "A date." not read as asking for
// a straight answer; "No. I am not booking another date." not read as an offer turned down.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('the apology card', () => {
  it('is not a stock line to a bereaved customer after the condolences, question mark or not', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My brother died on Friday and I need to claim on his funeral plan.'],
        ['a', "I'm so sorry for the loss of your brother, Niamh. I'll help you with the claim."],
        ['c', 'the hospital only gave us a temporary certificate, the registrar is booked out till next week'],
        ['c', 'will that hold things up'],
      ],
      'Niamh Brennan',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/deal with this|frustrat|trouble/);
  });

  it('is not offered right after the customer calls the replies copy-paste', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My connecting flight leaves in 2 hours and my bag is still not transferred!!'],
        ['a', "I'm so sorry about this, Mr Aziz. I'm checking with the ground team."],
        ['c', 'you always say the same thing. its copy paste'],
        ['c', 'I WANT A SUPERVISOR NOW'],
      ],
      'Karim Aziz',
    );
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'escalate')).not.toBe('');
  });
});

describe('a reframe of a policy wall', () => {
  it('drops "for anyone", keeps a condition as a condition, and does not open the no after the good news', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'My dad passed away on Sunday. The funeral home is asking if the plan pays. Is the interim certificate a problem??']],
        "The plan is active, so it covers the funeral home's fees up to £3,900. I can call the funeral home today to confirm it. As per section 5 of the terms, a claim cannot be paid without the full death certificate and we do not make exceptions for anyone, so you'll need to get that first.",
      ) ?? '';
    expect(reframe).toMatch(/covers the funeral home's fees/);
    expect(reframe).not.toMatch(/for anyone|You can get that/);
    expect(reframe).not.toMatch(/isn't the answer you were hoping for/);
  });

  it('drops a travel credit the customer turned down', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [
          ['c', 'Our tour was cancelled by you. We cannot use a credit, my father is 79. I want the money back.'],
          ['c', "Your own page says 'if we cancel, you may choose a full refund'."],
        ],
        "Like I said, the Future Travel Credit is what we're offering for this tour. It's worth more than you paid, so I'm not sure what the problem is.",
      ) ?? '';
    expect(reframe).not.toMatch(/Travel Credit/i);
  });
});

describe('a customer pressing for a date', () => {
  it('"…and I want to know when it will land. A date." asks for a straight answer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Your courier missed my washing machine delivery three times. I took leave every time!'],
        ['a', "I'm very sorry, Tunde. I can book you a priority slot on Saturday."],
        ['c', 'No. I am not booking again. I have done that three times.'],
        ['c', 'I want my ₦620,000 back to my card, and I want to know when it will land. A date.'],
      ],
      'Tunde Bakare',
    );
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
  });

  it('"No. I am not booking again." turns the offer down', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Your courier missed my washing machine delivery three times. I took leave every time!'],
        ['a', "I'm very sorry, Tunde. I can book you a priority slot on Saturday."],
        ['c', 'No. I am not booking again. I have done that three times.'],
      ],
      'Tunde Bakare',
    );
    expect(cards.map((c) => c.rule)).toContain('no-solution.offer-rejected');
  });
});
