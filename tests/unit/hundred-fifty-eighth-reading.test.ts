// What the 158th reading's blind twenty (hard chats 2411–2430; graded on the final code of the
// session's first plan, then learned from) found, as kinds, in our own words: handles and household
// headers taken for names ("wee_blackbird", "T-Bone 🏉", "Família Puig Casals"); "its Daz mate nobody
// calls me darren" not read as the name put right; a missed lesson "because of fever" read as an
// emergency; a reframe that read "relaxer" as "relax" (and put "I understand this is frustrating"
// inside a sentence), kept a colleague named for what "that is completely our fault" owned, and
// kept "we will refund you 3 times the price" and "the salon will pay all your … bills".
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names that are handles or households', () => {
  it.each([['lil_sparrow'], ['K-Dog 🐶'], ['Familia Ortega Ruiz']])('"%s" is no name', (header) => {
    expect(nameFrom(header, 'page')).toBeUndefined();
  });

  it('a hyphened given name is still one', () => {
    expect(nameFrom('Jean-Luc Martin', 'page')?.first).toBe('Jean-Luc');
  });
});

describe('"its Gaz mate nobody calls me gareth"', () => {
  it('puts the name right', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'booked the sunset cruise, ref SC-2210. nobody turned up at the jetty. waited an hour'],
        ['c', 'its Gaz mate nobody calls me gareth except my nan'],
        ['c', 'can you get me on tomorrows boat or not. yes or no'],
      ],
      'Gareth Price',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/Gaz/);
    expect(texts).not.toMatch(/Gareth/);
  });
});

describe('an illness told as why a lesson was missed', () => {
  it('is no emergency', () => {
    expect(rulesOfCustomerLine(engine, "He also missed last Thursday's lesson because of a fever, I don't want money back for that one.")).not.toContain('escalation.safety');
  });
});

describe('a reframe', () => {
  it('reads "relaxer" as no "relax"', () => {
    expect(calmerSentence('The stylist left the relaxer on for twenty minutes.')).not.toMatch(/frustrating/);
  });

  it('drops the colleague named for what "that is completely our fault" owns, and the payouts', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'My scalp is burnt after your stylist did my colour. I have been to the clinic twice.']],
      "Ngozi, I am so sorry, Efua clearly left the bleach on too long, that is completely our fault. The salon will pay all your clinic bills and we will refund you 3 times the price.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/Efua|3 times|salon will pay/);
  });
});
