// What the thirtieth and thirty-first readings (hard chats 461–490, written blind) found, as kinds,
// in our own words: the name they go by missed ("…got only an automatic reply. Ken" under
// "Kenji …", "its Chi, only my bank calls me Chidinma", "Please, Alex is fine." under "Ramírez
// Torres, Alejandro", a header in kanji with the Latin name beside it); "I wrote already email to
// the club" read as asked-for-again; "6-8 working days or whatever" and "No thanks to room 512" read
// as wanting nothing and as thanks; reframes keeping "our desk staff missed the scratch", "you won't
// run out", "I'm only customer service", or opening on "What I can do…" before what the agent did.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { customerCuesOf } from '../../src/engine/suggestions';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const last = (lines: ChatLine[], header?: string) => play(engine, lines, header).at(-1)!;

describe('the name they go by', () => {
  it('a short form of the header name alone at the end of a longer message', () => {
    expect(last([['c', 'I have sent the receipts to the claims email twice and only got an automatic reply. Tom']], 'Thomas Becker').customerName).toBe('Tom');
  });

  it('a word alone at the end that is no short form of the header is no name', () => {
    for (const word of ['Brilliant', 'Gotcha', 'Smh']) {
      expect(last([['c', `I have sent the receipts to the claims email twice and only got an automatic reply. ${word}`]], 'Thomas Becker').customerName).toMatch(/^Thomas/);
    }
  });

  it('"its Bex, only my mum calls me Rebecca"', () => {
    expect(last([['c', 'card declined again at the till'], ['c', 'also its Bex, only my mum calls me rebecca']], 'Rebecca Moyo').customerName).toBe('Bex');
  });

  it('"Please, Alex is fine."', () => {
    expect(last([['c', 'I want to complain about my stay.'], ['c', 'Please, Alex is fine.']], 'Ramírez Torres, Alejandro').customerName).toBe('Alex');
  });

  it.each([
    ['Ramírez Torres, Alejandro', 'Alejandro'],
    ['佐藤 花子 (Hanako Sato)', 'Hanako'],
  ])('header "%s" → %s', (header, first) => {
    expect(nameFrom(header, 'transcript')?.first).toBe(first);
  });
});

describe('what the customer said, read right', () => {
  it('"I wrote already email to the club" is no complaint about being asked again', () => {
    const cards = last([
      ['c', 'You took two payments in November, I was not in the gym since October'],
      ['a', 'I am sorry about that. Could you tell me the dates of the two payments?'],
      ['c', 'I wrote already email to the club in Breslauer street but nobody answer me since one week. Please give back the second payment'],
    ]).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/asking again|already given me/);
  });

  it('"…in 6-8 working days or whatever" still wants it done; "whatever." alone wants nothing', () => {
    expect(customerCuesOf(analyzeText('i need the bill fixed before the 28th, not in 6-8 working days or whatever.')).has('wants-nothing')).toBe(false);
    expect(customerCuesOf(analyzeText('fine. whatever.')).has('wants-nothing')).toBe(true);
  });

  it('"No thanks to room 512" thanks no one', () => {
    const cards = last([
      ['c', 'The bar under room 512 played music until 3am and I had an interview at 9.'],
      ['a', 'I am very sorry. I can offer 20% off your next stay.'],
      ['c', 'That is kind, but no thank you.'],
      ['c', '(And yes, I got the job. No thanks to room 512.)'],
    ]).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/You're welcome/);
  });
});

describe('reframes', () => {
  it('"our desk staff clearly missed the scratch" goes, the refund stays', () => {
    expectReframeFixes(
      engine,
      'The scratch was there when I picked the car up, my photos show it.',
      "Ken, you're right. Our desk staff in Faro clearly missed the scratch when they handed the car over. I've asked for the €300.00 to go back on your card.",
      /missed the scratch/i,
      /€300\.00 to go back on your card/,
    );
  });

  it('"you won\'t run out" goes with the guarantee', () => {
    expectReframeFixes(
      engine,
      'My mum only has two tablets left.',
      "I've flagged the order as urgent. I promise it will be with you by 10 am tomorrow, guaranteed, you won't run out.",
      /run out|guarantee|promise/i,
      /flagged the order as urgent/,
    );
  });

  it('"I\'m only customer service" and "nothing I can change from here" go', () => {
    expectReframeFixes(
      engine,
      'I want to dispute the assessor.',
      "There's nothing I can change from here. If you want to dispute it you'll have to contact the claims department yourself, I'm only customer service.",
      /only customer service|nothing I can change|,\./i,
      /you can contact the claims department yourself\./,
    );
  });

  it('no "What I can do…" before a step the agent already took', () => {
    expectReframeFixes(
      engine,
      'My card was blocked in Lisbon.',
      "Honestly you should have set a travel notice in the app before flying. I've now cleared the block on the card ending 4471.",
      /travel notice|what I can do/i,
      /^I've now cleared the block/,
    );
  });
});
