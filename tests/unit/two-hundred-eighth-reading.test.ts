// What the 208th reading's blind twenty (hard chats 3411–3430, graded on e927cf1) found, as kinds, in
// our own words: a display name of lower-case words joined by "&" beside emoji taken for a name
// ("Broke"); "a straight answer from me" to someone asking whether their dog will survive surgery;
// sympathy to a happy thank-you whose feedback ended on a suggestion with a question mark; reframes
// that kept a guarantee's fallback refund, kept a sarcastic "then of course it must be fine", lost a
// care home's account of a fall (and with it who "her" was), and turned "you should have been called"
// into "let's look at how to sort this out". And what the 207th reading's blind twenty (hard chats
// 3391–3410, graded on 3f602d7, the last session's final code) found, left then: a stock sorry to thanks
// and praise for a step written "re-sent"; a reframe that kept a colleague "rushing everything" and
// "I've already told our boss"; one that kept "if it had been reported properly… it would have been
// logged"; one that cut a fine draft down to what the sendable lists knew, losing who "she" was.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { reframeDraft } from '../../src/engine/suggestions/reframe';
import { stillBlames, stillConcedes } from '../../src/engine/suggestions/residualRisk';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('lower-case words joined by "&" beside emoji are a screen name', () => {
    expect(nameFrom('skint & sleepy 🎓☕', 'page')).toBeUndefined();
    expect(nameFrom('Rosa & Tom Berg', 'page')).toBeUndefined(); // (guard: a couple, as before)
    expect(nameFrom('mbali k 🌻', 'page')?.first).toBe('Mbali'); // (guard)
  });
});

describe('moments', () => {
  it('asked whether the one they love will live: no straight answer promised, the wait owned', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my cat Miso was rushed into theatre an hour ago, she swallowed a hair tie'],
        ['a', "I'm so sorry, Lea. She's in surgery with Dr Wong now and he'll phone you as soon as she's out."],
        ['c', "ok. i can't stop shaking. will she be ok? please just be honest with me if she's going to make it"],
      ],
      'Lea Fischer',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/straight answer|Let me look into this/);
    expect(texts).toMatch(/hear the moment there's news/);
  });

  it('"will it be ok if I pay on Friday" asks about a payment, not a life (guard)', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the invoice for the boiler service came today, £180'],
        ['a', 'Thanks, I can see it on your account.'],
        ['c', "will it be ok if i pay on friday? please just be honest with me, i don't want a late fee"],
      ],
      'Ann Doyle',
    );
    expect(cardTexts(cards)).not.toMatch(/hear the moment there's news/);
  });

  it('feedback ending on a suggestion with a question mark, after thanks, is feedback passed on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the shower block on our field has had no hot water since yesterday and the kids are freezing'],
        ['a', "Sorry about that. I've moved you to the field by the lake, the block there is new."],
        ['c', 'All sorted, hot showers and the kids are thrilled. Thank you Ivo! Small feedback for your team: the payment machine only takes coins and nobody carries coins now. Maybe a card reader by the door? Thanks again, Marit'],
      ],
      'Guest 4471',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/sorry you've had to deal|how frustrating/i);
    expect(texts).toMatch(/pass it on/);
  });
});

describe('danger', () => {
  it('a dependant dizzy after pills that may be the wrong ones is a safety matter, however calmly put', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the pharmacy gave my dad a box of heart tablets that look different from his usual ones'],
        ['a', 'Thanks for telling us. Could you send the store name and the prescription number?'],
        ['c', "sent. should he take the evening one or not? he's a bit dizzy now and i'm worried it's the tablets"],
      ],
      'Noor Haddad',
    );
    expect(cardTexts(cards)).toMatch(/emergency services or a doctor/);
  });

  it('"she is a bit confused by the bill" is no danger (guard)', () => {
    const cards = cardsAfter(engine, [['c', "my mum got your letter about the meter and she is a bit confused by the bill, can you explain it?"]], 'Ola Berg');
    expect(cardTexts(cards)).not.toMatch(/emergency services/);
  });
});

describe('reframes', () => {
  it("a guarantee's fallback refund goes with the guarantee, in its sentence or the next", () => {
    const inOne = reframeAfter(
      engine,
      'Will the marquee be up in time for the party or not?',
      "I promise you the marquee will be up by Friday noon, and if it is not, we will refund you the complete £2,400 and also pay the train tickets of your in-laws. The lights can go up on Thursday evening.",
    );
    expect(inOne).not.toMatch(/refund|train tickets|if it is not/i);
    expect(inOne).toMatch(/lights can go up/);
    const inTwo = reframeAfter(engine, 'Will the marquee be up in time?', 'I promise you the marquee will be up by Friday noon. If it is not, we will refund you the complete £2,400. The lights can go up on Thursday evening.');
    expect(inTwo).not.toMatch(/refund|if it is not/i);
    // (guard) A condition that is no fallback of the guarantee stays.
    const offered = reframeAfter(engine, 'Will the marquee be up in time?', 'I promise you the marquee will be up by Friday noon. If you want, we can also put the lights up on Thursday.');
    expect(offered).toMatch(/If you want, we can also put the lights up/);
  });

  it('a care home tells a fall and what the doctor found; "you should have been told" is a sorry', () => {
    expect(sendablePartOf('Your father fell on Sunday evening when he got up to close the window.')).toBeDefined();
    expect(sendablePartOf('Dr. Patel examined him on Monday and the X-ray showed no fracture.')).toBeDefined();
    expect(sendablePartOf('If you like, our deputy manager Mrs. Okafor can have a phone call with you this week.')).toBeDefined();
    expect(stillConcedes('He could walk to his chair and he did not hit his head.')).toBe(false);
    expect(stillConcedes('He did not ring you back, which he should have.')).toBe(true); // (guard)
    const card = reframeAfter(
      engine,
      'Why did nobody tell me about the fall?',
      'Dear Ruth, your father fell on Sunday evening when he got up to close the window. Dr. Patel examined him on Monday and the X-ray showed no fracture. You should have been told the same evening. Honestly that is the fault of our weekend nurse, she forgot to ring you.',
    );
    expect(card).toMatch(/fell on Sunday evening/);
    expect(card).toMatch(/I'm sorry you weren't told the same evening/);
    expect(card).not.toMatch(/fault|forgot|Let's look at how/);
  });

  it('a sarcastic "then of course it must be fine" is dismissive', () => {
    const card = reframeAfter(
      engine,
      'The installer put the fridge right next to the oven. Is that ok?',
      "Our engineer can come on Monday to check it. Next to an oven is not ideal, but if the installer said so, then of course it must be fine. Our team is careless, we are fully liable.",
    );
    expect(card).not.toMatch(/of course it must be fine/);
    expect(card).toMatch(/engineer can come on Monday/);
  });
});

describe("the 207th reading's kinds", () => {
  it('thanks and "ur the best" for a step written "re-sent" close the case, with a joke beside them', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'paid for 2 tickets for the gig tonight, money gone but no tickets in the app, doors at 8'],
        ['a', 'Found it: a payment delay held them. We have re-sent both tickets to your email and they are in My Tickets now. Enjoy the gig!'],
        ['c', 'llegaron!! tysm ur the best. now if only the app stopped logging me out every 2 min lol'],
      ],
      'Juno',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/sorry|frustrating/i);
    expect(texts).toMatch(/welcome/i);
  });

  it("a colleague's haste is a slip told, and reporting them upstairs goes with it", () => {
    expect(stillConcedes('Sam in the workshop has been rushing every job this month')).toBe(true);
    expect(stillConcedes('The courier has been busy this month')).toBe(false); // (guard)
    const card = reframeAfter(
      engine,
      'Why was the frame cracked when the box was fine?',
      "Honestly that is our fault. Sam in the workshop has been rushing every job this month, I've already told our manager. I can send a new frame by courier today.",
    );
    expect(card).not.toMatch(/rushing|told our manager/);
  });

  it('how they reported it, as the cause, is blame', () => {
    expect(stillBlames('If the leak had been reported properly through the app it would have been logged.')).toBe(true);
    expect(stillBlames('If the leak had been reported on Monday, we were already closed.')).toBe(false); // (guard)
  });

  it("someone's word given is news, and thinking of them is kind: a reframe keeps both", () => {
    expect(sendablePartOf('Ana, Father Brennan has confirmed he will say the Mass at 10 on Friday.')).toBeDefined();
    expect(sendablePartOf('Thinking of you and your family this week.')).toBeDefined();
    const card = reframeDraft('Ana, Father Brennan has confirmed he will say the Mass at 10 on Friday. Honestly this is completely our fault. Thinking of you and your family this week.');
    expect(card).toMatch(/Father Brennan has confirmed he will say the Mass/);
    expect(card).toMatch(/Thinking of you/);
    expect(card).not.toMatch(/our fault/);
  });
});
