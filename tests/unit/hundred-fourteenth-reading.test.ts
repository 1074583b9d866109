// What the 114th reading's blind ten (hard chats 1911–1920) found, as kinds, in our own words,
// learned from after it measured the code: "Call me Peggy, everyone does" not taken (the sentence
// opened on a capital); a third sorry right after "this is the second time you say sorry and
// nothing change"; a reframe that lost the name the draft opened on, asked for an exception beside
// the refund it already asked for, and claimed "the costs" of a hotel.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a name asked for at the start of a sentence', () => {
  it('"Call me Bunny, everyone does." is the name used', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello dear, my grandson set up this chat. My flight to Fiji was cancelled and nobody refunds me!'],
        ['c', 'Call me Bunny, everyone does.'],
        ['a', 'Hi Bunny, I am sorry about the flight.'],
        ['c', "I have the paper letter from the airport. Nobody from your company has called me back in two weeks!!"],
      ],
      'Bernadette Walsh',
    );
    const all = cardTexts(cards);
    expect(all).toMatch(/Bunny/);
    expect(all).not.toMatch(/Bernadette/);
  });
});

describe('sorry refused by counting them', () => {
  it('"the second time you say sorry and nothing change" gets no third sorry', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My wedding suit is still not altered and the wedding is on Saturday!!'],
      ['a', "I'm so sorry, Tomasz. I've asked the tailor to prioritise it."],
      ['c', 'The tailor says Monday. Monday is too late.'],
      ['a', 'I can refund the express fee.'],
      ['c', 'I dont want refund of express I want my suit. This is the second time you say sorry and nothing change.'],
      ['typing'],
      ['c', 'I want to speak with the manager of the shop or someone who can decide. NOW please.'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b/i);
  });
});

describe('a reframe', () => {
  it('keeps the name the draft opened on, asks for no exception beside the refund, and names the hotel', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The school trip was cancelled two days before! I already paid 80 OMR for my hotel there. Who pays that now?']],
        "Mr Al-Harthy, the trip was cancelled because our organiser Salim forgot to confirm the bus, so honestly it's his mistake. Don't worry, we'll refund the full 120 OMR and we'll obviously also pay back your hotel and anything else you spent. Terms say deposits are non-refundable but I'll make an exception.",
      ) ?? '';
    expect(reframe).toMatch(/^Mr Al-Harthy, /);
    expect(reframe).not.toMatch(/exception/);
    expect(reframe).toMatch(/hotel costs/);
    expect(reframe).not.toMatch(/mistake|Salim/);
  });
});
