// The fiftieth reading (blind drafts 951–970): 11 of 12 reframes were graded bad, nearly all for
// keeping an admission, a certainty or a jab worded in a way no list knew. A reframe now hands back
// only the clauses of the draft that read as sendable whatever their words (sendableClause.ts).
// The drafts below are written for these tests, not taken from the reading.
import { describe, expect, it } from 'vitest';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { reframeDraft } from '../../src/engine/suggestions/reframe';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, draftAfter } from '../helpers/engine';

const engine = bundledEngine();
// Every draft below is read after the same upset customer message.
const draftAfterUpset = (draft: string) => draftAfter(engine, 'This is still not sorted and I am fed up.', draft);
const categoriesOfDraft = (draft: string) => draftAfterUpset(draft).flags.map((f) => f.category);

describe('a reframe keeps only what reads as sendable', () => {
  it.each([
    // An admission in words no list has: the verdict goes, the booking stays.
    ["Our inspector did a hasty job and skipped the loft, my apologies. I've booked a second visit for Monday 2 March at 9am.", /hasty|skipped the loft/i, /I've booked a second visit for Monday 2 March at 9am\./],
    // A jab after the agent's own step.
    ["I've reopened ticket QX-2231, but honestly don't hold your breath.", /hold your breath|honestly/i, /^I've reopened ticket QX-2231\./],
    // Blame on customers in general.
    ['Customers are expected to check the size chart before ordering. I have emailed you a free returns label.', /size chart|expected/i, /I have emailed you a free returns label\./],
    // A guess about a colleague, told as an aside.
    ["Between us, I reckon the night porter pocketed it. I've logged report LP-5520 with the hotel manager.", /reckon|pocketed|between us/i, /I've logged report LP-5520 with the hotel manager\./],
  ])('%s', (draft, removed, kept) => {
    const card = reframeDraft(draft);
    expect(card, draft).toBeDefined();
    expect(card).not.toMatch(removed);
    expect(card).toMatch(kept);
  });

  it('drops a certainty about health that nobody can give, and keeps the instruction', () => {
    const card = reframeDraft("Please stop the drops now. One extra dose won't hurt him and the redness will pass by morning.");
    expect(card).toBe('Please stop the drops now.');
  });

  it('keeps plain facts, next steps, questions and a condition with its step whole', () => {
    for (const sentence of [
      'The replacement kettle left our depot this morning.',
      'Could you send a photo of the serial number?',
      'If the swelling spreads, call the out-of-hours line on 0300 555 0101.',
      'Your membership will end on 31 March.',
      "You'll get a confirmation email with the new dates.",
    ])
      expect(sendablePartOf(sentence), sentence).toBe(sentence);
  });

  it('never keeps a verdict, a guess or a prediction told as a fact', () => {
    for (const clause of ['It was an oversight by the packers', 'this happens a lot with new drivers', 'Engineering will have it done within the hour', "the ban is technically valid twice over", 'he was useless'])
      expect(isSendableClause(clause), clause).toBe(false);
  });
});

describe('grammar a reframe keeps', () => {
  it('reads "Dr. Okafor will call you" as one sentence', () => {
    expect(splitSentences('Thanks. Dr. Okafor will call you at noon.')).toEqual(['Thanks.', 'Dr. Okafor will call you at noon.']);
  });

  it('keeps an amount whole when a refusal is reworded', () => {
    expect(calmerSentence('Payments already taken are non-refundable, including the $18.75 taken on 3/2.')).toMatch(/the \$18\.75 taken on 3\/2, but/);
  });

  it('says what it will try for a promise with only a time, not "get it to you"', () => {
    expect(saferWordingFor('I promise the transfer will be approved by Friday.')).toBe("I'll do everything I can to get this through by Friday, and I'll keep you updated.");
    expect(saferWordingFor("Don't worry, your internet will be back by tomorrow for sure.")).not.toMatch(/get it to you/);
  });

  it('does not hedge the same time twice', () => {
    const card = reframeDraft("The engineer will 100% come tomorrow and I promise your heating will be back by tomorrow for sure. I've added a £20 credit to your account.");
    expect(card).toBeDefined();
    expect(card!.match(/by tomorrow/g)?.length).toBe(1);
    expect(card).toMatch(/I've added a £20 credit to your account\./);
  });
});

describe('drafts that slip in words of no list are flagged and reworded', () => {
  it.each([
    ["Honestly that was our booking system's error, I've moved you to 10:40.", 'liability-admission', /error/i, /I've moved you to 10:40\./],
    ['Between us, the porter probably pocketed it. I have logged report LP-5520 with the manager.', 'liability-admission', /porter|pocketed/i, /I have logged report LP-5520 with the manager\./],
    ["I'll make sure you get the full deposit back, and I've emailed the landlord today.", 'overpromise', /make sure you get/i, /I've emailed the landlord today\./],
    ["The rules are the rules. I've sent you the appeal form by email.", 'agent-tone', /rules are the rules/i, /I've sent you the appeal form by email\./],
    ["I've reopened ticket QX-2231, but don't get your hopes up.", 'agent-tone', /hopes up/i, /^I've reopened ticket QX-2231\.$/],
  ])('%s', (draft, category, removed, kept) => {
    const result = draftAfterUpset(draft);
    expect(result.flags.map((f) => f.category)).toContain(category);
    const card = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(card, draft).toBeDefined();
    expect(card).not.toMatch(removed);
    expect(card).toMatch(kept);
  });

  it('reads an emoji before a capital as the end of a sentence', () => {
    expect(splitSentences('Check the address next time 🙂 Anyway I have refunded the fee.')).toEqual(['Check the address next time 🙂', 'Anyway I have refunded the fee.']);
  });

  it('keeps a title with the name after "Don\'t worry"', () => {
    expect(calmerSentence("Don't worry Mrs Osei, I've rebooked the visit for Monday.")).toBe("Mrs Osei, I've rebooked the visit for Monday.");
  });

  it('drops "not us" pushed onto another party, and shows no card that is only "Anything else?"', () => {
    expect(reframeDraft('The courier packs the boxes, not us. Anything else?')).toBeUndefined();
    expect(reframeDraft('The courier packs the boxes, not us. I have asked them to call you today.')).toBe('I have asked them to call you today.');
  });
});

// What the 51st and 52nd readings (blind drafts 971–990, protocol 991–1000, measured after the
// changes above) found, in drafts written for these tests.
describe('what the 51st and 52nd readings found', () => {
  it.each([
    ["I've turned off the alerts. Way before the 1st, promise. I'll send the new card today.", /^I've turned off the alerts\. I'll send the new card today\.$/],
    ["She'll be right as rain in a couple of days. Please call us if the swelling spreads.", /^Please call us if the swelling spreads\.$/],
    ["Staying was your choice, not ours. You can request the refund form by email.", /^You can request the refund form by email\.$/],
    ['I totally get it, Farid, and to be straight with you: our release broke it.', /^I totally get it, Farid\./],
    ["I've added the refund to your account (one month of the plan, £12.", /^I've added the refund to your account\.$/],
  ])('%s', (draft, expected) => {
    expect(reframeDraft(draft)).toMatch(expected);
  });

  it('keeps "Ref No. 5512" in its sentence, and a step after a lead-in phrase', () => {
    expect(splitSentences("I've logged a complaint (Ref No. 5512) with the depot. Thanks.")).toEqual(["I've logged a complaint (Ref No. 5512) with the depot.", 'Thanks.']);
    for (const sentence of ['As a one-off gesture I already applied a £25 credit to your account.', 'I also switched off roaming on your line.']) expect(sendablePartOf(sentence)).toBe(sentence);
  });

  it('drops "just send us the invoice" after a payout it was the condition of', () => {
    const card = reframeDraft("We'll cover the whole cost of the new flooring, just send us the invoice.");
    expect(card).toMatch(/raise a claim/);
    expect(card).not.toMatch(/invoice/);
  });

  it.each([
    ['Your access will be restored surely within the day.', 'overpromise'],
    ['I assure you the money comes back this week.', 'overpromise'],
    ['Pay the balance by Monday or you will be disconnected.', 'agent-tone'],
    ["Technically we're still inside the 30 days.", 'agent-tone'],
    ['Sorry, we only deal with the seller.', 'agent-tone'],
  ])('flags %s', (draft, category) => {
    expect(categoriesOfDraft(draft)).toContain(category);
  });
});

// After the last readings (53rd and 54th, measured with nothing changed from them), in drafts
// written for these tests; not measured again.
describe('what the 53rd and 54th readings found', () => {
  it.each([
    ['Honestly that should not have happened.', 'liability-admission'],
    ['I think the locum may have given her the wrong vaccine.', 'liability-admission'],
    ['It was a glitch on our side.', 'liability-admission'],
    ['We will refund the full bill.', 'overpromise'],
    ["I'll make sure the deposit is back in your account by Friday.", 'overpromise'],
    ["That's a settings problem on your end.", 'agent-tone'],
    ['Maybe next time check the plan first.', 'agent-tone'],
  ])('flags %s', (draft, category) => {
    expect(categoriesOfDraft(draft)).toContain(category);
  });

  it('drops the word that agreed with the complaint, and a payout\'s "just send me the costs"', () => {
    expect(reframeDraft('Exactly, our installer cracked the basin by mistake. I have booked a plumber for Monday 3 May.')).toMatch(/^I'm sorry for the trouble this has caused\. I have booked a plumber for Monday 3 May\.$|^I have booked a plumber for Monday 3 May\./);
    const card = reframeDraft("It was a glitch on our side and we take full responsibility, just send me the costs. I've restored the March backup.");
    expect(card).not.toMatch(/costs|glitch|responsibility/);
    expect(card).toMatch(/I've restored the March backup\./);
  });

  it("keeps what the agent can offer and the account they'll lock", () => {
    expect(sendablePartOf('What I can offer is the travel pack, 100 minutes for £5.')).toBe('What I can offer is the travel pack, 100 minutes for £5.');
    expect(sendablePartOf("I'll lock the account so nobody can buy anything else.")).toBe("I'll lock the account so nobody can buy anything else.");
  });
});
