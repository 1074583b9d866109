// What the 115th reading's blind ten (hard chats 1921–1930) found, as kinds, in our own words,
// learned from after it measured the code: a pet's death told as "she was not alive" not read as
// one; "how frustrating" and "the trouble" to one who called it "a safety issue, not an
// inconvenience"; "Let me look into this" after the agent had found the cause ("the system
// substituted…"); a check-back day to one who asked for someone out "this week"; a family-first
// Taiwanese header ("Chen Yu-ting") called by the family name; no escalation for "or i post the
// screenshot everywhere", "somebody who can decide", "writing to my councillor and the local paper".
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a pet that died in transit', () => {
  it('"when I collected him he was not alive" is a bereavement', () => {
    const cards = cardsAfter(engine, [['c', 'My cat Pepe flew in your cargo hold from Lima today. When I collected him at the terminal he was not alive. Nobody can tell me anything.']]);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
    expect(cardTexts(cards)).not.toMatch(/trouble|frustrat/);
  });
});

describe('"a safety issue, not an inconvenience"', () => {
  it('is not answered with "frustrating" or "the trouble", in the apology or a reframe', () => {
    const chat: Parameters<typeof cardsAfter>[1] = [
      ['c', 'Hello. For the second week our order for the nursing home came with the wrong thickened drinks, level 1 instead of level 3 for 7 residents. This is a safety issue, not an inconvenience.'],
      ['a', 'Dear Marit, thank you for writing. I am very sorry. Could you confirm the order reference?'],
      ['c', 'Order NH-2210, delivered Monday. Last week it was NH-2177, same thing, and I was told it was noted.'],
    ];
    expect(cardTexts(cardsAfter(engine, chat), 'apologize')).not.toMatch(/frustrat|trouble|inconvenien|hassle/);
    const reframe = reframeAfterChat(engine, chat, "You're completely right, this is our fault, the dispensing team messed up. I guarantee it will never happen again.") ?? '';
    expect(reframe).not.toMatch(/trouble|inconvenien/);
  });
});

describe('the agent already found the cause', () => {
  it('"the system substituted …" means no "Let me look into this now"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Hello. For the second week our order for the nursing home came with the wrong thickened drinks, level 1 instead of level 3.'],
      ['a', 'Thank you. Could you confirm the order reference?'],
      ['c', 'Order NH-2210, delivered Monday. Last week it was NH-2177, same problem, and I was told it was noted.'],
      ['a', 'Thank you. I can see both orders. On NH-2210 the level 3 drink was out of stock at the Leeds depot and the system substituted level 1 automatically.'],
      ['c', 'A system that substitutes thickened drinks for a nursing home should not exist. I need level 3 before the weekend and substitutions switched off on our account, or I report this to the council.'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/look into this/);
  });
});

describe('asked for someone out this week', () => {
  it('names no later day to wait for the answer', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The worktop you fitted has a crack right across it and the fitter just left.'],
      ['a', "I'm sorry. I've flagged it to the fitting team lead."],
      ['c', 'I want someone out here this week to look at it, not a flag. When is that happening?'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
  });
});

describe('names', () => {
  it('"Lin Hsiao-wen" is called Hsiao-wen', () => {
    const cards = cardsAfter(engine, [['c', 'The app says my father’s heater belongs to another account and it is stuck on 30 degrees!!']], 'Lin Hsiao-wen');
    const named = cardTexts(cards);
    expect(named).toMatch(/Hsiao-wen/);
    expect(named).not.toMatch(/\bLin\b/);
  });
});

describe('escalation', () => {
  it.each([
    ['i want a refund to my card, or i post the screenshot everywhere', 'escalation.public-shaming'],
    ["I'm writing to my councillor and the local paper, I'm done with this chat.", 'escalation.public-shaming'],
    ['i want somebody who can decide, not a copy paste', 'escalation.manager-request'],
  ])('%s', (line, rule) => {
    expect(rulesOfCustomerLine(engine, line)).toContain(rule);
  });
});
