// What the 162nd reading's blind twenty (hard chats 2491–2510, graded on c9179d7 before any of
// this) found, as kinds, in our own words: a restatement of "no X, nothing, …" (a list of what was
// missing); a company's header ("… Woodworks OÜ") taken for a name; feedback for whoever runs the
// website, sent just after thanks, met with "how frustrating"; a reframe of a draft only the model
// doubted that dropped the agent's own remedy. And from the graded showings of earlier readings
// (insulin and other medicine running out, "is everyone all right?" and "how frustrating" graded bad
// or understating): medicine running out gets its own safety wording.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a list of what was missing', () => {
  it('is not said back', () => {
    expect(notRestatableBecause('no voucher, nothing, the driver just drove off')).toBeDefined();
    expect(notRestatableBecause('no one called you back after the engineer left')).toBeUndefined();
  });
});

describe("a company's header", () => {
  it.each([['Saare Ironworks OÜ'], ['UAB Gintaras'], ['Lakeside Metalworks']])('"%s" is no name', (header) => expect(nameFrom(header, 'page')).toBeUndefined());
  it.each([['Sia Kaur', 'Sia'], ['Oyelaran Bello', 'Oyelaran']])('"%s" is still a name', (header, first) => expect(nameFrom(header, 'page')?.first).toBe(first));
});

describe('feedback for whoever runs the website, just after thanks', () => {
  it('is passed on, with no sympathy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The shoes came in a 38 but I ordered a 39, order 4471.'],
      ['a', "Sorry about that! I've sent a 39 today by express, and you can keep the 38 to return whenever suits you."],
      ['c', 'oh great thank you, that was quick'],
      ['c', 'but tell whoever does your website the size guide is wrong, it says 39 fits a 25cm foot and it does not. others will have the same problem'],
    ]);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('a draft only the model doubts', () => {
  it('gets no reframe that drops the remedy it offers', () => {
    const draft = "I checked your order: the paper used for printing doesn't match what you chose, so we will reprint everything free of charge and there is nothing more to pay. You'll get the tracking number here as soon as it ships.";
    const read = draftAfterChat(engine, [['c', 'The prints came out yellow. They are a gift and I do not want to pay twice.']], draft);
    expect(read.flags.map((f) => f.rule)).toContain('agent-tone.risky-wording');
    const reframe = read.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe === undefined || /reprint everything/.test(reframe)).toBe(true);
  });
});

describe('medicine running out', () => {
  it('gets the safety hand-off worded for the medicine, not "is everyone all right?"', () => {
    const cards = cardsAfter(engine, [
      ['c', "My dad's heart tablets were meant to be at the pharmacy on Monday and they still say they have nothing. He has one dose left for tomorrow. What do I do?"],
    ]);
    const escalate = cardTexts(cards, 'escalate');
    expect(escalate).toMatch(/medicine/);
    expect(escalate).not.toMatch(/everyone all right/);
    expect(cardTexts(cards, 'apologize')).toMatch(/medicine is sorted/);
  });

  it('keeps the emergency wording once someone is unwell', () => {
    const cards = cardsAfter(engine, [['c', "She's on her last insulin pen and now she's shaky and confused. The delivery still hasn't come."]]);
    expect(cardTexts(cards, 'apologize')).toMatch(/emergency/);
    expect(cardTexts(cards)).not.toMatch(/medicine is sorted/);
  });
});
