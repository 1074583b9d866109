// What the seventeenth reading (hard chats 161–170, written blind) found, as kinds, in our own
// words: a reframe that kept "I've personally made sure of it", called a deposit coming back a
// refund and turned "this will never happen to you again" into "I'll also do my best to help"; a
// threat of violence told with a town in it ("I know where your Leeds depot is") and "ill come down
// and sort it out with someone in person" met with sympathy only; a sympathy card after "have a
// good one!"; a restatement of a side remark joined by a comma.
import { describe, expect, it } from 'vitest';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();

const reframeOf = (draft: string) => reframeAfter(engine, 'The £450 deposit hold from my van hire is still on my card two weeks later. I need that money.', draft);

describe('a promise reframed', () => {
  it('drops the assurance, says money back without calling it a refund, and keeps "never again" as passing it on', () => {
    const card = reframeOf("Tom, I promise the £450 will be back on your card by Monday, I've personally made sure of it. I guarantee this will never happen to you again.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/made sure|refund|guarantee|never happen/i);
    expect(card).toMatch(/get the money back to you as soon as possible/);
    expect(card).toMatch(/keeping it from happening again/);
    expect(grammarProblems(card!)).toEqual([]);
  });

  it.each([
    "I guarantee the card will be unblocked by tonight, I've made sure of it.",
    "I promise the engineer will be there tomorrow, I've personally checked.",
  ])('drops a vouching clause: %s', (draft) => {
    const card = reframeOf(draft);
    expect(card).toBeDefined();
    expect(card).not.toMatch(/made sure|checked/i);
  });

  it('still calls a refund a refund', () => {
    expect(reframeOf('I promise the refund will be in your account by Friday.')).toMatch(/request the refund/);
  });
});

describe('a threat with a place in it', () => {
  it.each([
    'i know where your leeds depot is. keep this up and ill come down and sort it out with one of you in person',
    'I know exactly where your Manchester branch is, just so you know.',
  ])('gets the hand-off: %s', (text) => {
    const [result] = play(engine, [['c', text]], 'Gail Porter');
    expect(result!.flags.map((f) => f.rule)).toContain('escalation.violence');
    expect(result!.suggestions.some((s) => s.kind === 'escalate')).toBe(true);
    expect(result!.suggestions.some((s) => s.kind === 'apologize')).toBe(false);
  });

  it('a solicitor who "will be hearing about this" is a legal threat', () => {
    const [result] = play(engine, [['c', 'My solicitor will be hearing about this, believe me.']], 'Gail Porter');
    expect(result!.flags.map((f) => f.rule)).toContain('escalation.legal-threat');
  });
});

describe('a leave-taking after thanks', () => {
  it('closes: a follow-up, no sympathy', () => {
    const results = play(
      engine,
      [
        ['c', 'My booking shows the wrong month, it should be March not May.'],
        ['a', "I've moved it to March and sent a new confirmation."],
        ['c', "brilliant, that's sorted then, thanks so much!"],
        ['c', 'have a good one!'],
      ],
      'Dana Whitfield',
    );
    const last = results.at(-1)!;
    expect(last.suggestions.some((s) => s.kind === 'follow-up')).toBe(true);
    expect(last.suggestions.some((s) => s.kind === 'apologize' || s.kind === 'solution')).toBe(false);
  });

  it('not a sarcastic one', () => {
    const results = play(
      engine,
      [
        ['c', 'Three weeks and my refund still has not arrived.'],
        ['a', 'Refunds take up to 30 days, there is nothing I can do.'],
        ['c', 'Thanks for nothing. Have a nice day.'],
      ],
      'Dana Whitfield',
    );
    expect(results.at(-1)!.suggestions.some((s) => s.kind === 'follow-up')).toBe(false);
  });
});

describe('a restatement', () => {
  it.each([
    "you don't have even the card for the gym anymore, you live in Spain now",
    'your parcel was returned, you moved house in May',
  ])('refuses a side remark joined by a comma: %s', (problem) => expect(notRestatableBecause(problem)).toBeDefined());
});
