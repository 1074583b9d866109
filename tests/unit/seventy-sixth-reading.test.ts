// What the seventy-sixth reading's blind ten (hard chats 1491–1500) found, as kinds, in our own
// words: a company in the header ("… SRL") taken for a name, and a warm goodbye with a "don't" in
// it ("if we don't talk before") read as sore; "Let me look into this now" after the agent had
// opened a case; the terms' blanket ("in all cases") and "feel free to read them again" kept in a
// reframe; a lecture on the cause ("this happened because you…") unflagged, and the facts around it
// (money on its way back, a setting's state, "there's no need to…") cut from the reframe; the
// debit stopped at the bank, a consumer association and a disputed amount not read as the threats
// they are.
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfter, play, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();
const last = (lines: Parameters<typeof play>[1], name?: string) => play(engine, lines, name).at(-1)!;

describe('a happy goodbye from a company account', () => {
  it('no apology or remedy, and never the company as a name', () => {
    const cards = last(
      [
        ['c', 'The payroll file was rejected again and 9 people will not get paid!!'],
        ['a', 'I found it: one IBAN had a space in it. I fixed it and resubmitted the file.'],
        ['c', "IT WENT THROUGH!! thank you so much, you saved my week. Have a great weekend and merry christmas if we don't talk before"],
      ],
      'Tipografia Rossi S.R.L.',
    ).suggestions;
    expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/Tipografia|Rossi/);
  });
});

describe('no stock look-into once the agent has acted', () => {
  it('after "I\'ve opened a case with the seller team"', () => {
    const cards = last([
      ['c', 'I paid for a laptop three weeks ago and it never came'],
      ['a', "I've checked the order: the courier has no scan at all. I've opened a case with our seller team, reference 55120."],
      ['c', 'so what now?? that was my whole salary, I need the laptop or the money'],
    ]).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/look into this now/i);
  });
});

describe('reframes of a policy wall and of a lecture', () => {
  it('"non-refundable in all cases" and "feel free to read them again" go', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'the museum closed on the day of my visit, why do i still pay the booking fee?? and dont quote the terms at me']],
      'As set out in our terms (section 4.1), which you accepted, booking fees are non-refundable in all cases. Feel free to read them again if it helps.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/in all cases/);
    expect(reframe).not.toMatch(/read them again/i);
  });

  it('"this happened because you…" is flagged, and the facts around it stay', () => {
    const result = draftAfter(
      engine,
      'Why was I charged twice for the nursery fees this month? That is £410 gone twice.',
      "I've refunded the second £410 today; it will go back to your Mastercard within 3–5 working days. Direct debit is still on for next month, so there's no need to pay by card. This happened because you paid by card while the direct debit was active, which our parent guide says not to do.",
    );
    expect(result.flags.map((f) => f.rule)).toContain('agent-tone.dismissive');
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe).toMatch(/go back to your Mastercard within 3–5 working days/);
    expect(reframe).toMatch(/Direct debit is still on for next month/);
    expect(reframe).toMatch(/no need to pay by card/);
    expect(reframe).not.toMatch(/because you paid/);
  });
});

describe('threats in other words', () => {
  it.each([
    ["If you don't refund me I go to my bank tomorrow to block the SEPA debit.", 'escalation.chargeback'],
    ['Forget it, I am disputing the €89 with Visa tonight.', 'escalation.chargeback'],
    ['Close it today or I write to Altroconsumo with every email.', 'escalation.regulator'],
  ])('"%s" → %s', (text, rule) => {
    expect(last([['c', text]]).flags.map((f) => f.rule)).toContain(rule);
  });
});
