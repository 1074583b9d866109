// Cards an agent can send as is (issue 14): a remedy or a clarifying question for a problem the
// customer does not have reads as if nobody read their message. Below a confident problem type
// the engine offers only what fits any problem. (The 2-step code chats are data:
// tests/scenarios/remedy-fit.json.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRemedyCatalogue } from '../../src/engine/suggestions';
import type { Suggestion } from '../../src/engine/types';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();
const catalogue = parseRemedyCatalogue(readFileSync('rules/remedies.yaml', 'utf8'), 'rules/remedies.yaml');

/** The cards shown right after the last turn. */
const cardsAfter = (...lines: ChatLine[]): Suggestion[] => play(engine, lines).at(-1)!.suggestions;
const texts = (cards: Suggestion[], kind: Suggestion['kind']) => cards.filter((c) => c.kind === kind).map((c) => c.text);
const remediesOf = (type: keyof typeof catalogue) => catalogue[type]!.remedies;

describe('a TV channel that showed the wrong game', () => {
  const cards = cardsAfter(['c', 'Channel 4 showed the wrong game tonight!! I pay for the sports package and got a replay instead of the live match.']);

  it('gets no request for a photo of the item, nor wrong-item remedies', () => {
    expect(texts(cards, 'clarify').join(' ')).not.toMatch(/photo|picture/i);
    for (const remedy of remediesOf('wrong-item')) expect(texts(cards, 'solution')).not.toContain(remedy);
  });

  it('still gets a remedy that fits any problem', () => {
    expect(texts(cards, 'solution').some((t) => remediesOf('other').includes(t))).toBe(true);
  });
});

describe('an airline delay', () => {
  it.each([
    ['My flight has been delayed for 5 hours and nobody at the gate is telling us anything!!'],
    ['Flight cancelled, missed my connection and no rebooking. Unbelievable.'],
  ])('gets no order-number request, nor delivery or cancellation remedies: %s', (complaint) => {
    const cards = cardsAfter(['c', complaint]);
    expect(texts(cards, 'clarify').join(' ')).not.toMatch(/order/i);
    for (const remedy of [...remediesOf('delivery'), ...remediesOf('cancellation')]) expect(texts(cards, 'solution')).not.toContain(remedy);
  });
});

describe('a confident delivery problem', () => {
  it('still gets the delivery remedies and the order-number question', () => {
    const cards = cardsAfter(['c', "My parcel still hasn't arrived and the tracking hasn't moved in a week!!"]);
    expect(texts(cards, 'solution')).toEqual(remediesOf('delivery').slice(0, 2));
    expect(texts(cards, 'clarify').join(' ')).toMatch(/order number/i);
  });

  it('is not asked for the order number it already gave', () => {
    const cards = cardsAfter(['c', "Order #48213 still hasn't arrived and the tracking hasn't moved in a week!!"]);
    expect(texts(cards, 'solution')).toEqual(remediesOf('delivery').slice(0, 2));
    expect(texts(cards, 'clarify').join(' ')).not.toMatch(/order number/i);
  });

  it('keeps its type through a turn that names nothing', () => {
    const cards = cardsAfter(['c', "My parcel still hasn't arrived and the tracking hasn't moved in a week!!"], ['c', 'Hello??? Anyone there?!']);
    expect(texts(cards, 'solution')).toEqual(remediesOf('delivery').slice(0, 2));
  });
});
