// What the eightieth reading's blind ten (hard chats 1551–1560) found, as kinds, in our own words:
// a group's habits kept in a reframe as the cause ("very common with Pakistani cards"), an "also"
// that adds to nothing said before it, and sympathy to a customer who took the agent's apology
// ("Ok perfect, thanks. Two questions…").
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe', () => {
  it('drops a group\'s habits told as the cause', () => {
    const reframe = reframeAfter(engine, 
      'My payment failed three times and now you charge me a late fee!!',
      "Honestly, declines like this are very common with foreign cards. Don't worry, I guarantee the fee will be removed today.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/common with/);
  });

  it('says "I\'ll" without an "also" that adds to nothing', () => {
    const reframe = reframeAfter(engine, 
      'My payment failed three times and now you charge me a late fee!!',
      "To be honest this one is on your bank, cross-border blocks are very common with foreign cards. Don't worry: I'll personally make sure the $45 is waived, and I guarantee nothing will be reported.",
    );
    expect(reframe ?? '').not.toMatch(/^(?:[^.]*\.\s+)?I'll also\b/);
  });
});

describe('an apology taken', () => {
  it('"Ok perfect, thanks. Two questions…" right after the agent said sorry gets no sympathy card', () => {
    const cards = play(engine, [
      ['c', 'You charged me again after I cancelled in September, this is the second time!!'],
      ['a', "I'm really sorry about this, you shouldn't have been charged. I've asked billing for a full refund."],
      ['c', "Ok perfect, gracias. Two questions: when will I see the money? And will you charge me again in January? Because I don't want to call the bank to block the card, it's my only card."],
    ]).at(-1)!.suggestions;
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
  });
});
