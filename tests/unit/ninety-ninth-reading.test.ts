// What the 99th reading's blind ten (hard chats 1761–1770) found, as kinds, in our own words: a
// Vietnamese customer's title moved onto her family name; a fault under review read as admitted,
// and a fault known for weeks not read at all; "I understand the frustration" not heard as
// empathy; a reframe keeping the agent's promise to take a colleague to task, a credit turned
// down, and a second claim beside the one the draft opened; a check-back dated before the day the
// agent booked, and a Costa Rican goodbye not heard as one; no card for "is it possible or not,
// just tell me clearly"; "I dont want voucher" not heard as a no; a country's trade inspectorate
// and "I go to lawyer" not heard as threats.
import { describe, expect, it } from 'vitest';
import { titledByFamilyName, type CustomerName } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, play, reframeAfterChat, rulesOf, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a Vietnamese name with a title', () => {
  it('keeps the title before the given name', () => {
    const mai: CustomerName = { full: 'Trần Thị Mai', first: 'Mai', last: 'Trần', source: 'page' };
    expect(titledByFamilyName('Dear Ms Mai, the refund is on its way.', mai)).toBe('Dear Ms Mai, the refund is on its way.');
    const park: CustomerName = { full: 'Park Ji-hoon', first: 'Ji-hoon', last: 'Park', source: 'page' };
    expect(titledByFamilyName('Dear Mr Ji-hoon, the refund is on its way.', park)).toBe('Dear Mr Park, the refund is on its way.');
  });

  it('and a reframe addresses her as the agent does', () => {
    const conversation = engine.startConversation({ id: 'vn', customer: { name: 'Trần Thị Mai' } });
    conversation.addTurn({ speaker: 'customer', text: 'Our shipment has been stuck at the port for eleven days and nobody answers my emails.' });
    const reframe = conversation.previewDraft('Dear Ms Mai, our port agent messed up the paperwork. I am chasing it now.').suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe).toMatch(/^Dear Ms Mai\b/);
  });
});

describe('fault', () => {
  it('under review is not admitted', () => {
    expect(rulesOfAgentLine(engine, "I've asked the depot supervisor to find out whether the labelling mistake was on our side.")).not.toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, 'Honestly the labelling mistake was on our side.')).toContain('liability-admission.fault');
  });

  it('known for weeks is admitted', () => {
    expect(rulesOfAgentLine(engine, 'To be fair the card readers in that branch have been playing up for months.')).toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, 'Your boiler has been playing up for months, so an engineer visit makes sense.')).not.toContain('liability-admission.fault');
  });
});

describe('empathy', () => {
  it('"I understand your frustration" is heard', () => {
    const results = play(engine, [
      ['c', 'THIS IS THE FOURTH TIME I AM WRITING AND NOBODY HAS FIXED MY HEATING!!!'],
      ['a', 'I understand your frustration. I am booking an engineer for you now.'],
    ]);
    expect(rulesOf(results.slice(1))).not.toContain('no-empathy.angry-without-empathy');
  });
});

describe('reframes', () => {
  const FROZEN: Parameters<typeof reframeAfterChat>[1] = [
    ['c', 'My grocery order was left on the doorstep overnight and everything is ruined.'],
    ['a', 'I am sorry to hear that, let me check the delivery.'],
    ['c', 'I want my money back, not a credit. And it must not happen again.'],
  ];

  it('do not keep a promise to take a colleague to task', () => {
    const reframe = reframeAfterChat(engine, FROZEN, "That was our courier's mistake, sorry. I'll personally speak to the courier about it.");
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/speak to the courier/);
  });

  it('nor a credit the customer turned down', () => {
    const reframe = reframeAfterChat(engine, FROZEN, "That was our courier's mistake, sorry. I can give you a 30% credit on your next order.");
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/30% credit/);
  });

  it('put costs on the claim the draft itself opened', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Your car wash scratched my door and nobody there would even look at it.']],
      "I've opened claim #WS-4410 for the door. The rollers in bay 2 have been faulty for weeks, so we'll pay for the repairs.",
    );
    expect(reframe).toMatch(/claim #WS-4410/);
    expect(reframe).not.toMatch(/raise a claim/);
    expect(reframe).not.toMatch(/faulty for weeks/);
  });
});

describe('check-backs', () => {
  it('name no day before the one the agent booked', () => {
    const texts = cardsAfter(
      engine,
      [
        ['c', 'Hi, I paid for 4 swimming lessons in May for my son but the coach cancelled 2 of them'],
        ['a', "Hi Ana, I see Marco cancelled the lessons on the 5th and the 19th. I've refunded those 2 lessons to your card, and Marco offered a makeup lesson on Sunday at 10am if that works."],
        ['c', 'oh that was quick. please call me Ani, everyone does'],
        ['c', 'sunday 10 works perfect, Leo will be happy'],
        ['a', 'Sunday 10am is booked, you will get a confirmation email in a few minutes.'],
        ['c', 'got it already. thank you so much 🙌'],
      ],
      'Ana Ruiz',
    )
      .map((s) => s.text)
      .join(' ');
    expect(texts).toMatch(/Ani/);
    expect(texts).not.toMatch(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/);
  });

  it('give way to a goodbye in Spanish', () => {
    const texts = cardsAfter(engine, [
      ['c', 'The swimming lesson was cancelled twice and I was still charged.'],
      ['a', "I've refunded both lessons, and the coach can do a makeup lesson on Sunday at 10."],
      ['c', 'perfect, thank you! hasta luego'],
    ])
      .map((s) => s.text)
      .join(' ');
    expect(texts).not.toMatch(/check back|follow up/i);
  });
});

describe('a clear answer demanded', () => {
  it('gets a straight answer promised, not silence', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My flight was moved to the next day and I missed a wedding because of it.'],
      ['a', "I'm sorry about that. I can offer you a travel voucher of 100 euros."],
      ['c', 'No. I dont want voucher. I paid a hotel because of you.'],
      ['c', 'I want the ticket and the hotel refunded. Is it possible or not? Tell me clearly.'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).toMatch(/straight answer/);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/come back to you/);
  });

  it('"I dont want voucher" turns the offer down', () => {
    const results = play(engine, [
      ['c', 'My flight was moved to the next day and I missed a wedding because of it.'],
      ['a', "I'm sorry about that. I can offer you a travel voucher of 100 euros."],
      ['c', 'No. I dont want voucher.'],
    ]);
    expect(rulesOf(results)).toContain('no-solution.offer-rejected');
  });
});

describe('threats', () => {
  it('a trade inspectorate is a regulator, and "I go to lawyer" a legal threat', () => {
    expect(rulesOfCustomerLine(engine, 'If nobody comes by Friday I go to the Czech Trade Inspection.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'Fix it this week or I go to lawyer.')).toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'I go to the lawyer on Tuesday anyway for my house sale, can you send the invoice?')).not.toContain('escalation.legal-threat');
  });
});
