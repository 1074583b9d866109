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
  ])('passes %j', (text) => {
    expect(grammarProblems(text)).toEqual([]);
  });
});
