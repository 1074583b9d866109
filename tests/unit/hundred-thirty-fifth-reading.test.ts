// What the 135th reading's blind ten (hard chats 2121–2130) found, as a kind, in our own words,
// learned from after it was graded: a reframe keeping "I'll also get you a free pass for December"
// and "Just send us your payslip" once "we'll cover any pay you lose" was reworded.
import { describe, expect, it } from 'vitest';
import { promisesCompensation, promisesMakeGood, withoutPayoutAgain } from '../../src/engine/suggestions/compensation';
import { bundledEngine, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('pay lost, a payslip and a free thing', () => {
  it('are a payout, its proof and a make-good: none is handed back as promised', () => {
    expect(promisesCompensation("we'll cover any pay you lose for the missed shift")).toBe(true);
    expect(withoutPayoutAgain("just send us your wage slip and we'll pay it back")).toBe('');
    expect(promisesMakeGood("I'll also get you a free ticket for next month")).toBe(true);
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The tram driver refused my valid season ticket and made me get off. I was late for work. Who pays for that?']],
        "Thanks. You're right, the driver was completely out of order. Your ticket is valid so this is 100% our fault, we'll cover any pay you lose for being late, just send us your payslip and we'll reimburse it. I'll also get you a free ticket for next month.",
      ) ?? '';
    expect(reframe).toMatch(/Your ticket is valid/);
    expect(reframe).not.toMatch(/payslip|free ticket|our fault/);
  });
});
