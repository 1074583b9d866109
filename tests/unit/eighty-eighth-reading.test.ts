// What the 88th reading's blind ten (hard chats 1651–1660) found, as kinds, in our own words: a
// reframe that kept "the money will be reversed" without the "if they can't credit your supplier"
// it hung on; a name signed as the ending of the header's ("Emeka" of "Chukwuemeka"); "she died the
// next day" not read as a loss, so a pet's death got "if your pet seems unwell again"; and a
// colleague blamed ("known for rushing checks") and "just ignore the invoice" unflagged.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe', () => {
  it('keeps a consequence with its condition, or neither', () => {
    const reframe = reframeAfter(
      engine,
      'THE MONEY LEFT MY ACCOUNT 2 DAYS AGO AND MY LANDLORD HAS NOTHING!!',
      "I've raised a dispute, reference DS-2210. Other banks usually respond within 48 hours; if they can't credit your landlord, the money will be returned to your account. Honestly, shouting at me won't make it go any faster.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/(?:^|\. )The money will be returned/);
    expect(reframe).toMatch(/if they can't credit your landlord, the money will be returned/);
  });
});

describe('names', () => {
  it('takes a name signed as the ending of the header\'s given name', () => {
    const conversation = engine.startConversation({ id: 'n', customer: { name: 'Chinedu Eze' } });
    conversation.addTurn({ speaker: 'customer', text: 'My transfer has been pending for two days now and the shop will not release the goods until it lands. Please check it today. Nedu' });
    expect(conversation.customerName()).toBe('Nedu');
  });
});

describe('a pet that died', () => {
  it('gets no "if your pet seems unwell again"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My claim was refused. Biscuit had emergency surgery on 3 March for a blockage and she died the next day.'],
      ['a', "I'm so sorry about Biscuit. Let me open the claim."],
      ['c', 'They say it was pre-existing because he vomited once last year and the vet gave him a pill. That is not the same thing at all.'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/seems unwell again/);
  });
});

describe('rules', () => {
  it('flags a colleague blamed by their habits', () => {
    expect(rulesOfAgentLine(engine, "Honestly our fitter is known for rushing jobs, and this isn't the first complaint about him.")).toContain('liability-admission.fault');
  });

  it('flags "just ignore the invoice"', () => {
    expect(rulesOfAgentLine(engine, "I'll sort it, so you can just ignore the invoice and you won't hear anything more about it.")).toContain('overpromise.guarantee');
  });
});
