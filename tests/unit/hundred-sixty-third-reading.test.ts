// What the 163rd reading's blind twenty (hard chats 2511–2530, graded on 901537a before any of
// this) found, as kinds, in our own words: a stock sorry after the customer quoted the agent's
// apology back and scorned it; "its NATASHA." to an agent who got it wrong, under "Tash"; a shop's
// header ("Toko …") taken for a name; a colleague's duty left undone ("was supposed to … and didn't
// bother") kept in a reframe; a warning in a list and "Please don't blame yourself" dropped from a
// reframe; "the other things" for one more thing. And from earlier graded blind chats: "a rough
// couple of weeks" after condolences; a name signed alone under an email; "unable to discuss this
// further" reworded with "further" left in; "you understand that isn't your fault" said back; a
// header of a person and their business.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe("the agent's apology quoted back and scorned", () => {
  it.each([
    ["'We regret the inconvenience.' Wow. Did you get that from a template? Three days with no power."],
    ['really sorry lol. yeah I bet you are. I paid twice and still have nothing'],
  ])('"%s" gets no stock sorry', (scorn) => {
    const cards = cardsAfter(engine, [
      ['c', 'My order never came and you took the money twice.'],
      ['a', "We're really sorry for the inconvenience, we regret any trouble caused."],
      ['c', scorn],
    ]);
    const apology = cardTexts(cards, 'apologize');
    expect(apology).not.toMatch(/sorry|frustrating/i);
    expect(apology).toMatch(/not another apology/);
  });
});

describe('"its NATASHA." to an agent who called her Natalie', () => {
  it('calls her Natasha, not the short form in use', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'you charged my data plan twice this morning'],
        ['a', 'Hi Natalie, we see the double charge and have added a bonus instead.'],
        ['c', "its NATASHA. and I don't want bonus data, I want the money back."],
        ['c', 'refund it or I am leaving tomorrow.'],
      ],
      'Tash ✨ tired & wired',
    );
    expect(cardTexts(cards)).toMatch(/Natasha/);
    expect(cardTexts(cards)).not.toMatch(/\bTash\b/);
  });
});

describe('a business in the header', () => {
  it.each([['Toko Roti Mawar'], ['Warung Bu Sri'], ['Casa Lopez Bakery']])('"%s" is no name', (header) => expect(nameFrom(header, 'page')).toBeUndefined());
  it('"Person – Business" names the person', () => expect(nameFrom('Lena Park – Blue Door Café', 'page')?.first).toBe('Lena'));
});

describe('a reframe', () => {
  it('drops a colleague\'s duty "supposed to … and didn\'t bother"', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The heating failed again and nobody came. We paid for the service in October.']],
      "Honestly this is our fault. Tomasz was supposed to bleed the system last week and didn't bother, and the hotline wasn't answered like it should be. I'll book an engineer for tomorrow morning.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/Tomasz|bother|like it should/);
  });

  it('keeps every warning of a list after a semicolon, and "Please don\'t blame yourself"', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'My son has a rash since yesterday after the new cereal. I gave it to him again this morning, did I make it worse?']],
      "Please don't blame yourself — you gave him breakfast like any parent would. Please keep the box and the receipt; if he has a fever, swelling of the lips, or trouble breathing, call your emergency number straight away. Don't worry, our cereal is perfectly safe and this rash is definitely not from our product.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/swelling of the lips, or trouble breathing/);
    expect(reframe).toMatch(/don't blame yourself/);
    expect(reframe).not.toMatch(/definitely not from our product/);
  });

  it('says "who can go through this with you", not "this further"', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Why was I charged 40 EUR for a class you cancelled?']],
      'As per our policy the fee is non-refundable and I am unable to discuss this further.',
    );
    expect(reframe ?? '').not.toMatch(/this further/);
  });
});

describe('one more thing', () => {
  it('is taken up, not "the other things"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My appointment letter says 3 May but I got a text saying 5 May. Which one is right?'],
      ['a', 'It is 5 May at 10:20, the text is right. I have updated the letter on your record.'],
      ['c', 'Thank you. One more question: do I still need to bring the referral letter?'],
    ]);
    const followUp = cardTexts(cards, 'follow-up');
    expect(followUp).not.toMatch(/other things/);
    expect(followUp).toMatch(/look into that/);
  });
});

describe('left from earlier graded blind chats', () => {
  it('"a rough couple of weeks" after condolences gets someone alongside, not silence', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My husband died in March and his phone contract is still being charged. Can you stop it?'],
      ['a', "I'm so sorry for your loss. I've stopped the contract from March and the charges will be refunded."],
      ['c', 'thank you. how long will the refund take? sorry, it has been a rough couple of weeks'],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/alone/);
  });

  it('a name alone on the last line of an email is their name', () => {
    const cards = cardsAfter(
      engine,
      [['c', 'Hello,\n\nThe class on Monday was cancelled by you and I was still charged 30 EUR. Please explain.\n\nAmira Haddad']],
      'Guest 55120',
    );
    expect(cardTexts(cards)).toMatch(/Amira/);
  });

  it('"you understand that isn\'t your fault" is not said back', () => {
    expect(notRestatableBecause("you understand that isn't your fault")).toBeDefined();
  });
});

describe('threats the graders said went without a hand-off', () => {
  it.each([
    ['two days with no internet. NCA complaint going in tonight and this whole thread going on FB'],
    ['refund me or I report you to the regulator tomorrow morning'],
    ["either you fix it or I'm going to the disputes tribunal with every receipt"],
  ])('"%s" gets an escalation card', (threat) => {
    const cards = cardsAfter(engine, [
      ['c', 'You charged my account twice this month.'],
      ['a', 'Sorry for the inconvenience, the team will look into it within 7 working days.'],
      ['c', threat],
    ]);
    expect(cardTexts(cards, 'escalate')).not.toBe('');
  });
});
