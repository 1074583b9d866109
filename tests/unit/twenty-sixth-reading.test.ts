// What the twenty-sixth reading (twenty drafts written blind, hard chats 371–390) found, as kinds,
// in our own words: admissions and promises the flags did not know ("the technician obviously
// damaged it", "must not have tightened the wheel nuts properly", "our surveyor got that wrong",
// "the claim will be approved… the repairs will be covered", "the full ¥12,000 will be back on your
// card by Friday"); jabs kept ("not exactly a surprise", "let me do my job", "I can't guess which",
// "with all due respect", "I just told you where it is"); a brush-off to another department with
// no card; reframes that broke ("Yesterday the meter reading is…", "signed off I'm not able to
// change the deductions and the decision"), lost the facts ("a 12-month minimum term", "$240") or
// the day of a booked slot ("this Thursday").
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfter } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const COMPLAINT = "This is the second time I've had to chase this and I'm fed up.";

describe('flags on drafts the rules did not know', () => {
  it.each([
    ['The engineer obviously damaged it while fitting the new part.', 'liability-admission'],
    ['Our fitter must not have tightened the wheel nuts properly.', 'liability-admission'],
    ['Honestly our surveyor got that wrong.', 'liability-admission'],
    ["Don't worry, the claim will be approved.", 'overpromise'],
    ['And the roof repairs will be covered too.', 'overpromise'],
    ['The full ¥12,000 will be back on your card by Friday.', 'overpromise'],
    ["You typed the code wrong five times, so it's not exactly a surprise.", 'agent-tone'],
    ['Calm down and let me do my job.', 'agent-tone'],
    ["I can't guess which booking you mean without a reference.", 'agent-tone'],
    ['With all due respect, I am reading your messages.', 'agent-tone'],
    ['I am listening, I just told you where it is.', 'agent-tone'],
    ['I only deal with new bookings, refunds are a different department.', 'agent-tone'],
  ])('"%s" → %s', (draft, category) => {
    expect(draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.category)).toContain(category);
  });

  it.each([
    ['The engineer checked it and the fault is in the power supply.'],
    ['Once the claim is approved, the repairs are paid to your builder directly.'],
    ['I only deal with new bookings, so let me bring in a colleague for the refund.'],
  ])('"%s" is fine', (draft) => {
    const categories = draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.category);
    for (const category of ['liability-admission', 'overpromise', 'agent-tone']) expect(categories).not.toContain(category);
  });
});

describe('reframes that keep the facts and drop the flaw', () => {
  it('a promised claim outcome becomes what the agent will check and chase', () => {
    expectReframeFixes(
      engine,
      "I've already paid the roofer R6,200 myself.",
      "The assessor is booked for Tuesday. Don't worry, the claim will be approved and you'll get the full R6,200 back for the roofer, plus the ceiling repairs will be covered.",
      /will be approved|will be covered|you'll get the full/i,
      /assessor is booked for Tuesday/,
    );
  });

  it('"the technician damaged it" goes, the free replacement stays', () => {
    expectReframeFixes(
      engine,
      'The screen was fine before your repair.',
      "Thanks Ravi, I've got the photos on SR-5512. The technician obviously damaged it during the repair, so we'll replace the screen free of charge.",
      /damaged it|obviously/i,
      /replace the screen free of charge/,
    );
  });

  it('"calm down" after "so" becomes an acknowledgement of its own, and "as I said yesterday" goes whole', () => {
    expectReframeFixes(
      engine,
      'The bill is three times what it should be!!',
      "As I already said yesterday, the meter reading is what the bill is based on, so calm down and let me do my job. I've booked a meter test for account 4410-2231.",
      /yesterday|calm down|my job|, so I understand/i,
      /meter reading is what the bill is based on\. I understand this is frustrating\./,
    );
  });

  it('"X and the decision is final" keeps X whole', () => {
    expectReframeFixes(
      engine,
      'The stain was there when I moved in.',
      'But the landlord has signed off the deductions and the decision is final, so there is nothing more I can do.',
      /signed off I'm|final|nothing more/i,
      /the landlord has signed off the deductions/i,
    );
  });

  it("a policy wall keeps the term and the fee, and offers the other options once", () => {
    const card = expectFixed(
      "Your contract is a 12-month minimum term and that's our policy, there's nothing I can do about the early-exit fee of $240. The decision is final.",
      /our policy|nothing I can do|is final/i,
      /Your contract is a 12-month minimum term\. I'm not able to change the early-exit fee of \$240/,
    );
    expect(card.match(/other options/g)).toHaveLength(1);
  });

  it('a booked slot keeps its day', () => {
    expectFixed('It will definitely be delivered this Thursday between 8 and 12, I guarantee it.', /definitely|guarantee/i, /this Thursday between 8 and 12/);
  });

  it('a brush-off to another department keeps the number to call', () => {
    expectFixed(
      "I only deal with policy changes, claims are a different department. You'll have to contact the claims team on 0345 600 1122.",
      /I only deal|different department|you'll have to/i,
      /0345 600 1122/,
    );
  });
});

function expectFixed(draft: string, removed: RegExp, kept: RegExp): string {
  expectReframeFixes(engine, COMPLAINT, draft, removed, kept);
  return draftAfter(engine, COMPLAINT, draft).suggestions.find((s) => s.kind === 'reframe')!.text;
}
