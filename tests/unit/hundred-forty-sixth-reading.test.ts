// What the 146th reading's blind ten (hard chats 2231–2240) found, as kinds, in our own words,
// learned from after it was graded: a pet's death and the crying it brings ("the picture of happy
// dog… I cannot open my mail without crying") met with "sorry for the trouble"; "we'll pay the full
// 412 EUR" not read as a payout, and "go ahead and book the workshop" reworded as a promise of its
// own; "clients are responsible for ensuring…" and "not something we can accept responsibility for"
// kept by a reframe; "I'm not able to refund the fees and penalties … are the client's
// responsibility" glued into one sentence.
import { describe, expect, it } from 'vitest';
import { promisesCompensation } from '../../src/engine/suggestions/compensation';
import { stillBlames } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a pet that died', () => {
  it('gets condolences, not "sorry for the trouble", and tears beside a happy picture are still tears', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello. I got a third "payment reminder" for invoice PV-1182. My cat Luna died at your clinic on 4 March after the surgery.'],
        ['a', 'Hello, let me look at invoice PV-1182 for you.'],
        ['c', 'Every email has the picture of a happy cat from your template. I cannot open my mail without crying'],
        ['a', 'I can see the reminders. Would you like a payment plan?'],
        ['c', 'No. I said I will pay. I only want the emails to stop. And can I have her collar back?'],
      ],
      'Marija Petrova',
    );
    const apology = cardTexts(cards, 'apologize');
    expect(apology).not.toMatch(/trouble|frustrat/);
    expect(apology).toMatch(/loss/);
  });
});

describe('an amount paid out', () => {
  it('"we\'ll pay the full 412 EUR" is a payout, and "go ahead and book the workshop" goes with it', () => {
    expect(promisesCompensation("don't worry, we'll pay the full 380 EUR and you'll have it by Monday")).toBe(true);
    expect(promisesCompensation("we'll pay the return postage")).toBe(false);
    const result = draftAfterChat(
      engine,
      [
        ['c', 'Your car wash snapped my wing mirror. Photos and the garage quote attached.'],
        ['a', "Thank you, I've received the photos. I've opened damage report CW-5521 and sent it to the site manager."],
        ['c', 'How long does this take? I need the car every day.'],
      ],
      "Hi Jonas, honestly our brushes clearly did this, so don't worry, we'll pay the full 380 EUR and you'll have the money by Monday. Just go ahead and book the garage.",
      'Jonas Berger',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).toMatch(/claim/);
    expect(reframe).not.toMatch(/380 EUR|Monday|do my best|garage/);
  });
});

describe('whose responsibility it was', () => {
  it('is blame a reframe drops, and a second statement does not ride on the refusal', () => {
    expect(stillBlames('customers are responsible for making sure the details are complete')).toBe(true);
    expect(stillBlames('the delay is not something we can accept responsibility for')).toBe(true);
    expect(stillBlames('our team is responsible for the paperwork from here')).toBe(false);
    const result = draftAfterChat(
      engine,
      [
        ['c', 'My tax return is three months late because of your office and now I have a penalty.'],
        ['a', 'I understand. I can confirm your documents arrived on 3 March.'],
        ['c', 'Then why is it late? I want the penalty covered.'],
      ],
      "Hi Sione, as per clause 4 of our engagement letter, clients are responsible for ensuring all information is complete, so the delay is not something we can accept responsibility for. Our fees are non-refundable and penalties are the client's responsibility.",
      'Sione Latu',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toMatch(/responsib/);
    expect(reframe).toMatch(/^Hi Sione, /);
  });
});
