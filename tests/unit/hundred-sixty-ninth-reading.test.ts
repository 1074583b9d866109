// What the 169th reading's blind twenty (hard chats 2631–2650, graded on f2763c6 before any of
// this) found, as kinds, in our own words: "switch it off at the wall and unplug it" to someone
// whose mother's oxygen concentrator is on its last battery; the owner asked for by name, and a
// lawyer who "gets the contract tomorrow", with no hand-off; "you 'completely understand'" thrown
// back; a reframe that kept "is a bank matter" and "Sorry again" for one tired of hearing sorry.
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a machine someone depends on, losing power', () => {
  it('gets no advice to unplug it', () => {
    const cards = cardsAfter(engine, [
      ['c', '@CityPower paid for electricity units 2 hours ago, no token came. we have no power'],
      ['c', '@CityPower please hurry, my father is on an oxygen concentrator at home and the backup battery will not last till morning'],
    ]);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
    expect(cardTexts(cards)).not.toMatch(/unplug|switch it off/);
  });
});

describe('hand-offs', () => {
  it('the owner asked for by name', () => {
    expect(rulesOfCustomerLine(engine, 'I want to talk to Mr Okoye, the owner, who signed our lease. Not you.')).toContain('escalation.manager-request');
  });

  it('a lawyer who "gets the contract tomorrow"', () => {
    expect(rulesOfCustomerLine(engine, 'If nobody calls me today, my lawyer gets the contract first thing tomorrow.')).toContain('escalation.legal-threat');
  });
});

describe('"you \'completely understand\'" thrown back', () => {
  it('(guard) is not answered with "I understand how frustrating"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You moved our wedding from the garden to a tent without asking us. We paid in full in January.'],
        ['a', 'I completely understand. Let me check with my colleagues what else is possible.'],
        ['c', 'You "completely understand". Then find me a garden for the 14th, that is what we paid for.'],
      ],
      'Ada Weiss',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/I understand how frustrating/);
  });
});

describe('a reframe for one tired of hearing sorry', () => {
  it('drops "is a bank matter" and the sorry with no step in it', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'you took my R650 instalment twice this month and the table came scratched'],
        ['a', "I'm really sorry about this, let me look into both."],
        ['c', 'sorry sorry sorry. every time i phone it is sorry. sorry doesnt put my money back'],
      ],
      'The double debit is a bank matter, please take it up with your bank. Sorry again, I know it is not what you want to hear.',
      'Zanele Dube',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/bank matter|Sorry again/);
  });

  it('(guard) keeps a sorry that comes with a step', () => {
    const reframe = reframeDraft("As per our policy we can't refund it. Sorry, I'll ask my manager about the scratch today.", {}, undefined, { refusedSorry: true });
    expect(reframe).toMatch(/I'll ask my manager/);
  });
});
