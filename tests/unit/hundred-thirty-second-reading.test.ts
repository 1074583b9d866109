// What the 132nd reading's blind ten (hard chats 2091–2100) found, as kinds, in our own words,
// learned from after it was graded: a reframe keeping "just tell me what it's worth and I'll
// transfer it today" once "we'll pay you the full value of the vase" was not read as a payout, and
// turning "it was definitely Narine who broke it" into a promise; "Please read it before contacting
// us" kept as a step; "I'll take this on myself" to one who had said "Please just cancel it" in the
// message before.
import { describe, expect, it } from 'vitest';
import { promisesCompensation, withoutPayoutAgain } from '../../src/engine/suggestions/compensation';
import { stillPromises } from '../../src/engine/suggestions/residualRisk';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('the full value of a thing, paid out', () => {
  it('is a payout, and what repeats it goes with it', () => {
    expect(promisesCompensation("We'll of course pay you the full value of the lamp")).toBe(true);
    expect(withoutPayoutAgain("just tell me what it's worth and I'll send it over tonight")).toBe('');
    // The amount a claim needs stays.
    expect(withoutPayoutAgain('just let me know what it cost')).toBe('just let me know what it cost');
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your removal men dropped my mirror and said nothing. Is this how you work?']],
        "I've checked and it was definitely Pavel who dropped it, he's new and a bit clumsy. We'll of course pay you the full value of the mirror, just tell me what it's worth and I'll send it over tonight.",
      ) ?? '';
    expect(reframe).not.toMatch(/worth|send it over|tonight|clumsy/);
  });
});

describe('sureness about the past', () => {
  it('is no promise; sureness about what comes still is', () => {
    expect(stillPromises('It was definitely the night shift who sent it.')).toBe(false);
    expect(stillPromises("It'll definitely be there on Monday.")).toBe(true);
  });
});

describe('a lesson put as a step', () => {
  it('"read it before contacting us" is dismissive and never kept', () => {
    expect(rulesOfAgentLine(engine, 'Please check the handbook before contacting us.')).toContain('agent-tone.dismissive');
    expect(isSendableClause('Please read the handbook before contacting us')).toBe(false);
    // A step for the next time it is used stays.
    expect(isSendableClause('You can activate it in the app for next time')).toBe(true);
  });
});

describe('a plain cancel earlier in the burst', () => {
  it('is still what they asked for when the next message asks when and how much', () => {
    const cards = cardsAfter(engine, [
      ['c', "I'd like to cancel my phone line, account 5512093. I'm moving abroad next month."],
      ['a', 'Sorry to hear that! Before I process that, I could offer 3 months at half price if you keep the line for your family?'],
      ['c', "No, there's nobody staying. Please just cancel it."],
      ['c', 'It needs to end on the 31st, and tell me what the last bill will be and where the modem goes back.'],
    ]);
    expect(cardTexts(cards, 'solution')).toMatch(/what you asked for/);
    expect(cardTexts(cards, 'solution')).not.toMatch(/take this on myself/);
  });
});
