// What the 178th reading's blind twenty (hard chats 2811–2830, graded on 1d5e6e6 before any of
// this) found, as kinds, in our own words: sympathy to a cheerful "last q"; "sorry it turned out that
// way" to thanks with a gripe waved off; "how frustrating" to one in a panic; a reframe that kept
// "not whenever it suits you"; no reframe for "a known defect", and one that lost the stock, the
// carrier and the safety standard; no card when credit was laughed off for the money without a sorry
// before it, nor a hand-off for the DGCCRF or a video to go "on here".
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('"last q -" after thanks is one more question taken up, not sympathy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the letter says pay by the 3rd or a late fee applies?? but the app says the 10th, which is it'],
      ['a', 'Hi, the 10th is right for direct debit customers; the letter date is for card payments.'],
      ['c', 'ta. last q - do i need to re-register the debit after moving house or does it carry over? (its Jo btw lol)'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/i);
  });

  it('"just one more thing on the list" is a lament, not one more matter', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my husband died in March and his gym membership is still being taken every month'],
      ['a', "I'm so sorry for your loss. Could you send the membership number so we can look into it?"],
      ['c', "It's 4471-20. Honestly it's just one more thing on the list. Can someone stop the payment before the 1st?"],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/other things|look into that for you now/i);
  });

  it('thanks for the fix with a side gripe waved off closes, with no sorry', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my boarding pass is not showing in the app and I fly tomorrow morning'],
      ['a', "It was attached to your old profile; I've updated it to your account, please reopen the app."],
      ['c', "there it is!! thank you so much 🙏 (the app still asks me to log in every single time but whatever, I've got my pass)"],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/welcome/i);
  });

  it('one in a panic is told why it worries them, never how frustrating', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Quick panic message: my payroll upload says "rejected" and I have no idea why.'],
      ['a', 'Let me take a look now.'],
      ['c', 'Will my staff still get paid on Friday if it is late? Last month the bank charged a fee and nobody explained it.'],
    ]);
    const apology = cardTexts(cards, 'apologize');
    expect(apology).not.toMatch(/frustrat/i);
    expect(apology).toMatch(/worrying/i);
  });

  it('(guard) a polite "I\'m afraid" worries no one', () => {
    const cards = cardsAfter(engine, [['c', "I'm afraid the discount code STILL doesn't work, this is the third time I've tried and it's so annoying"]]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/worrying/i);
  });

  it('credit laughed off for the money is heard though the offer came with no sorry', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the locker never opened and I paid 6 euro for nothing, I want it back'],
      ['a', "Thanks for the locker number. We've added a voucher for two free drop-offs to your account."],
      ['c', 'two free drop-offs. at lockers that dont open 😂 no thanks. I want my 6 euro back on my card'],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/money back, not credit/i);
  });
});

describe('hand-offs', () => {
  it('the DGCCRF, SignalConso, and a video that "goes on here", are threats to hand over', () => {
    expect(rulesOfCustomerLine(engine, 'you have until thursday, then it goes to the DGCCRF')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, "I'm reporting you to SignalConso")).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'pay me back or the video of your van goes on here with your name on it')).toContain('escalation.public-shaming');
    // (guard) prices going up are no one's video.
    expect(rulesOfCustomerLine(engine, 'the price goes up every month')).not.toContain('escalation.public-shaming');
  });
});

describe('reframes', () => {
  it('"not whenever it suits you" goes; the rule stays', () => {
    const reframe = reframeDraft('Refunds are processed on the 1st of each month, not whenever it suits each customer. We never make exceptions, full stop.') ?? '';
    expect(reframe).toMatch(/1st of each month/);
    expect(reframe).not.toMatch(/suits/i);
  });

  it('"a known defect" is an admission, and its reframe keeps the stock, the carrier and the safety standard', () => {
    expect(rulesOfAgentLine(engine, "Honestly it's a known defect with the spring batch.")).toContain('liability-admission.fault');
    const result = draftAfterChat(
      engine,
      [['c', 'The stroller wheel snapped off on the first walk. Is it safe to use? My son is 4 months.']],
      "Good news: a replacement wheel and a new axle pin are in stock at our Leeds depot, and I've ordered them for you free of charge. They go with Evri to your door, normally 3–5 working days. To be honest, it's a known defect from the spring batch. Once the new wheel is on, the stroller meets the EN 1888 safety standard like all our strollers.",
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/known defect|spring batch/i);
    expect(reframe).toMatch(/in stock at our Leeds depot/);
    expect(reframe).toMatch(/with Evri/);
    expect(reframe).toMatch(/EN 1888 safety standard/);
  });
});
