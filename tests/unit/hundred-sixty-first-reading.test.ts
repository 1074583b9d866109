// What the 160th reading's blind twenty (left from the last session) and the 161st's (hard chats
// 2471–2490, graded before any of this) found, as kinds, in our own words: a creature handle
// ("pixel_goblin") taken for a name; a feeling tacked on after a comma restated as the problem;
// "it's in my tweet" / "the photos are right there" / "asking me the same thing again" not read as
// asked again; "I need a date today, not 'checking'" answered with another stall; a stock sorry
// beside the manager they demanded; thanks with feedback for the team and a tag question ("…in
// spanish no?") answered with "let me look into this"; "I'll remove the 4,500 MAD today" kept in a reframe.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a handle made of a creature', () => {
  it.each([['retro_troll'], ['pixel_wizard'], ['sleepy_gremlin']])('"%s" is no name', (header) => expect(nameFrom(header, 'page')).toBeUndefined());
  it.each([['john_smith', 'John'], ['maria_lopez', 'Maria']])('"%s" is still a name', (header, first) => expect(nameFrom(header, 'page')?.first).toBe(first));
});

describe('a feeling tacked on after a comma', () => {
  it('is not said back as the problem', () => {
    expect(notRestatableBecause("you can't find the console anywhere else, really worried you've lost it")).toBeDefined();
    expect(notRestatableBecause("your parcel went to your old address")).toBeUndefined();
  });
});

describe('asked again for what they gave', () => {
  it.each([
    ["the booking number is in my tweet, read it. anyway I DM'd the rest", 'Can you DM us your booking number please?'],
    ['Flat number is in the first line and the photos are right there, three of them.', 'May I have your flat number and some photos?'],
  ])('"%s" gets the sorry for asking again', (customer, agent) => {
    const cards = cardsAfter(engine, [
      ['c', 'Flat 12B, the boiler has been leaking since Sunday, photos attached. Please send someone.'],
      ['a', agent],
      ['c', customer],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/asking again/);
  });

  it('"while you ask me the same thing again" is asked again', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Order 55120, the fridge was delivered with a dented door. Photos are attached.'],
      ['a', 'Sorry about that. Could you send me the order number and photos?'],
      ['c', 'My food is going off while you ask me the same thing again. Send a replacement.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/asking again/);
  });
});

describe('"I need a date today, not \'checking\'"', () => {
  it('gets a firm answer promised, not another "let me check"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My son has had no hearing aid for a week, the clinic cancelled his fitting twice.'],
      ['a', 'I understand. I am checking with the clinic whether there is a slot this week.'],
      ['c', "You've been checking for 20 minutes already. I need a date today, not 'checking'."],
    ]);
    const solution = cardTexts(cards, 'solution');
    expect(solution).toMatch(/not more checking/);
    expect(solution).not.toMatch(/take this on myself|[Ll]et me check/);
  });
});

describe('a manager demanded', () => {
  it('gets the hand-off and no stock sorry beside it', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your movers lost four boxes of my books and broke my table.'],
      ['a', 'I understand. The claim will be processed within 30 days. Is there anything else I can help you with?'],
      ['c', "Get me a manager. Now. Not another form, not 'the process'. Someone who can decide."],
    ]);
    expect(cardTexts(cards, 'escalate')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('thanks with feedback for the team', () => {
  it('closes with feedback passed on, even with a tag question in it', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the show in May was cancelled and I want the refund please, order TK-55102'],
      ['a', 'Hi! I have checked it: your refund was sent today to the card ending 2231. It may take 5 to 10 business days.'],
      ['c', 'thanks, very quick. but honestly for your team: the cancellation email was only in english, my dad did not understand it. it should be in portuguese too, no? anyway obrigado'],
    ]);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
    expect(cardTexts(cards, 'solution')).toBe('');
  });
});

describe('a reframe', () => {
  it('raises a disputed charge for review instead of removing it today', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The invoice has 300 EUR for extra cabling that was never in the quote. I want it removed.']],
      "Honestly this is totally our fault. Don't worry: I'll remove the 300 EUR today.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/remove the 300|our fault/);
    expect(reframe).toMatch(/review/);
  });
});
