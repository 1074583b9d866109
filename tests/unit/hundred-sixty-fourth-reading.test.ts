// What the 164th reading's blind twenty (hard chats 2531–2550, graded on 756acb9 before any of
// this) found, as kinds, in our own words: a stock sorry after "'your patience is appreciated' 😂
// you apologised 4 times"; another sorry to one demanding a manager in few words ("a manager, not
// another voucher", "MANAGER."); a regulator by initials ("reporting you to POTRAZ"); a couple's
// header ("Gareth & Siân Pritchard") read as the first of them; a name put right with a star
// ("Fernanda*"); a happy "screen perfect … 10/10" with a side remark read as a complaint; "can't be
// returned" reworded as "I'm not able to return"; "we will pay for the ceiling …" kept as a payout.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('stock lines quoted back', () => {
  it('"\'your patience is appreciated\' 😂 … you apologised 4 times" gets no stock sorry', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My data bundle was paid at 8am and still nothing.'],
      ['a', 'We sincerely apologise for the delay. Your patience is appreciated.'],
      ['c', '"your patience is appreciated" 😂 you apologised 4 times and fixed nothing. $5 is $5. if the bundle is not there tonight I am reporting you to the regulator and leaving'],
    ]);
    const apology = cardTexts(cards, 'apologize');
    expect(apology).not.toMatch(/sorry|frustrating/i);
    expect(apology).toMatch(/not another apology/);
  });
});

describe('a manager demanded in few words', () => {
  it('"a manager, not another voucher" asks for one, and no stock sorry follows', () => {
    expect(rulesOfCustomerLine(engine, 'I want someone who can fix this. A manager, not another voucher.')).toContain('escalation.manager-request');
    const cards = cardsAfter(engine, [
      ['c', 'You sent peanut butter to a house with a nut allergy. I want a manager, not another voucher.'],
      ['a', 'I completely understand and apologies again. The voucher will show on your account within 24 hours.'],
      ['c', 'are you even reading?? NO VOUCHER. MANAGER.'],
    ]);
    expect(cardTexts(cards, 'escalate')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).not.toMatch(/sorry|frustrating/i);
  });

  it('"reporting you to POTRAZ" is a regulator threat', () => {
    expect(rulesOfCustomerLine(engine, 'if the bundle is not there tonight I am reporting you to POTRAZ')).toContain('escalation.regulator');
  });
});

describe('names', () => {
  it('a couple in the header is neither of them until one says so', () => {
    expect(nameFrom('Kelly & Sam Brennan', 'page')).toBeUndefined();
    expect(nameFrom('Mary Anne Lee', 'page')?.first).toBe('Mary Anne');
  });

  it('"Fernanda*" after "Hola Fernando" puts the name right', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'hola! my laptop screen is cracked, can you fix it today?'],
        ['a', 'Hola Fernando! Yes, come before 13:00.'],
        ['c', 'jaja Fernanda* but ok, going tomorrow'],
        ['c', 'the store says they have no screen now and I already paid the deposit, this is ridiculous'],
      ],
      'Feña 🌵',
    );
    expect(cardTexts(cards)).toMatch(/Fernanda/);
    expect(cardTexts(cards)).not.toMatch(/Feña|Fernando/);
  });
});

describe('a happy "perfect … 10/10" with a side remark', () => {
  it('closes, with no sympathy or remedy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my bike chain snapped, can you fix it today?'],
      ['a', 'Yes, bring it before 3pm and we will have it ready by 6.'],
      ['c', 'picked it up!! bike works like new, thank you. only the shop was freezing lol but 10/10'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'solution')).toBe('');
  });
});

describe('a reframe', () => {
  it('"can\'t be returned" is what the agent can\'t take back', () => {
    const reframe = reframeAfterChat(engine, [['c', 'The cream arrived with the seal broken and I want to send it back.']], 'Opened creams cannot be returned, as stated in our terms. Please read the FAQ.');
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/able to return/);
    expect(reframe).toMatch(/take back/);
  });

  it('"we will pay for the ceiling … whatever it costs" becomes a claim for the damage', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Your roofers left the slope open and rain came through my ceiling. Who is paying for this?']],
      "This is totally our fault. We will pay for the ceiling and the carpet, whatever it costs.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/claim for the damage/);
    expect(reframe).not.toMatch(/whatever it costs|pay for the ceiling/);
  });
});
