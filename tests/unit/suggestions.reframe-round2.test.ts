// Reframes, second round (docs/reframes.md): the kinds of failure a trainer's reading found after
// the first round, each as regressions over drafts written for it and as properties every card
// keeps. 1: hiding behind terms and sending the customer elsewhere; 2: promises to pay for costs
// or damage; 3: a rewording that repeats itself or leans on a sentence it dropped; 4: a line of
// empathy the agent already sent, handed back to them.
import { describe, expect, it } from 'vitest';
import { echoesEmpathy, reframeDraft } from '../../src/engine/suggestions';
import { deflects } from '../../src/engine/suggestions/deflection';
import type { Flag, TurnResult } from '../../src/engine/types';
import { apologyEchoes, readBackOf, reframeOutcomes, tally } from '../../scripts/reframeCoverage';
import {
  COMPENSATION_DRAFTS,
  ECHO_CHATS,
  LATER_DRAFTS,
  POLICY_DRAFTS,
  REFRAME_DRAFTS,
  REPEAT_DRAFTS,
  ROUND_TWO_UNSEEN,
  type RoundTwoDraft,
} from '../fixtures/reframeDrafts';
import { bundledEngine } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();
const UPSET = { speaker: 'customer' as const, text: "This is the second time my order has gone wrong and I'm really fed up." };
const REFRAMED = new Set<Flag['category']>(['agent-tone', 'liability-admission', 'overpromise']);

function draftIn(draft: string, before: { speaker: 'customer' | 'agent'; text: string }[] = [UPSET]): TurnResult {
  const conversation = engine.startConversation({ id: 'reframe-round2' });
  for (const turn of before) conversation.addTurn(turn);
  return conversation.previewDraft(draft);
}

const reframeOf = (result: TurnResult) => result.suggestions.find((s) => s.kind === 'reframe')?.text;
const categoriesOf = (result: TurnResult) => new Set(result.flags.map((f) => f.category).filter((c) => REFRAMED.has(c)));

/** The card for a draft after an upset customer: flagged as the fixture says, sendable, read back clean. */
function sendableCard({ draft, flags, keeps }: RoundTwoDraft): string {
  const result = draftIn(draft);
  expect(categoriesOf(result), 'flagged').toEqual(new Set(flags));
  const card = reframeOf(result);
  expect(card, 'a reframe card').toBeDefined();
  expect(grammarProblems(card!), card).toEqual([]);
  expect(readBackOf(engine, [UPSET], card!), card).toEqual([]);
  for (const words of keeps ?? []) expect(card).toContain(words);
  return card!;
}

describe('1. hiding behind the terms, and sending the customer elsewhere', () => {
  it('answers the trainer\'s example with one plain refusal and what the agent can do', () => {
    const draft = "As stated in our terms (section 4), the fee is non-refundable. You'll need to take it up with your card issuer if you disagree.";
    const result = draftIn(draft);
    expect(result.flags.map((f) => f.rule)).toEqual(expect.arrayContaining(['agent-tone.hiding-behind-policy', 'agent-tone.deflecting']));
    expect(reframeOf(result)).toBe("I know this isn't the answer you were hoping for. I'm not able to refund the fee, but what I can do is look into the other options with you.");
  });

  it.each(POLICY_DRAFTS.map((d) => [d.draft, d] as const))('%s', (_, draft) => {
    const card = sendableCard(draft);
    // No terms quoted at the customer, no "go elsewhere", no "if you disagree".
    expect(card).not.toMatch(/\b(?:terms|t&cs|policy|section|clause|paragraph|agreement)\b|\d+\.\d+/i);
    expect(deflects(card)).toBe(false);
    expect(card).not.toMatch(/\bif you (?:disagree|don't agree|want to take it further)|\b(?:bank|card issuer|credit card company|card provider|paypal|airline|insurer|trading standards|manufacturer)\b/i);
    // What the agent can do is said.
    expect(card).toMatch(/\bwhat I can do\b|\bI can\b/);
  });

  it('never pairs "Let me see what I can do" with a refusal', () => {
    for (const draft of [
      "There's nothing more I can do here, the fee is non-refundable under our terms.",
      "Unfortunately there is nothing we can do about it. Our policy states the voucher can't be exchanged for cash.",
      "There's nothing I can do, our policy says we can't refund opened items.",
    ]) {
      const card = reframeOf(draftIn(draft))!;
      expect(card, draft).not.toMatch(/let me see what I can do/i);
      expect(card, draft).toMatch(/^I know this isn't the answer you were hoping for\. I'm not able to/);
    }
    // Without a refusal, trying is what the agent can do.
    expect(reframeDraft("There's nothing I can do about it.")).toBe('Let me see what I can do.');
  });

  it("keeps the agent's own offer instead of adding a generic one", () => {
    expect(reframeOf(draftIn('Sorry Dana, as per our policy, the deposit is non-refundable. I can send you the receipt though.'))).toBe(
      "Sorry Dana, I'm not able to refund the deposit. I can send you the receipt though.",
    );
  });

  it('drops a citation from the middle of a sentence with its commas', () => {
    expect(reframeDraft("I've checked with the team and, in accordance with our cancellation policy, the fee cannot be waived.")).toBe(
      "I know this isn't the answer you were hoping for. I've checked with the team and I'm not able to waive the fee, but what I can do is look into the other options with you.",
    );
    expect(reframeDraft('Hi Rosa, as stated in our terms, refunds are only issued to the original payment method.')).toBe(
      'Hi Rosa, refunds are only issued to the original payment method.',
    );
  });

  it('leaves a calm mention of a third party or of the terms unflagged', () => {
    for (const draft of ["I've contacted the courier and asked them to redeliver tomorrow.", 'You can read our refund policy here.', 'If you disagree with the charge, let me know and I\'ll look at it again.']) {
      expect(categoriesOf(draftIn(draft)), draft).toEqual(new Set());
    }
  });
});

describe('2. promises to pay for costs or damage', () => {
  it.each(COMPENSATION_DRAFTS.map((d) => [d.draft, d] as const))('%s', (_, draft) => {
    const card = sendableCard(draft);
    // Damage gets a claim; other costs what can be done about them, found out and told back.
    expect(card).toMatch(/I'll (?:raise a claim for the \w+|look into what we can do about the [\w ]+)/);
    expect(card).not.toMatch(/\b(?:cover|pay for|reimburse\w*|compensat\w*|foot the bill|make good)\b/i);
  });

  it('names what the claim is for when the draft does, and keeps the rest of the draft', () => {
    expect(reframeOf(draftIn("Don't worry, we'll pay for the damage to your floor."))).toBe("I'll raise a claim for the damage and keep you updated on the outcome.");
    expect(reframeOf(draftIn("We'll pay for the repairs to your car, just send the receipt."))).toBe(
      "I'll raise a claim for the repairs and keep you updated on the outcome. Just send the receipt.",
    );
  });

  it('promises updates once when the draft also promised something else', () => {
    const card = reframeOf(draftIn("I'm so sorry, we'll pay for any damage caused by the leak and I promise it won't happen again."))!;
    expect(card.match(/keep you updated/g)).toHaveLength(1);
    expect(grammarProblems(card)).toEqual([]);
  });

  it('leaves remedies the agent can offer alone', () => {
    for (const draft of ["We'll cover the cost of the return postage.", "I've refunded the delivery charge to your card.", 'Your insurance may cover the cost of the repair.']) {
      expect(categoriesOf(draftIn(draft)), draft).toEqual(new Set());
    }
  });
});

describe('3. a rewording that repeats itself', () => {
  it.each(REPEAT_DRAFTS.map((d) => [d.draft, d] as const))('%s', (_, draft) => {
    // grammarProblems finds any three words said twice, "And"/"But" leading a sentence, and a contradiction.
    sendableCard(draft);
  });

  it('apologises in other words when the draft already says "the trouble this has caused"', () => {
    expect(reframeOf(draftIn("We messed up the invoice. I've credited your account for the trouble this caused."))).toBe(
      "I'm sorry this happened. I've credited your account for the trouble this caused.",
    );
  });

  it('makes two promises of different things without saying the same words twice', () => {
    expect(reframeOf(draftIn("I promise it'll be fixed today and I promise you'll have the parts by Friday."))).toBe(
      "I'll do everything I can to get this resolved today, and I'll keep you updated. I'll also do my best to get it to you by Friday.",
    );
    // Two promises of one thing: one wording.
    expect(reframeDraft('I guarantee it will arrive tomorrow. I promise it will be delivered tomorrow.')).toBe(
      "I'll do everything I can to get it to you by tomorrow, and I'll keep you updated.",
    );
  });

  it("adds no acknowledgement where the agent's own draft acknowledges", () => {
    expect(reframeDraft('Calm down, I understand this is frustrating, but the courier is on the way.')).toBe('I understand this is frustrating, but the courier is on the way.');
  });
});

describe("4. a line of empathy the agent already sent", () => {
  it.each(ECHO_CHATS.map((c) => [c.draft, c] as const))('%s', (_, { before, draft, said }) => {
    const card = reframeOf(draftIn(draft, before));
    expect(card, 'a reframe card').toBeDefined();
    expect(echoesEmpathy(card!, [said]), card).toBe(false);
    expect(grammarProblems(card!), card).toEqual([]);
    expect(readBackOf(engine, before, card!)).toEqual([]);
  });

  it('uses another acknowledgement, or none when the agent has said them all', () => {
    expect(reframeDraft('Calm down, the parcel is with the courier.', {}, undefined, { saidBefore: ['I understand how frustrating that must be.'] })).toBe(
      "I can see why you're upset. The parcel is with the courier.",
    );
    const saidThemAll = ['I understand how frustrating that must be.', "I can see why you're upset, and I hear you."];
    expect(reframeDraft('Calm down, the parcel is with the courier.', {}, undefined, { saidBefore: saidThemAll })).toBe('The parcel is with the courier.');
    // Nothing said before: the first wording.
    expect(reframeDraft('Calm down, the parcel is with the courier.')).toBe('I understand this is frustrating. The parcel is with the courier.');
  });

  it("drops the agent's own line of empathy said again, and keeps one that carries more", () => {
    const saidBefore = ['I understand how frustrating this is.'];
    expect(reframeDraft('I understand how frustrating this is. We messed up the last update.', {}, undefined, { saidBefore })).toBe(
      "I'm sorry for the trouble this has caused.",
    );
    expect(reframeDraft("Calm down. I understand how frustrating this is, and I've escalated it.", {}, undefined, { saidBefore })).toBe(
      "I understand how frustrating this is, and I've escalated it.",
    );
  });

  it('never shows an apology card that hands back the line the agent just sent', () => {
    const chats = ECHO_CHATS.map(({ before }) => before);
    // Many conversations, so that every variant of the apology card gets its turn.
    const many = Array.from({ length: 12 }, () => chats).flat();
    const cards = apologyEchoes(engine, many);
    expect(cards.cards).toBeGreaterThan(0);
    expect(cards.examples).toEqual([]);
    expect(cards.echoing).toBe(0);
  });
});

describe('every written draft (issue 14 target)', () => {
  const all = [...REFRAME_DRAFTS, ...LATER_DRAFTS, ...POLICY_DRAFTS, ...COMPENSATION_DRAFTS, ...REPEAT_DRAFTS, ...ROUND_TWO_UNSEEN].map(({ draft }) => ({ before: [UPSET], draft }));
  const chats = [...all, ...ECHO_CHATS];

  it('answers at least 90 % of drafts that admit fault or promise with a clean, grammatical card', () => {
    const outcomes = reframeOutcomes(engine, chats);
    const t = tally(outcomes);
    expect(t.admitOrPromise).toBeGreaterThan(80);
    expect(t.admitOrPromiseReframed / t.admitOrPromise).toBeGreaterThanOrEqual(0.9);
    expect(t.grammarClean / t.flagged).toBeGreaterThanOrEqual(0.9);
    expect(t.echoing).toBe(0);
  });
});
