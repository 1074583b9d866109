// What the forty-second reading (hard chats 751–760) and the forty-third (twenty blind drafts,
// 811–830) found, as kinds, in our own words: admissions worded in a second language or blaming a
// named colleague ("they have damage the line", "our colleague … did not write it", "which was
// frankly botched", "this rider has had complaints before"); promises of money for certain, of a
// refund made sure of personally, of "never to you again", of being "totally fine" after a wrong
// dose; jabs ("worth actually reading the agreement", "which you probably skipped", "raising
// multiple complaints will not speed up", "I wouldn't expect a different outcome", "Perhaps booking
// a flexible rate next time…", "kindly understand"); a clause telling how an admitted slip ended
// ("but it failed") left behind; "As per RBI guidelines" cut to "RBI guidelines"; a thank-you to a
// named colleague read as a complaint.
import { describe, expect, it } from 'vitest';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, play, rulesOfAgentLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();

describe('flags', () => {
  it.each([
    ['liability-admission.fault', 'Is because our team did works in your road and they have damage the cable.'],
    ['liability-admission.fault', 'Our colleague at the airport did not record it on the check-out sheet.'],
    ['liability-admission.fault', 'It was caused by our update last night, which was frankly botched.'],
    ['liability-admission.fault', 'This driver has had complaints before, I think he just kept it.'],
    ['overpromise.guarantee', "You'll definitely get £250 compensation for this."],
    ['overpromise.guarantee', 'I will personally make sure you get the refund by Monday.'],
    ['overpromise.guarantee', 'Rest easy, this will never happen to you again.'],
    ['overpromise.guarantee', "One extra tablet is nothing to worry about, you'll be completely fine."],
    ['agent-tone.dismissive', "It's worth actually reading the contract before you sign."],
    ['agent-tone.dismissive', 'Please note raising several tickets for the same thing will not speed it up.'],
    ['agent-tone.dismissive', 'Maybe choosing the insured option next time would avoid this.'],
    ['agent-tone.dismissive', 'Sir kindly understand, the process takes 48 hours.'],
  ])('%s: "%s"', (rule, draft) => {
    expect(rulesOfAgentLine(engine, draft)).toContain(rule);
  });
});

describe('reframes', () => {
  it('a clause telling how the admitted slip ended goes with it', () => {
    expectReframeFixes(
      engine,
      "I only used maps, how is it $90?",
      "I found it, so data was billed per MB at $1.50, and our system should have sent you an alert when you landed but it failed, that's on us and honestly it's a bug we've had for weeks. I've credited the $90 back.",
      /but it failed|should have sent/,
      /credited the \$90 back/,
    );
  });

  it('"As per" before a named authority stays a citation', () => {
    expect(calmerSentence('As per RBI guidelines the turnaround time is T+1.')).toMatch(/^As per RBI guidelines/);
  });

  it('the jab goes, the sentence it hangs on stays', () => {
    expect(calmerSentence('Like it says in our FAQ, which you probably skipped, App Store purchases are handled by Apple.')).toBe('Like it says in our FAQ, App Store purchases are handled by Apple.');
    expect(calmerSentence("You can appeal within 30 days, but I wouldn't expect a different outcome.")).toBe('You can appeal within 30 days.');
  });
});

describe('praise', () => {
  it('a thank-you for a colleague gets no apology, remedy or restatement', () => {
    const cards = play(engine, [
      ['c', "Hi, this isn't a complaint for once! Sipho at the Sandton branch was so patient with me on a very hard day. I just wanted someone to know."],
    ]).at(-1)!.suggestions;
    expect(cards.filter((s) => ['apologize', 'solution', 'restate'].includes(s.kind))).toEqual([]);
  });
});

describe('restatements (the fifteenth reading, openings 771–790)', () => {
  it.each([
    ['text-speak the company is the subject of', 'youve still taken $40 on 3 Nov and 17 Nov'],
    ['an article missing', 'you cannot pay double amount'],
    ['a tense missing', 'you have sent the photos into the case already 4 days ago and nobody answers'],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });
});
