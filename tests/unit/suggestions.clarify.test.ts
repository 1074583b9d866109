import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { clarifyingQuestions, detectProblemType, missingFacts, type ProblemType } from '../../src/engine/suggestions';
import { bundledEngine, play } from '../helpers/engine';

const missing = (type: ProblemType | undefined, ...turns: string[]) => missingFacts(turns.map(analyzeText), type);

describe('missingFacts', () => {
  it('asks for the order number and date of a vague delivery complaint', () => {
    expect(missing('delivery', "My package didn't arrive on time!!!")).toEqual(['order-number', 'date']);
  });

  it.each([
    ['#48213', 'My order #48213 still has not arrived'],
    ['"order 48213"', 'order 48213 never came'],
    ['"order no. AB-48213"', 'It is order no. AB-48213'],
    ['a bare long number', 'It is 4821337 and it never came'],
    ['"tracking number: 1Z999AA1"', 'tracking number: 1Z999AA1 says delivered'],
  ])('does not ask for an order number given as %s', (_, turn) => {
    expect(missing('delivery', turn)).not.toContain('order-number');
  });

  it.each([
    ['I ordered it last Tuesday'],
    ['I placed it on 3 May'],
    ['ordered 3 days ago'],
    ['ordered yesterday'],
    ['on 12/03/2026'],
    ["I've been waiting 3 weeks"],
  ])('does not ask for a date the customer gave: %s', (turn) => {
    expect(missing('delivery', 'My order never came', turn)).not.toContain('date');
  });

  // Read from the words and token types, not wink's entity recognition (dropped for its cost).
  it.each([['we waited 45 mins for it'], ['tracking says delivered on 11/11 at 14:02'], ['it came 10/14'], ['it was meant to come Friday'], ['I ordered it in October']])(
    'reads a date from the words alone: %s',
    (turn) => {
      expect(missing('delivery', 'My order never came', turn)).not.toContain('date');
    },
  );

  it.each([['It was 31.40€.'], ['two charges of $24.99 on my card'], ['the app is on 11.0.3']])('takes no price or version for a date: %s', (turn) => {
    expect(missing('delivery', 'My order never came', turn)).toContain('date');
  });

  it('reads an email address from its token type, and an amount from its figures', () => {
    expect(missing('billing', 'you charged me £12.50 on Monday, account sam.k@example.org')).toEqual([]);
    expect(missing('billing', 'you charged me on Monday, account sam.k@example.org')).toEqual(['amount']);
  });

  it('does not ask what was tried after "I already tried restarting"', () => {
    expect(missing('account-access', "I can't log in", 'I already tried restarting')).toEqual(['account-email']);
    expect(missing('technical', 'The app keeps crashing', 'I reinstalled it twice')).toEqual(['device']);
  });

  it('finds amount, date and email in a billing complaint', () => {
    expect(missing('billing', 'I was double-charged $49.99 yesterday, my email is jo@example.com')).toEqual([]);
    expect(missing('billing', 'I was charged twice for my subscription')).toEqual(['amount', 'date', 'account-email']);
  });

  it('asks for a photo of a damaged item until one is attached', () => {
    expect(missing('defect', 'My package arrived damaged', 'order #48213')).toEqual(['photo', 'date']);
    expect(missing('defect', 'My package arrived damaged yesterday', 'order #48213', "I've attached a photo")).toEqual([]);
  });

  it('asks for no fact when the type is unknown or other: no stock question after a full account', () => {
    expect(missing(undefined, 'I am so done with this company')).toEqual([]);
    expect(missing('other', 'The staff at the gate were so rude to me')).toEqual([]);
    expect(clarifyingQuestions(['date'], undefined, 'Dana')).toEqual(['Just to clarify, Dana, when did this happen?']);
  });

  it('works with the detected type end to end', () => {
    const turns = ['my son can\'t log in to his account'].map(analyzeText);
    expect(missingFacts(turns, detectProblemType(turns))).toEqual(['account-email', 'tried']);
  });
});

describe('clarifyingQuestions', () => {
  it('phrases one question per fact, with the name when known', () => {
    expect(clarifyingQuestions(['order-number', 'date'], 'delivery', 'Dana')).toEqual([
      'Could you share the order number, Dana, so I can look into it?',
      'Just to clarify, Dana, when did you place the order?',
    ]);
  });

  it('drops the name cleanly', () => {
    expect(clarifyingQuestions(['date', 'tried'], 'delivery')).toEqual([
      'Just to clarify, when did you place the order?',
      "So I don't suggest anything twice, what have you tried so far?",
    ]);
  });

  it('asks for the date that matters for the problem', () => {
    expect(clarifyingQuestions(['date'], 'billing')).toEqual(['Just to clarify, when did the charge appear on your statement?']);
    expect(clarifyingQuestions(['date'], 'refund')).toEqual(['Just to clarify, when did you request the refund?']);
    expect(clarifyingQuestions(['date'], 'delivery')).toEqual(['Just to clarify, when did you place the order?']);
  });
});

describe('an order number given bare, as an answer (the demo chat, issue 14)', () => {
  const engine = bundledEngine();
  const chat = (answer: string) =>
    play(
      engine,
      [
        ['c', "Hi, I ordered a birthday present three weeks ago and it still hasn't arrived.", 0],
        ['a', 'Hello! Can I have your order number?', 30],
        ['c', answer, 30],
      ],
      'Jordan Alvarez',
    ).at(-1)!.suggestions.map((s) => s.text);

  it('is not asked for again after "It\'s 58213"', () => {
    expect(chat("It's 58213. This is the THIRD time I'm contacting you about this!!").some((t) => /order number/i.test(t))).toBe(false);
  });

  it('nor asked again after "I don\'t know it": the agent asked already', () => {
    expect(chat("I don't know it. This is the THIRD time I'm contacting you about this!!").some((t) => /order number/i.test(t))).toBe(false);
  });

  it('is asked in the agent\'s first answer, while no number was given', () => {
    const first = play(engine, [['c', "Hi, I ordered a birthday present three weeks ago and it still hasn't arrived.", 0]], 'Jordan Alvarez').at(-1)!.suggestions;
    expect(first.filter((s) => s.kind === 'clarify').map((s) => s.text).join(' ')).toMatch(/order number/i);
  });
});
