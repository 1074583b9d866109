// The grammar sanity checks the reframe tests rely on must catch what a support trainer caught.
import { describe, expect, it } from 'vitest';
import { grammarProblems } from '../helpers/grammarChecks';

describe('grammarProblems', () => {
  it.each([
    ["I'm not able to refunds take 5-7 working days, but what I can do is look into the other options with you.", 'able to refunds'],
    ["I'm sorry for the trouble this has caused. Honestly our warehouse was negligent.", 'starts dangling'],
    ["I'll keep you updated and.", 'ends dangling'],
    ['But.', 'starts dangling'],
    ['your parcel is on its way.', 'lower case'],
    ['Your parcel is on its way', 'no end punctuation'],
    ['Your parcel is is on its way.', 'doubled word'],
    ["I'm sorry, .", 'stray punctuation'],
    ["I'm not able to refunded it.", 'able to refunded'],
    // Second round: what a trainer found in rewordings that passed the checks above.
    ["I'm sorry for the trouble this has caused. We'll refund the fee this has caused you.", 'phrase "this has caused" repeated'],
    ["I'll do everything I can to fix it, and I'll keep you updated. I'll do everything I can to send it today.", 'phrase "do everything i" repeated'],
    ["Let me see what I can do. The fee is non-refundable.", 'contradicts the refusal'],
    ["I'm not able to refund the fee, but let me see what I can do.", 'contradicts the refusal'],
    ['And the replacement left today.', 'starts dangling'],
    ['But, the replacement left today.', 'starts dangling'],
  ])('catches %j', (text, problem) => {
    expect(grammarProblems(text).join(' | ')).toContain(problem);
  });

  it.each([
    ["I'm not able to refund opened items, but what I can do is look into the other options with you."],
    ["I'm so sorry for the trouble this has caused."],
    ["Thanks for waiting, Tom. I'll do everything I can to get it to you by Friday, and I'll keep you updated."],
    ['Your refund of $49.99 was issued on 3.5.2026. Can I help with anything else?'],
    ["Oh no! We'd like to help, Kelly. Thanks. ^AJ"],
    ["I'm not able to share that."],
    ["I'm not able to refund the fee, but what I can do is look into the other options with you. I'll keep you updated."],
    ["Let me see what I can do. I'll check with the courier and keep you updated."],
    ['So, the replacement left today.'],
  ])('passes %j', (text) => {
    expect(grammarProblems(text)).toEqual([]);
  });
});
