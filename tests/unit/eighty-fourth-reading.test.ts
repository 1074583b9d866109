// What the 84th reading's blind ten (hard chats 1591–1600) found, as kinds, in our own words: a
// threat to post the chat on a review site not read as one; a delay laid on the customer in the
// passive ("if the form had been sent straight away…") not flagged; a reframe keeping "we'll refund
// everything" and aiming at the wrong day; a lower-case "this is bilal" under a sister's account
// header; and sympathy plus a remedy for "sorry for being grumpy" after the case was closed.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('rules', () => {
  it('reads a threat to post the chat on a review site', () => {
    expect(rulesOfCustomerLine(engine, "Fine. I'm putting this entire chat on Trustpilot and taking my business elsewhere.")).toContain('escalation.public-shaming');
  });

  it('flags a delay laid on the customer in the passive', () => {
    expect(rulesOfAgentLine(engine, 'To be fair, if the receipts had been uploaded when we asked, this would not have taken a month.')).toContain('agent-tone.dismissive');
  });
});

describe('a reframe of a promise', () => {
  it('drops "we\'ll refund everything" for whatever they buy, and aims at the deadline the draft named', () => {
    const reframe = reframeAfter(
      engine,
      'My suitcase is lost and the conference is on Thursday! Can I buy clothes and get the money back?',
      "It will definitely be on tomorrow's morning flight and at your hotel by Wednesday night, I promise. Buy whatever you need and we'll refund everything.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/refund everything/i);
    expect(reframe).toMatch(/by Wednesday/);
  });
});

describe('names', () => {
  it('takes "this is bilal, im using my sister account" over the sister in the header', () => {
    const conversation = engine.startConversation({ id: 'n', customer: { name: 'Amna Sheikh' } });
    conversation.addTurn({ speaker: 'customer', text: 'salam, this is imran, im using my sister account. my recharge did not arrive' });
    expect(conversation.customerName()).toBe('Imran');
  });
});

describe('"sorry for being grumpy" after the case closed', () => {
  it('gets a warm goodbye, not sympathy or a remedy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Third week without my bike!! This is ridiculous.'],
      ['a', "I'm sorry, Ana. The part came in today: your bike is ready, and we've taken the labour off."],
      ['c', 'Thanks, collected it this morning, runs perfectly.'],
      ['c', 'And sorry for being so snappy last week, it was a long week'],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
    expect(cards.map((c) => c.kind)).not.toContain('solution');
    expect(cards.find((c) => c.kind === 'follow-up')?.text).toMatch(/No worries/);
  });
});
