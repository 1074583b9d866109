// What the 119th reading's blind ten (hard chats 1961–1970) found, as kinds, in our own words,
// learned from after it measured the code: "he has been a problem for a while" and a refused loan
// offered again "if you change your mind", both kept in a reframe; sympathy after "YOU'VE SAID
// SORRY TWICE. I DON'T NEED SORRY", and a newspaper and an assembly member named, unread; an apology
// to one who had thanked the agent's apology and added a detail; "nothing can speed this up" and a
// refused discount kept; "Please call me Peg" beaten by the header's "Margaret"; sympathy for a
// payment that had landed and for a thank-you; no card for a bereaved son who "really can't today".
import { describe, expect, it } from 'vitest';
import { filledTemplate } from '../../src/engine/suggestions';
import { bundledEngine, bundledPacks, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe', () => {
  it('drops a colleague called a problem, and the refused offer kept open "if you change your mind"', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [
          ['c', 'The fitter missed the second appointment. I took another day off work for nothing.'],
          ['a', 'I can send a temporary heater today while we rebook.'],
          ['c', 'No, a heater is no use to me, I need the boiler fixed.'],
        ],
        "I'm so sorry. To be honest he has been a problem for a while. I've booked the senior engineer for Thursday at 8:00. The heater is still there if you change your mind.",
      ) ?? '';
    expect(reframe).toMatch(/Thursday at 8:00/);
    expect(reframe).not.toMatch(/a problem for a while|change your mind|heater/);
  });

  it('keeps the timeline and drops "nothing can speed this up" and a discount offered to one leaving', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'I am moving abroad and want to close my gym membership. When do I get my joining deposit back?']],
        'Per section 4 of your membership terms, the deposit is returned within 21 days of the final payment and nothing can speed this up. Also, just to mention again, we can do 30% off if you keep the membership.',
      ) ?? '';
    expect(reframe).toMatch(/returned within 21 days/);
    expect(reframe).not.toMatch(/speed|30%|keep the membership/);
  });

  it('no bundled template, filled with no name, leaves a stray comma ("What I can do for you, is…")', () => {
    const templates = bundledPacks().flatMap((pack) => pack.rules.flatMap((rule) => (rule.suggest ?? []).flatMap((s) => s.text)));
    expect(templates.length).toBeGreaterThan(30);
    const stray = templates.map((t) => filledTemplate(t, {})).filter((text) => /\s,|,\s*[,.!?]|, is\b/.test(text));
    expect(stray).toEqual([]);
  });
});

describe('one who said they do not need another sorry', () => {
  const chat: Parameters<typeof cardsAfter>[1] = [
    ['c', 'NO HOT WATER SINCE MONDAY. I have a newborn.'],
    ['a', "I'm so sorry, I've raised an urgent call-out."],
    ['c', 'when are they coming'],
    ['a', "I'm very sorry, I'm waiting for the engineer's arrival time."],
    ['c', "YOU'VE SAID SORRY TWICE. I DON'T NEED SORRY. if nobody is here by 6 I'm phoning the Evening Chronicle and my MSP"],
  ];

  it('gets no more sympathy, and the threat is read as going public', () => {
    const cards = cardsAfter(engine, chat);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b|frustrat/i);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });

  it('reads the newspaper and the representative even without "sorry"', () => {
    expect(rulesOfCustomerLine(engine, "If the heating isn't on tonight I'm ringing the Herald and my MLA.")).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'I saw the recall notice in the Herald, is my kettle affected?')).not.toContain('escalation.public-shaming');
  });
});

describe('a burst that opened on thanks for the apology', () => {
  it('gets no second apology for a detail added after it', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The suit came back from alterations and the trousers are now too short. The wedding is on Saturday, I am really worried.'],
      ['a', "I'm so sorry about that, I can imagine how worrying it is this close to the day. Let me check with the tailor."],
      ['c', 'Thank you. I can only come after 5pm on weekdays.'],
      ['c', 'Also the jacket is fine, only the trousers.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('"Please call me Peg" under "Margaret" in the header', () => {
  it('is the name the cards use', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello, its Margaret Whitlock about my travel claim. Please call me Peg, Margaret sounds like the bank!'],
        ['a', 'Of course, Peg. Let me find your claim.'],
        ['c', 'Its been three weeks and nobody has told me anything, I am getting worried.'],
      ],
      'Margaret Whitlock',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/\bPeg\b/);
    expect(texts).not.toMatch(/Margaret/);
  });
});

describe('relief and thanks once the money landed', () => {
  it('get no apology', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My claim for the cancelled trip has been open for six weeks, I was so worried.'],
      ['a', 'Good news: it was approved and paid to your account this morning.'],
      ['c', 'Oh I just looked and it is there already!! Thank you for being so patient with me, you have been a great help.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });

  it('"you have been a great help" is praise', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The engineer fixed it this morning. Thank you for being so kind on the phone last week, you have been a great help.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('a bereaved customer who "really can\'t today"', () => {
  it('is told they do not have to do it alone', () => {
    const cards = cardsAfter(engine, [
      ['c', "I'm writing from my dad's account. He passed away on Sunday and his prescription delivery still came today."],
      ['a', "I'm so sorry for the loss of your father. I've stopped the repeat order."],
      ['c', "ok. will the card be refunded. you won't need the death certificate today will you? i really can't today"],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
  });
});
