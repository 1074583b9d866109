// What the 148th reading's blind ten (hard chats 2251–2260) found, as kinds, in our own words,
// learned from after it was graded: "I will cancel it and refund you the 480 € today" kept whole
// once the admission before it went (a dangling "it", and money on a clock); "US$150" lowered as if
// shouted; "…not grounds for a refund, full stop" kept.
import { describe, expect, it } from 'vitest';
import { refundsOnAClock } from '../../src/engine/suggestions/residualRisk';
import { unshout } from '../../src/engine/suggestions/textCase';
import { bundledEngine, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a refund today after another step', () => {
  it('is money on a clock, and the reframe keeps no "it" that names nothing', () => {
    expect(refundsOnAClock('I will void it and refund you the 95 EUR today')).toBe(true);
    expect(refundsOnAClock("I've voided it, and the refund is requested")).toBe(false);
    const result = draftAfterChat(
      engine,
      [
        ['c', 'You billed me for a retainer check that was included in my contract.'],
        ['a', "I'm checking the date your treatment started."],
        ['c', 'The start date in your system is wrong, I have the SMS from you.'],
      ],
      "You're completely right, the clinic clearly entered the wrong date, that's our mistake. So the bill is wrong and I will void it and refund you the 95 EUR today.",
      'Aino Virtanen',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toMatch(/today|void it/);
  });
});

describe('a currency written before its amount', () => {
  it('stays in capitals unless the whole message shouts', () => {
    expect(unshout('The full US$150 deposit is back on your card, WE CHECKED')).toMatch(/US\$150/);
  });
});

describe('a door slammed after the rule', () => {
  it('"full stop" goes from the reframe', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'The projector failed for half our conference. I want a refund of the hall fee.'],
        ['a', 'I have passed your request to the director.'],
        ['c', 'And? I am waiting.'],
      ],
      "Dana, the director's position is that under clause 6 technical issues are not grounds for a refund of the hall fee, full stop.",
      'Dana Omarova',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/full stop/i);
  });
});
