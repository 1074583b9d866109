// The `expect` annotations of a transcript: checked at the edge (a typo fails naming the field),
// and judged against what the engine did with a reason a reader can act on.
import { describe, expect, it } from 'vitest';
import { describeUnmet, unmetExpectations } from '../../src/cli/report/expectationCheck';
import { checkExpectations, flagExpectations, scoresFlags } from '../../src/cli/report/expectations';
import type { Expectation, Transcript } from '../../src/engine/types';
import { bundledEngine } from '../helpers/engine';

const chat = (expect: unknown[]): Transcript => ({
  id: 'chat',
  turns: [
    { speaker: 'customer', text: "This is the THIRD time I'm contacting you and nobody has done anything!!!" },
    { speaker: 'agent', text: 'What is your order number?' },
  ],
  expect: expect as Expectation[],
});
const problemWith = (...entries: unknown[]) => {
  try {
    checkExpectations(chat(entries), 'qa.jsonl', 4, undefined);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('checking expectations at the edge', () => {
  it('takes the old flag entries and each new kind of entry', () => {
    expect(
      problemWith(
        { turn: 0, category: 'anger', rule: 'anger.repeat-contact' },
        { turn: 1, category: 'no-empathy', absent: false, note: 'a reviewer may leave a note' },
        { turn: 1, flags: ['no-empathy'] },
        { turn: 0, card: 'apologize', text: "sorry|frustrat", count: 1 },
        { turn: 0, card: ['restate', 'solution'] },
        { turn: 0, card: 'any', text: 'refund', absent: true },
        { turn: 1, cards: [] },
        { turn: 0, customerName: 'Dana' },
        { turn: 0, angry: true },
        { turn: 0, anger: { min: 0.5 } },
      ),
    ).toBeUndefined();
  });

  it.each([
    [{ turn: 0 }, 'qa.jsonl:4: expect[0]: says nothing to expect: give one of category, flags, card, cards, customerName, angry, anger'],
    [{ turn: 0, category: 'anger', card: 'restate' }, 'expect[0]: names category and card: one thing per entry'],
    [{ turn: 0, card: 'sympathy' }, 'expect[0].card: must be one of restate, clarify, '],
    [{ turn: 0, cards: ['restate', 'hug'] }, 'expect[0].cards[1]: must be one of restate, '],
    [{ turn: 0, card: 'restate', text: '(unclosed' }, 'expect[0].text: is not a regular expression'],
    [{ turn: 0, card: 'restate', text: '(?=lookahead)' }, 'expect[0].text: is not a regular expression'],
    [{ turn: 0, rule: 'anger.repeat-contact', angry: true }, 'expect[0].rule: only goes with "category"'],
    [{ turn: 0, card: 'restate', count: -1 }, 'expect[0].count: must be a whole number'],
    [{ turn: 0, anger: { above: 0.7 } }, 'expect[0].anger: must be {"min": 0.7} and/or {"max": 0.2}'],
    [{ turn: 0, category: 'anger', absent: 'yes' }, 'expect[0].absent: must be true or false'],
    [{ turn: 2, angry: true }, 'expect[0].turn: is 2, but the transcript has 2 turns'],
  ])('refuses %j', (entry, message) => {
    expect(problemWith(entry)).toContain(message);
  });
});

describe('judging expectations', () => {
  const engine = bundledEngine();

  it('says which turn, what was expected and what came', () => {
    const transcript = chat([
      { turn: 0, category: 'anger', rule: 'anger.repeat-contact' },
      { turn: 0, category: 'escalation' },
      { turn: 1, category: 'no-empathy', absent: true },
      { turn: 0, card: 'apologize', count: 0 },
      { turn: 0, customerName: 'Dana' },
      { turn: 0, anger: { max: 0.2 } },
    ]);
    const unmet = unmetExpectations(transcript, engine.analyzeTranscript(transcript)).map(describeUnmet);
    expect(unmet).toHaveLength(5);
    expect(unmet[0]).toMatch(/^turn 0 \(customer: "This is the THIRD time I'm contacting you and nobody has do…"\): expected an escalation flag; got anger \(anger\.repeat-contact\)/);
    expect(unmet[1]).toMatch(/^turn 1 \(agent: "What is your order number\?"\): expected no no-empathy flag; got .*no-empathy \(no-empathy\./);
    expect(unmet[2]).toMatch(/expected exactly 0 apologize cards; got .*apologize "/);
    expect(unmet[3]).toMatch(/expected the customer named "Dana"; got no name$/);
    expect(unmet[4]).toMatch(/expected anger in \[0, 0\.2\]; got angry true, anger 0\.\d{3}$/);
  });
});

describe('what `composure report` scores', () => {
  it('scores flag entries expected present, and only lists that speak of flags (or are empty)', () => {
    const entries: Expectation[] = [
      { turn: 0, category: 'anger' },
      { turn: 1, category: 'no-empathy', absent: true },
      { turn: 0, card: 'apologize' },
    ];
    expect(flagExpectations(entries)).toEqual([{ turn: 0, category: 'anger' }]);
    expect(scoresFlags(entries)).toBe(true);
    expect(scoresFlags([])).toBe(true);
    expect(scoresFlags([{ turn: 0, card: 'apologize' }])).toBe(false);
    expect(scoresFlags([{ turn: 0, flags: [] }])).toBe(true);
    expect(scoresFlags(undefined)).toBe(false);
  });
});
