// What the 200th reading's blind twenty (hard chats 3251–3270, graded on 1321839) found, as kinds, in
// our own words: a Norwegian complaints board unread as a regulator; "i dont know if i pay now or
// wait… please, anyone" after a death unread as distress; "you will have the full deposit" read as no
// topic, so the reframe said only "I'll do everything I can to help"; "also in the terms" left pointing
// at nothing; and the one fix the draft offered, at its price, lost.
import { describe, expect, it } from 'vitest';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('hand-offs', () => {
  it('a Nordic complaints board is a regulator threat', () => {
    expect(rulesOfCustomerLine(engine, 'If we miss the connection I am taking it to Transportklagenemnda.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'Then I go to Konsumentverket with all of this.')).toContain('escalation.regulator');
  });
});

describe('grief', () => {
  it('"I don\'t know if I pay now or wait… please, anyone" after a death is distress', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@SkyNile my mother died this morning in Asmara, I need the first flight, the funeral is Friday'],
        ['a', '@abeba We are so sorry for your loss. Our team will review a fare change within 24-48 hours. ^T'],
        ['c', '@SkyNile 24-48 hours. the funeral is friday. i dont know if i pay the new fare now or wait for you. please, anyone'],
      ],
      'Abeba',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
  });
});

describe('drafts', () => {
  it('"you will have the full deposit…" is money back, and its safer wording says so', () => {
    expect(saferWordingFor('I promise you will have the full €900 deposit')).toMatch(/money back/);
  });

  it('"also in the terms" goes once the terms it pointed at went; an offer at its price stays', () => {
    expect(sendablePartOf("If you want the cake sent to the church instead it's a new delivery at $18, and we'd need that paid first.")).toBe(
      "If you want the cake sent to the church instead it's a new delivery at $18, and we'd need that paid first.",
    );
    const reframe = reframeAfter(
      engine,
      'The wreath went to the wrong place and the card message was cut. The service is tomorrow.',
      "The address on the order was the hall, and our drivers go by the address, that's in the terms you agreed to. Card messages over 10 words get cut, also in the terms. We're florists, not mind readers. If you want the wreath taken to the church it's a new delivery at $25.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/also in the terms|mind readers/);
    expect(reframe).toMatch(/new delivery at \$25/);
  });
});
