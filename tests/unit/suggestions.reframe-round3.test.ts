// Reframes, third round: admissions said in new words, promises of what others do or of minutes,
// a decision or a condition given as a wall, and fragments left where a clause went. Drafts
// written for this file; each card keeps the apology and the agent's own action, reads back
// clean and passes the grammar checks.
import { describe, expect, it } from 'vitest';
import { isOverpromise } from '../../src/engine/suggestions/saferPromise';
import { admitsFault } from '../../src/engine/suggestions/admission';
import type { Flag, TurnResult } from '../../src/engine/types';
import { readBackOf } from '../../scripts/reframeCoverage';
import { bundledEngine } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();
const UPSET = { speaker: 'customer' as const, text: "This is the second time my order has gone wrong and I'm really fed up." };

function draftIn(draft: string): TurnResult {
  const conversation = engine.startConversation({ id: 'reframe-round3' });
  conversation.addTurn(UPSET);
  return conversation.previewDraft(draft);
}

const reframeOf = (result: TurnResult) => result.suggestions.find((s) => s.kind === 'reframe')?.text;
const categories = (result: TurnResult) => new Set(result.flags.map((f) => f.category));

function cleanCard(draft: string, category: Flag['category']): string {
  const result = draftIn(draft);
  expect(categories(result), draft).toContain(category);
  const card = reframeOf(result);
  expect(card, draft).toBeDefined();
  expect(grammarProblems(card!), card).toEqual([]);
  expect(readBackOf(engine, [UPSET], card!), card).toEqual([]);
  return card!;
}

describe('admissions in new words are caught and left out', () => {
  it.each([
    ['Our nightly sync job botched your mailbox and wiped three folders. I have restored them from the backup.', 'I have restored them from the backup.'],
    ["Ugh, this one's on us. I've put the refund through.", "I've put the refund through."],
    ["Sorry, the late delivery is our mess. I've booked a courier for Monday.", "I've booked a courier for Monday."],
    ['We made a right mess of your booking. I have moved you to the 7pm table.', 'I have moved you to the 7pm table.'],
    ['Our billing system screwed up the direct debit. I have cancelled the second payment.', 'I have cancelled the second payment.'],
    ['That was a slip on our part, sorry. I have re-sent the invoice.', 'I have re-sent the invoice.'],
    ['Our latest app upgrade broke your saved cards, and I have logged it with the developers.', 'I have logged it with the developers.'],
  ])('%s', (draft, kept) => {
    const card = cleanCard(draft, 'liability-admission');
    expect(card).toContain(kept);
    expect(card).toMatch(/\bsorry\b/i);
    expect(admitsFault(card)).toBe(false);
    expect(card).not.toMatch(/botched|on us|our mess|mess of|screwed|our part|broke/i);
  });
});

describe('promises of what others do, or of minutes, become what the agent does', () => {
  it.each([
    ["You'll 100% be let in at the door tonight.", /get you in tonight/],
    ['I will personally make sure the refunds team approves it today.', /get this through today/],
    ['Your credit will be in your account within 15 minutes, guaranteed.', /request the refund/],
    ['The line will be back up within 20 minutes.', /get this resolved, and I'll keep you updated/],
    ['Rest assured the courier will collect it on Friday.', /get it collected by Friday/],
  ])('%s', (draft, says) => {
    expect(isOverpromise(draft)).toBe(true);
    const card = cleanCard(draft, 'overpromise');
    expect(card).toMatch(says);
    expect(card).not.toMatch(/100|guarantee|minutes|personally make sure/i);
  });

  it("doesn't take a neutral 'on our end' for an admission", () => {
    expect(admitsFault("I've checked on our end and the parcel is with the courier.")).toBe(false);
  });

  it("keeps the agent's own timed step", () => {
    expect(isOverpromise("I'll ring you back within the hour.")).toBe(false);
    expect(isOverpromise("I'll ask the refunds team to look at it today.")).toBe(false);
  });
});

describe('a decision or a condition given as a wall', () => {
  it.each([
    ["The adjuster's decision stands and we're unable to change it.", "I'm not able to change the adjuster's decision, but"],
    ['Unfortunately we cannot make exceptions to the cancellation window.', "I'm not able to make an exception to the cancellation window, but"],
    ['The outstanding balance must be paid in full before we can reconnect the supply.', 'Once the outstanding balance is paid in full, we can reconnect the supply.'],
  ])('%s', (draft, says) => {
    const card = cleanCard(draft, 'agent-tone');
    expect(card).toContain(says);
    expect(card).not.toMatch(/stands|cannot make exceptions|must be paid/i);
  });
});

describe('no fragment is left where a clause went', () => {
  it('drops an opening citation whole, up to its comma', () => {
    const card = cleanCard('As set out in clause 9.1 of your cover booklet, storm damage to fences is excluded.', 'agent-tone');
    // (The no it leaves is answered since the 197th reading: the acknowledgement before it, the offer after.)
    expect(card).toMatch(/(?:^|\. )Storm damage to fences is excluded\./);
    expect(card).not.toMatch(/booklet|clause|^\w+,|, storm/i);
  });

  it('joins a name left alone to the sentence after it', () => {
    const card = cleanCard("Marek, that one's on us. I've sent a new code to your phone.", 'liability-admission');
    expect(card).not.toMatch(/^Marek\./);
    expect(card).toMatch(/^Marek, /);
    expect(card).toContain("I've sent a new code to your phone.");
  });
});
