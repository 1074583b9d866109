// What the 155th reading's blind twenty (hard chats 2351–2370: ten Twitter support threads, ten
// live chats) found, as kinds, in our own words, learned from after it was graded: "sorry sorry
// sorry thats all u people know" not read as apologies refused; "nearly had a heart attack lol"
// after good news read as a medical emergency, and "found them all… restored everything" not read
// as solved; a colleague's record ("X has done this before") kept in a reframe, and "make sure he
// is there Thursday at 13:00" reworded as nothing in particular; "I want to speak with somebody who
// can decide" not read as asking for a manager; "tank yu" not read as thanks; "no more offers" two
// turns after the agent took the no, and "just tell me what I need to do" not read as a demand
// for a straight answer.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('apologies mocked by repeating them', () => {
  it('are refused', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'someone took 300 dollars from my account and the branch did nothing'],
        ['a', "We're really sorry for the trouble. Please DM us your account number. -Kim"],
        ['c', 'sorry sorry sorry thats all u people know. i already gave it to the branch twice'],
      ],
      'Tomasz',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/frustrating|so sorry|really sorry/i);
  });
});

describe('a fright said as a figure of speech, after good news', () => {
  it('is no emergency; the news closes the chat', () => {
    const line = 'phew found them all in the bin folder!! restored everything, thank you, you nearly gave me a heart attack lol';
    expect(rulesOfCustomerLine(engine, line)).not.toContain('escalation.safety');
    const cards = cardsAfter(engine, [
      ['c', 'all my wedding videos are gone from the app after the update 😭'],
      ['a', 'So sorry! Deleted files stay in the bin folder for 30 days, you can restore them from there.'],
      ['c', line],
    ]);
    expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
  });
});

describe('a reframe', () => {
  it('drops a colleague\'s record and keeps the day and hour made sure of', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Your plumber never came on Monday and I took the day off for it.']],
      "Honestly, Baldur has done this before and we've had complaints about him. I'll make sure he is there Friday at 9:00 no matter what, guaranteed.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/done this before|complaints/);
    expect(reframe).toMatch(/on Friday at 9:00/);
  });
});

describe('asking for someone who can decide', () => {
  it('gets a manager brought in', () => {
    expect(rulesOfCustomerLine(engine, 'STOP CHECKING. I WANT TO TALK TO SOMEONE WHO CAN DECIDE, NOT A BOT')).toContain('escalation.manager-request');
  });
});

describe('thanks in Jamaican English', () => {
  it('"tenk yu" closes with a goodbye, no sympathy', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'mi order come wid di wrong size shoes'],
        ['a', "So sorry about that! The driver will swap them tomorrow at 10am, no charge."],
        ['c', 'tenk yu Marcia, bless up'],
      ],
      'Yvonne',
    );
    expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
  });
});

describe('a no already taken', () => {
  it('gets no "no more offers" two turns on, and "just tell me what I need to do" a straight answer', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'i want to close my account, moving to another bank'],
        ['a', "Sorry to hear that! Before you go, we can waive your fees for a year if you stay."],
        ['c', 'no thanks, already opened the new one'],
        ['a', 'Understood. Can I have your full name for the account?'],
        ['c', 'Joana Pereira. just tell me what i need to do. close it here or in the branch? and is there a fee'],
      ],
      'Joana Pereira',
    );
    const solution = cardTexts(cards, 'solution');
    expect(solution).not.toMatch(/no more offers/);
    expect(solution).toMatch(/straight answer/);
  });
});
