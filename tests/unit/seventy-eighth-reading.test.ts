// What the seventy-eighth reading's blind ten (hard chats 1531–1540) found, as kinds, in our own
// words: "not another 'I'm sorry'" not read as sorry refused; "is it possible or not? please answer
// clearly" not read as a demand for an answer; a battery hot enough to mark a child's hand not read
// as a safety scare; a regulator named by its letters, a post "on X" as the second half of a threat
// and "is there anybody who can actually…" missed; a reframe that cut the claim instructions
// ("Please submit both on our compensation form…") and kept a partner "known for rushing".
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();
const last = (lines: Parameters<typeof play>[1]) => play(engine, lines).at(-1)!;

describe('what the customer asked for in so many words', () => {
  it('"I want my deposit back, not another \'sorry\'" gets no stock sorry', () => {
    const apology = last([['c', "You kept my deposit for a room you gave away. I want the 90 euro back, not another 'sorry'."]]).suggestions.find((c) => c.kind === 'apologize');
    expect(apology?.text ?? '').not.toMatch(/^I'm (?:so |really )?sorry/);
  });

  it('"Is it possible or not? Answer clearly." gets no "I\'ll come back to you"', () => {
    const cards = last([
      ['c', 'I cancelled the course in the first week, I want the refund of 12,000 yen.'],
      ['a', 'I understand! Would a free month help instead?'],
      ['c', 'No. Refund only. Is it possible or not? Please answer clearly.'],
    ]).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/come back to you/);
  });
});

describe('a hot battery and a child', () => {
  it('is a safety scare', () => {
    const result = last([['c', 'The battery box of the toy car got very hot and my son has a red mark on his hand now. Is this normal??']]);
    expect(result.flags.map((f) => f.rule)).toContain('escalation.safety');
  });

  it('a phone a bit warm on charge is not', () => {
    expect(last([['c', 'My phone gets a bit warm when it charges, is that normal?']]).flags.map((f) => f.rule)).not.toContain('escalation.safety');
  });
});

describe('threats and asks for authority in other words', () => {
  it('"reporting you to NCC and posting these chats on X", "is there anybody who can actually…"', () => {
    const rules = last([['c', 'If this is not fixed today I am reporting you to NCC and posting every chat on X. Is there anybody there who can actually do something?']]).flags.map((f) => f.rule);
    expect(rules).toContain('escalation.regulator');
    expect(rules).toContain('escalation.public-shaming');
    expect(rules).toContain('escalation.manager-request');
  });
});

describe('reframes', () => {
  it('keep the steps to claim; drop the lecture', () => {
    const reframe = reframeAfter(engine, 
      'The bus broke down and I waited 3 hours with no information!!',
      "I'm sorry there was no information. For a delay over 2 hours you can claim half the fare back. Please submit the claim on our refund form (Help > Refunds in the app) with your ticket number, and it's usually paid within 14 days. Next time maybe check the live board before you travel.",
    );
    expect(reframe).toMatch(/Please submit the claim on our refund form/);
    expect(reframe).not.toMatch(/Next time/);
  });

  it('drop a partner "known for rushing"', () => {
    const reframe = reframeAfter(engine, 
      'The boiler you installed leaks again, third time!!',
      'Honestly the subcontractor should have caught it, their fitters are known for rushing jobs. I promise it will be fixed by Friday.',
    );
    expect(reframe ?? '').not.toMatch(/known for rushing/);
  });
});

describe("the 79th reading's blind ten", () => {
  it('a happy goodbye with a laugh ("…still the best hahaha. ingat!") gets a goodbye, not a dated check-back', () => {
    const cards = last([
      ['c', 'my meal box came with the wrong curry, again 😭'],
      ['a', "So sorry about that, Ana! I've refunded the curry pack to your card just now."],
      ['c', 'wow that was quick!! thank you so much'],
      ['c', 'still the best kitchen in town hahaha. ingat!'],
    ]).suggestions;
    const texts = cards.map((c) => c.text).join(' ');
    expect(texts).not.toMatch(/check back/i);
    expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
  });

  it.each([
    ['Give me a protocol number today or I go to Reclame Aqui and Procon.', 'escalation.regulator'],
    ['Confirm it in writing today or my lawyer sends a letter tomorrow.', 'escalation.legal-threat'],
    ['Sort it today or my lawyer writes to you and I put the whole story on Google reviews.', 'escalation.public-shaming'],
  ])('"%s" → %s', (text, rule) => {
    expect(last([['c', text]]).flags.map((f) => f.rule)).toContain(rule);
  });
});
