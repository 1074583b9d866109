// What the 118th reading's blind ten (hard chats 1951–1960) found, as kinds, in our own words,
// learned from after it measured the code: free spins kept in a reframe for one who lost too much
// and wants out; "how frustrating" to one brought to tears; a replacement promised by Friday
// reworded as "get it to you", with nothing left for "it"; the roadside safety line once everyone
// was home; a regulator named as what comes next, unread; "thank you for letting us know" to one
// quitting in capitals; a colleague called clueless, unflagged, and the documents still needed
// dropped from the reframe with it.
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe for one on the way out', () => {
  it('drops bonus spins offered to a player who lost too much and wants the account closed', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [
          ['c', 'My withdrawal of 800 EUR is pending for two weeks. I sent my ID twice.'],
          ['c', 'I just want my money out and the account closed. I spent way too much this year.'],
        ],
        'Per our terms, withdrawals are only processed once verification is complete, and your documents were blurry. As a goodwill gesture I have added 50 free spins to your account 🙂',
      ) ?? '';
    expect(reframe).toMatch(/verification is complete/);
    expect(reframe).not.toMatch(/free spins|goodwill/);
  });
});

describe('one brought to tears', () => {
  it('is told how hard it must have been, not how frustrating', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The school photos came back with my son cut out of his class picture. He cried the whole evening.'],
      ['c', 'Please fix this, it was his last year in that school.'],
    ]);
    const sympathy = cardTexts(cards, 'apologize');
    expect(sympathy).toMatch(/really hard/);
    expect(sympathy).not.toMatch(/frustrat|trouble|inconvenien|hassle/);
  });

  it('unless the tears were of joy', () => {
    const sympathy = cardTexts(
      cardsAfter(engine, [['c', 'The album is gorgeous and my dad cried when he saw it, BUT you printed the wrong cover photo and I need it fixed before Sunday!!']]),
      'apologize',
    );
    expect(sympathy).not.toMatch(/really hard/);
  });
});

describe('a promised replacement, reworded', () => {
  it('names the replacement instead of an "it" that names nothing', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The new fridge your engineer fitted has stopped cooling after two days.']],
        "You're right, our engineer obviously damaged it during the install. I'll make sure a brand new fridge is delivered to you by Saturday, no questions asked.",
      ) ?? '';
    expect(reframe).toMatch(/get the replacement to you by Saturday/);
    expect(reframe).not.toMatch(/get it to you/);
  });
});

describe('a scare on the road told once everyone is home', () => {
  const chat: Parameters<typeof cardsAfter>[1] = [
    ['c', 'Your garage fitted my tyres on Monday and yesterday a wheel came loose on the motorway. We pulled onto the hard shoulder with the kids in the car.'],
    ['a', "I'm so sorry, that must have been frightening. Is everyone okay?"],
    ['c', "Everyone's fine, the car is on the drive now. If I don't get a proper answer today it's Trading Standards."],
  ];

  it('gets no "stay away from the traffic", and no "trouble"', () => {
    const sympathy = cardTexts(cardsAfter(engine, chat), 'apologize');
    expect(sympathy).not.toMatch(/traffic|stuck out there|trouble|frustrat/);
  });

  it('reads the regulator named as what comes next', () => {
    expect(rulesOfCustomerLine(engine, "If I don't get a proper answer today it's Trading Standards.")).toContain('escalation.regulator');
  });
});

describe('one quitting in capitals', () => {
  it('is not thanked for letting us know', () => {
    const cards = cardsAfter(engine, [
      ['c', 'WHY IS MY ACCOUNT SUSPENDED. I PAID FOR EVERYTHING'],
      ['a', 'The suspension follows a chargeback on a purchase. It is lifted within 48 hours of the dispute being withdrawn.'],
      ['c', '48 HOURS?? the final is tonight. forget it. DELETE MY ACCOUNT. im done'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/thank you for letting us know/i);
  });
});

describe('a draft calling a colleague clueless', () => {
  it('is flagged', () => {
    expect(rulesOfAgentLine(engine, 'The agent you spoke to yesterday obviously had no idea what she was doing.')).toContain('liability-admission.fault');
  });

  it('is reframed keeping what is still needed and that the receipt is fine', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Why is my claim incomplete?? I sent the receipt like I was told!']],
        'We need the discharge summary from the clinic and page 2 of the form signed. The receipt you sent is fine, no need to send it again. The adviser you spoke to on the phone clearly didn’t know what he was talking about.',
      ) ?? '';
    expect(reframe).toMatch(/discharge summary/);
    expect(reframe).toMatch(/receipt you sent is fine/);
    expect(reframe).not.toMatch(/talking about/);
  });

  it('never hands back half of "I need you to calm down"', () => {
    expect(isSendableClause('I need you to')).toBe(false);
    expect(isSendableClause('I need you to calm down')).toBe(false);
    expect(isSendableClause('We need you to sign page 2 of the form.')).toBe(true);
  });
});
