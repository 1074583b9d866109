// Issue 14: reframe cards an agent can send as is. What a support trainer found, as regressions,
// and the properties every reframe keeps: it fixes the flagged draft (never hands back the
// admission, the promise or the heat), keeps the rest, reads as English, and the engine reads it
// back as the agent's next message without raising the flag it was made to fix.
import { withDraftSignOff } from '../../src/content/composerInsert';
import { describe, expect, it } from 'vitest';
import { reframeDraft, type ReadBack } from '../../src/engine/suggestions';
import { loadRulePackValue } from '../../src/engine/rules/loadRulePack';
import type { Flag, TurnResult } from '../../src/engine/types';
import { readBackOf, reframeOutcomes, tally, twcsAgentDrafts, twcsAvailable } from '../../scripts/reframeCoverage';
import { LATER_DRAFTS, REFRAME_DRAFTS } from '../fixtures/reframeDrafts';
import { bundledEngine, play } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();
const UPSET = "This is the second time my order has gone wrong and I'm really fed up.";
const REFRAMED = new Set<Flag['category']>(['agent-tone', 'liability-admission', 'overpromise']);

function draftIn(draft: string, eng = engine): TurnResult {
  const conversation = eng.startConversation({ id: 'reframe' });
  conversation.addTurn({ speaker: 'customer', text: UPSET });
  return conversation.previewDraft(draft);
}

const reframeOf = (result: TurnResult) => result.suggestions.find((s) => s.kind === 'reframe')?.text;
const reframedFlags = (result: TurnResult) => result.flags.filter((f) => REFRAMED.has(f.category));

describe("the support trainer's findings", () => {
  it('drops the admission instead of putting an apology in front of it', () => {
    const result = draftIn("I'm so sorry, that's totally our fault. Honestly our warehouse was negligent.");
    const card = reframeOf(result)!;
    expect(card).toBe("I'm so sorry for the trouble this has caused.");
    expect(card).not.toMatch(/fault|negligent|honestly/i);
  });

  it('flags "our warehouse was negligent" on its own, and the reframe leaves it out', () => {
    const result = draftIn('Honestly our warehouse was negligent. A new parcel left this morning.');
    expect(result.flags.map((f) => f.category)).toContain('liability-admission');
    expect(reframeOf(result)).toBe("I'm sorry for the trouble this has caused. A new parcel left this morning.");
  });

  it('makes every promise safe, not just the sentence whose words the flag quotes', () => {
    const result = draftIn("I'm 100% sure, I promise. You'll have it by Friday.");
    // The rule's evidence is only its first match ("100% sure"): the second sentence is found by reading it back.
    expect(reframedFlags(result).map((f) => f.evidence)).toEqual(['100% sure']);
    const card = reframeOf(result)!;
    expect(card).toBe("I'll do everything I can to get it to you by Friday, and I'll keep you updated.");
    expect(card).not.toMatch(/100%|promise|you'll have it/i);
  });

  it('keeps "at the latest" promises out too', () => {
    const card = reframeOf(draftIn("I'm 100% sure, I promise. You'll have it by Friday at the latest."))!;
    expect(card).not.toMatch(/at the latest|you'll have it|promise|100%/i);
    expect(grammarProblems(card)).toEqual([]);
  });

  it('tells a policy that only informs as the fact it is, and writes a refusal in English', () => {
    expect(reframeOf(draftIn('Our policy says refunds take 5-7 working days.'))).toBe('Refunds take 5-7 working days.');
    expect(reframeDraft('As per our policy, exchanges are free within 30 days.')).toBe('Exchanges are free within 30 days.');
    const refusals: [string, string][] = [
      ["Our policy says we can't refund opened items.", "I'm not able to refund opened items"],
      ["Our policy doesn't allow refunds on sale items.", "I'm not able to offer refunds on sale items"],
      ['Our policy does not allow returns after 30 days.', "I'm not able to accept returns after 30 days"],
      ['Company policy says no exchanges without a receipt.', "I'm not able to offer exchanges without a receipt"],
      ["Our policy doesn't allow us to reship lost parcels.", "I'm not able to reship lost parcels"],
    ];
    for (const [draft, start] of refusals) {
      const card = reframeOf(draftIn(draft))!;
      expect(card, draft).toMatch(new RegExp(`^I know this isn't the answer you were hoping for\\. ${start}, but`));
      expect(grammarProblems(card), card).toEqual([]);
    }
  });

  it('keeps a mention of the policy that is not hiding behind it', () => {
    expect(reframeDraft("Calm down. You can read our refund policy here: example.com/refunds")).toBe(
      'I understand this is frustrating. You can read our refund policy here: example.com/refunds.',
    );
  });

  it("shows the agent's initials sign-off nowhere on the card, and Replace puts the draft's own back", () => {
    const draft = "Oh no! We'd like to help, Kelly! Thanks!  ^AJ";
    const card = reframeDraft(draft)!;
    expect(card).toBe("Oh no! We'd like to help, Kelly. Thanks.");
    expect(withDraftSignOff(card, draft)).toBe("Oh no! We'd like to help, Kelly. Thanks. ^AJ");
    // A draft without initials, or a card that has them, is left as it is.
    expect(withDraftSignOff(card, "Oh no! We'd like to help, Kelly!")).toBe(card);
    expect(withDraftSignOff('Thanks. ^AJ', 'Thanks! ^AJ')).toBe('Thanks. ^AJ');
  });

  it("keeps a sign-off by name as written", () => {
    expect(reframeDraft("Oh no! We'd like to help, Kelly! Thanks!\n- Chloe")).toMatch(/Thanks\.\s*- Chloe$/);
  });
});

describe('every reframe of a draft that admits fault or promises', () => {
  const all = [...REFRAME_DRAFTS, ...LATER_DRAFTS];

  it.each(all.map((d) => [d.draft, d] as const))('%s', (_, { draft, problem, keeps }) => {
    const result = draftIn(draft);
    const flags = reframedFlags(result);
    const expected = problem === 'both' ? ['liability-admission', 'overpromise'] : [problem === 'admission' ? 'liability-admission' : 'overpromise'];
    expect(new Set(flags.map((f) => f.category))).toEqual(new Set(expected));
    const card = reframeOf(result);
    expect(card, 'a reframe card').toBeDefined();
    // Never the flagged words, nor the words of fault and certainty.
    for (const flag of flags) if (flag.evidence) expect(card!.toLowerCase()).not.toContain(flag.evidence.toLowerCase());
    expect(card).not.toMatch(/\b(?:fault|negligen\w*|our mistake|my mistake|guarantee\w*|promise\w*|definitely|to blame|liable|messed up|screwed up|dropped the ball|on us)\b|100\s?%|100 percent/i);
    expect(grammarProblems(card!)).toEqual([]);
    for (const words of keeps ?? []) expect(card).toContain(words);
    // Read back through the engine as the agent's next message: no tone, admission or promise flag.
    expect(readBackOf(engine, [{ speaker: 'customer', text: UPSET }], card!)).toEqual([]);
  });

  it('answers at least 90 % of them with a card that reads back clean (issue 14)', () => {
    const t = tally(reframeOutcomes(engine, all.map(({ draft }) => ({ before: [{ speaker: 'customer', text: UPSET }], draft }))));
    expect(t.admitOrPromise).toBe(all.length);
    expect(t.admitOrPromiseReframed / t.admitOrPromise).toBeGreaterThanOrEqual(0.9);
  });

  it.runIf(twcsAvailable())('reads back clean on the real company replies the engine flags (twcs, reading set left out)', () => {
    const outcomes = reframeOutcomes(engine, twcsAgentDrafts()).filter((o) => o.categories.length > 0);
    expect(outcomes.length).toBeGreaterThan(0);
    for (const o of outcomes) {
      if (!o.reframe) continue;
      expect(o.readBack, o.reframe).toEqual([]);
      expect(grammarProblems(o.reframe), o.reframe).toEqual([]);
    }
  });
});

describe('the read-back', () => {
  it('shows no reframe that the engine would flag again: no card beats a bad card', () => {
    const everything: ReadBack = () => new Set(['overpromise']);
    expect(reframeDraft("It was our mistake. I've refunded the delivery charge.", {}, everything)).toBeUndefined();
    const nothing: ReadBack = () => new Set();
    expect(reframeDraft("It was our mistake. I've refunded the delivery charge.", {}, nothing)).toBe(
      "I'm sorry for the trouble this has caused. I've refunded the delivery charge.",
    );
  });

  it("drops a sentence a team's own rule still flags, and keeps the rest of the draft", () => {
    const pack = loadRulePackValue(
      {
        version: 1,
        pack: 'acme-dates',
        rules: [
          {
            id: 'acme.no-dates',
            category: 'overpromise',
            speaker: 'agent',
            severity: 'warning',
            message: 'Never name a delivery day.',
            match: { phrases: ['by friday'] },
            examples: { trigger: [{ turns: [{ agent: 'It will be with you by Friday.' }] }], ignore: [{ turns: [{ agent: 'It is on its way.' }] }] },
          },
        ],
      },
      'acme.yaml',
    );
    const teamEngine = bundledEngine({}, [pack]);
    const card = reframeOf(draftIn("Thanks for waiting. I guarantee you'll have it by Friday.", teamEngine))!;
    // The dated wording would be flagged by the team's rule: the undated one is shown instead.
    expect(card).toBe("Thanks for waiting. I'll do everything I can to get it to you as soon as possible, and I'll keep you updated.");
    expect(readBackOf(teamEngine, [{ speaker: 'customer', text: UPSET }], card)).toEqual([]);
  });

  it("checks the flagged rule's own wording too, when the whole draft was the problem", () => {
    const pack = loadRulePackValue(
      {
        version: 1,
        pack: 'acme-words',
        rules: [
          {
            id: 'acme.no-sorry',
            category: 'agent-tone',
            speaker: 'agent',
            severity: 'info',
            message: 'We say "apologies", not "sorry".',
            match: { phrases: ['sorry'] },
            examples: { trigger: [{ turns: [{ agent: "I'm sorry." }] }], ignore: [{ turns: [{ agent: 'Apologies.' }] }] },
          },
        ],
      },
      'acme.yaml',
    );
    const result = draftIn("That's totally our fault.", bundledEngine({}, [pack]));
    // The rewording's apology and the rule's own reframe both say "sorry": no card.
    expect(reframeOf(result)).toBeUndefined();
  });

  it('is paid for only when a flagged draft is read, once per draft', () => {
    const results = play(engine, [
      ['c', UPSET],
      ['a', 'I can send a replacement today.'],
    ]);
    expect(results.at(-1)!.suggestions.some((s) => s.kind === 'reframe')).toBe(false);
  });
});
