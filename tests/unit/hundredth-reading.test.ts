// What the 100th reading's blind ten (hard chats 1771–1780) and the fourth earlier cut of the
// learning dialogues found, as kinds, in our own words: a sworn promise's second "we'll" kept as
// written; a payout for a door and doctor bills not read as one, a reframe gutted, and a customer
// who was hurt told sorry "for the trouble"; "a friend of mine is a lawyer and says…" and a Nordic
// consumer council not heard as threats; blame put as "if you had…, this would be done" kept; a
// stock offer beside a draft that already says what is needed; sympathy offered again after the
// customer mocked it; "let me look into this" to a customer standing at the box waiting for the
// next step; a reset link for a temporary security lock.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, draftAfterChat, play, reframeAfterChat, rulesOf, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a sworn promise', () => {
  it('holds the next "we\'ll" of the sentence too', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Your van never came to pick up the fridge and I stayed home all day for it.']],
      "I guarantee you'll have the refund on your card tonight and we'll collect the fridge tomorrow morning first thing.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/we'll collect the fridge tomorrow morning first thing/i);
  });
});

describe('someone hurt', () => {
  const CRASH: Parameters<typeof play>[1] = [
    ['c', 'The scooter you serviced lost its brakes on the hill. I went into a parked van and I am bruised all over.'],
    ['c', 'I want to know what your workshop did, in writing.'],
  ];

  it('is told sorry they were hurt, not sorry for the trouble', () => {
    const apology = cardsAfter(engine, CRASH).find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).toMatch(/hurt/);
    expect(apology).not.toMatch(/trouble|inconvenien|frustrat/);
  });

  it('and a reframe that promised to pay for the van door and any doctor bills says what can be done is looked into', () => {
    const result = draftAfterChat(engine, CRASH, "That's clearly our fault, the mechanic skipped a step. We'll pay the 900 euro for the van door and any doctor bills.");
    expect(rulesOf([result])).toContain('liability-admission.compensation');
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).toMatch(/hurt/);
    expect(reframe).toMatch(/what we can do about the medical costs/);
    expect(reframe).not.toMatch(/pay the 900|trouble/);
  });

  it('is someone else in the family: no "sorry you were hurt" to the one writing', () => {
    const apology = cardsAfter(engine, [['c', 'My son broke his arm on your trampoline and nobody from the park even called back!!']]).find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).not.toMatch(/you (?:were|got) hurt/);
  });
});

describe('threats', () => {
  it('"a friend of mine is a lawyer and says" and a Nordic consumer council', () => {
    expect(rulesOfCustomerLine(engine, 'A friend of mine is a lawyer and she recommended your shop to me.')).not.toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'A neighbour of mine is a solicitor and says you are liable for this.')).toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'Answer me today, otherwise I go to Konsumentverket.')).toContain('escalation.regulator');
  });
});

describe('blame as "if you had"', () => {
  it('is flagged and left out of the reframe', () => {
    expect(rulesOfAgentLine(engine, 'If you had submitted the form last week this would be sorted already.')).toContain('agent-tone.dismissive');
    const reframe = reframeAfterChat(
      engine,
      [['c', 'why is my transfer frozen?? i did nothing wrong']],
      'To unfreeze it we need a copy of your ID. Honestly, if you had submitted the ID when the app asked, this would be done already.',
    );
    expect(reframe).toMatch(/copy of your ID/);
    expect(reframe).not.toMatch(/if you had/i);
  });

  it('and no stock offer stands beside a draft that says what is needed', () => {
    const cards = draftAfterChat(
      engine,
      [
        ['c', 'my transfer of 900 EUR is on hold since monday, rent is due'],
        ['a', 'Thanks. I can see it. It is in a routine review for a first large transfer.'],
        ['c', 'what is routine review?? i did nothing wrong. what i have to do'],
      ],
      'To release it we need a copy of the invoice you sent, uploaded under Profile > Documents.',
    ).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/look into this now/);
  });
});

describe('mocked sympathy', () => {
  const MOCKED: Parameters<typeof play>[1] = [
    ['c', 'paid for gas credit an hour ago, no code came, house is freezing'],
    ['a', 'Hello, thanks for contacting Brightgas! Sorry to hear about that 😊'],
    ['c', 'wow, a smiley. that will heat my house'],
  ];

  it('is owned, not repeated', () => {
    expect(cardsAfter(engine, MOCKED).find((c) => c.kind === 'apologize')?.text).toMatch(/saying sorry doesn't fix it/);
  });

  it('nor offered again in the next message of the burst', () => {
    const cards = cardsAfter(engine, [...MOCKED, ['c', 'my baby is in three layers. just send the code.']]);
    expect(cards.filter((c) => c.kind === 'apologize')).toEqual([]);
  });
});

describe('following the agent\'s lead', () => {
  it('a short answer to the agent\'s question gets no stock offer', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My fibre has been down for a month, every single night, and nobody has fixed it.'],
      ['a', 'Sorry about that. Has anything changed at home lately?'],
      ['c', 'No changes in a long time. No new hardware either.'],
      ['a', 'Do you know where the fibre box is? The one with the battery backup.'],
      ['c', "I'm right next to it"],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/look into this now|take this on myself/);
  });
});

describe('a temporary security lock', () => {
  it('gets no password reset link', () => {
    const cards = cardsAfter(engine, [['c', "I'm trying to pay my rent in the app but it keeps saying I'm temporarily locked out, I already phoned to confirm my card"]]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/reset link/);
  });
});
