// What the 172nd reading's blind twenty (hard chats 2691–2710, graded on 06088d7, the twenty-third
// session's final code, before any of this) found, as kinds, in our own words: sympathy to a last
// polite question about a refund; a shop's handle taken for a name; "so you don't have to chase it"
// to a grieving owner asking whether her pet could have been saved; a reframe calling her "Ms. Kim"
// after she asked for her English name, with two promises worded as the same vague one; a reframe
// cut down to a bare rule of ours; and no card at all for a customer laughing off a voucher, asking
// for the money and leaving with a one-star review.
import { describe, expect, it } from 'vitest';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

describe('one more polite question', () => {
  it('"Last question: does the refund go back on my card?" is taken up, with no sorry', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my flight home on Sunday is cancelled, can I get on the Monday one without paying again?'],
        ['a', 'Hi Marta, yes, you can move to Monday at no cost, or cancel for a full refund in the app.'],
        ['c', 'great. Last question: the refund comes back on my card or as a voucher? last time I got a voucher and never used it'],
      ],
      'Marta Lindqvist',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/);
  });
});

describe('names', () => {
  it('a shop\'s name in the header ("Osu Phone Hub") names no one', () => {
    const cards = cardsAfter(engine, [['c', 'I sent 400 to a wrong number on Monday and the reversal you promised never came. That is my rent money.']], 'Tema Phone Hub');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/\bTema\b/);
  });
});

describe('grief', () => {
  const loss: ChatLine[] = [
    ['c', 'Hello. The vet phoned at seven. Our dog Biscuit passed away in the night. I cannot believe it'],
    ['a', 'Ana, I am so sorry. We heard when we opened. Take all the time you need.'],
  ];

  it('a pet that "died in the night" is a death told; a phone that did is not', () => {
    const cards = cardsAfter(engine, [['c', 'Hello. The vet phoned at seven. Biscuit died in the night. I cannot believe it']]);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
    const phone = cardsAfter(engine, [['c', 'My phone died in the night and the alarm never went off, so I missed the train. Can I change the ticket?']]);
    expect(cardTexts(phone)).not.toMatch(/loss/);
  });

  it('"I am so sorry" said to the news counts as the condolences; said before it, it does not', () => {
    const after = cardsAfter(engine, [...loss, ['c', 'she was twelve. she was with you since tuesday for her kidneys']]);
    expect(cardTexts(after)).not.toMatch(/sorry for your loss/);
    const before = cardsAfter(engine, [
      ['c', 'The album you sent has half the photos missing, nothing from the ceremony.'],
      ['a', 'Hi Isla, I am so sorry. A memory card failed and we have sent it for recovery.'],
      ['c', 'I should tell you, my dad died three weeks ago. Those ceremony photos are the only ones of him and me.'],
    ]);
    expect(cardTexts(before, 'apologize')).toMatch(/sorry for your loss/);
  });

  it('asked whether she could have been saved, an honest answer is promised, not "so you don\'t have to chase it"', () => {
    const cards = cardsAfter(engine, [...loss, ['c', 'I have to ask. on friday we said we could wait with the scan because of the money. if I paid on friday she is alive now? please tell me the truth']]);
    const text = cardTexts(cards, 'apologize');
    expect(text).toMatch(/honest answer/);
    expect(text).not.toMatch(/chase/);
  });

  it('"my son wants to say goodbye" to her is no goodbye to us', () => {
    const cards = cardsAfter(engine, [...loss, ['c', 'can we see her before. before the cremation I mean. my son wants to say goodbye, he is 9']]);
    expect(cards.some((c) => c.kind === 'follow-up' && /take care/i.test(c.text))).toBe(false);
  });
});

describe('credit laughed off', () => {
  const chat: ChatLine[] = [
    ['c', '@EatNow ordered at 8, its 10 now and the driver phone is off. order #EN-4471. kids went to bed hungry'],
    ['a', '@sam_k We are so sorry for the delay. As a gesture we have added a 5 GBP voucher to your account for your next order.'],
  ];

  it('"no thanks" mid-message is no thanks, and the money asked for is heard without a second sorry', () => {
    const cards = cardsAfter(engine, [...chat, ['c', '@EatNow a voucher. to order again. from you 😂😂 no thanks mate. i want my 24 back on my card not coupons. deleting the app, enjoy your 1 star']]);
    const text = cardTexts(cards, 'apologize');
    expect(text).toMatch(/money back, not credit/);
    expect(text).not.toMatch(/sorry/i);
  });

  it('(guard) "I don\'t want a voucher or a refund" asks for no money', () => {
    const cards = cardsAfter(engine, [...chat, ['c', 'no need. the food was fine in the end, not the restaurant fault. i dont want voucher or refund']]);
    expect(cardTexts(cards)).not.toMatch(/money back/);
  });

  it('(guard) a manager asked for instead of the voucher gets no "you want your money back"', () => {
    const cards = cardsAfter(engine, [...chat, ['c', 'I dont want a voucher. I want a manager who can tell me why this keeps happening.']]);
    expect(cardTexts(cards)).not.toMatch(/money back/);
  });

  it('what came wrong, told plainly, is a complaint: no "Glad to hear it!"', () => {
    const cards = cardsAfter(engine, [...chat.slice(0, 1), ['a', 'Please DM us the order number.'], ['c', 'its IN the tweet. anyway it finally came: cold chicken, and they sent pepsi instead of the garlic sauce. 24 GBP for this']]);
    expect(cardTexts(cards)).not.toMatch(/glad to hear/i);
    expect(cards.some((c) => c.kind === 'apologize')).toBe(true);
  });
});

describe('reframes', () => {
  it('the name she asked for replaces the title the draft opened on', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'Hello, I was charged twice for the yearly plan on 3 March.'],
        ['c', 'Sorry, my english name is Sunny, please call me Sunny not Seo-yeon'],
        ['a', 'Hi Sunny, thanks, I can see both charges. Let me check with billing.'],
      ],
      "Ms. Kim, I checked and it's completely our fault. The extra charge will be back on your Shinhan card by Friday, guaranteed.",
      '김서연 (user_8841207)',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).toMatch(/^Sunny,/);
    expect(reframe).not.toMatch(/Ms\. Kim|guaranteed/);
  });

  it('money promised back on a named card is money back; a streak promised back is named', () => {
    expect(saferWordingFor('the extra 119,000 won will be back on your Shinhan card by Friday, guaranteed')).toMatch(/money back/);
    expect(saferWordingFor("I'll restore your 412-day streak today")).toMatch(/restore your 412-day streak today/);
    // (guard) what "restore your account" puts back stays the general fix.
    expect(saferWordingFor("I'll restore your account today")).toMatch(/get this resolved today/);
  });

  it('a reframe is never a rule of ours alone', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'Two tent poles were cracked when we picked them up, you can see the old tape. 4 clients slept in the refugio, we paid 248.000 for it. Booking ATR-0884.'],
        ['a', 'Hi Rodrigo, we apologize for the inconvenience caused. Could you please send us your booking number and photos?'],
        ['c', "'we apologize for the inconvenience' haha. very nice. is that the copy paste answer? the booking number is in my FIRST message. I need to know today who pays the refugio."],
      ],
      'Sorry my apology was not up to your standards, Rodrigo. As stated in clause 9 of the agreement you signed, equipment must be inspected at pick-up and any damage reported at that moment. Since nothing was reported, we are not responsible for accommodation costs.',
      'Rodrigo Paz',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe === undefined || !/^Equipment must be inspected[^.]*\.$/.test(reframe)).toBe(true);
  });
});
