import { describe, expect, it } from 'vitest';
import { isOverpromise, reframeDraft, saferPromise } from '../../src/engine/suggestions';
import { grammarProblems } from '../helpers/grammarChecks';

describe('reframeDraft', () => {
  it.each([
    // Telling an angry customer to calm down.
    ["Calm down, I'm trying to help you.", "I understand this is frustrating. I'm trying to help you."],
    ['Please calm down!!', 'I understand this is frustrating.'],
    ['You need to calm down, sir. Your refund is on its way.', 'I understand this is frustrating. Your refund is on its way.'],
    ['There is no need to shout.', 'I understand this is frustrating.'],
    // Refusing ownership.
    ["That's not my problem.", 'Let me see who can help with this.'],
    ["It's not my department, you have to call the bank.", 'Let me see who can help with this.'],
    ["There's nothing I can do about it.", 'Let me see what I can do.'],
    ['What do you want me to do about it?', 'Let me see what I can do.'],
    ["I can't do that.", "I know this isn't the answer you were hoping for. That isn't something I'm able to do, but what I can do is look into the other options with you."],
    // Contradicting.
    ["You're wrong, the order shipped on Monday.", 'Let me double-check that. The order shipped on Monday.'],
    ["That's not true.", 'Let me double-check that.'],
    // Policy and negative framing.
    [
      "Our policy says we can't refund opened items.",
      "I know this isn't the answer you were hoping for. I'm not able to refund opened items, but what I can do is look into the other options with you.",
    ],
    ["It's against policy.", "I know this isn't the answer you were hoping for. That isn't something I'm able to do, but what I can do is look into the other options with you."],
    ["It's against policy, sorry.", "I know this isn't the answer you were hoping for. That isn't something I'm able to do, but what I can do is look into the other options with you."],
    [
      "We don't refund digital purchases.",
      "I know this isn't the answer you were hoping for. I'm not able to refund digital purchases, but what I can do is look into the other options with you.",
    ],
    // Shouting and sarcasm.
    ['I TOLD YOU ALREADY, THE REFUND IS PROCESSING!!!', 'The refund is processing.'],
    ['PLEASE READ MY MESSAGE. The ID is on the label.', 'Please read my message. The ID is on the label.'],
    ['Obviously the tracking number is in the email.', 'The tracking number is in the email.'],
    ['As I already said, the parcel left our warehouse on Monday.', 'The parcel left our warehouse on Monday.'],
    ['Again, you need to restart the router.', 'You need to restart the router.'],
    // Blame.
    ['You should have read the instructions.', "Let's look at how to sort this out."],
    ['If you had read the FAQ you would know this.', "Let's look at how to sort this out."],
    // A bare "Sir," said to someone upset reads as cold: the sentence stands without it.
    ["Sir, you clearly didn't read my message.", 'Let me go over my message again.'],
    ['You should have ordered a bigger size.', "Let's look at how to sort this out."],
    [
      "Like I said, your refund was issued on Monday. It's your own fault for using the wrong card.",
      "Your refund was issued on Monday. Let's look at how to sort this out.",
    ],
    // Overpromises.
    ['I guarantee it will arrive tomorrow.', "I'll do everything I can to get it to you by tomorrow, and I'll keep you updated."],
    ['I guarantee it will arrive soon.', "I'll do everything I can to get it to you as soon as possible, and I'll keep you updated."],
    [
      'Sorry about that! This will never happen again, I promise.',
      "Sorry about that! I'll pass this on so the team can work on keeping it from happening again.",
    ],
  ])('%s → %s', (draft, reworded) => {
    expect(reframeDraft(draft)).toBe(reworded);
    expect(grammarProblems(reworded)).toEqual([]);
  });

  it.each([
    ["Thanks for waiting, Dana. I've arranged the replacement."],
    ["I'm sorry you've been inconvenienced. Could you share the order number?"],
    ['Could you try again in a minute?'],
    ['I promise I will call you back tomorrow.'],
    ['The PDF with your invoice is attached.'],
    ['Your refund of $49.99 was issued on 3.5.2026, see v2.1 of the terms.'],
    [''],
  ])('leaves a calm draft alone: %j', (draft) => {
    expect(reframeDraft(draft)).toBeUndefined();
  });

  it('keeps amounts whole while rewording around them', () => {
    expect(reframeDraft('Obviously your refund of $49.99 was issued.')).toBe('Your refund of $49.99 was issued.');
    expect(reframeDraft("Our policy says we can't refund orders over $49.99!")).toBe(
      "I know this isn't the answer you were hoping for. I'm not able to refund orders over $49.99, but what I can do is look into the other options with you.",
    );
  });

  it('does not repeat the same calming sentence twice', () => {
    expect(reframeDraft('Calm down. Just calm down!')).toBe('I understand this is frustrating.');
  });
});

describe('saferPromise', () => {
  it.each([
    ['I guarantee it will arrive tomorrow', "I'll do everything I can to get it to you by tomorrow, and I'll keep you updated."],
    ["You'll have it by Friday at the latest", "I'll do everything I can to get it to you by Friday, and I'll keep you updated."],
    ["I promise you'll get your money back by Friday", "I'll request the refund now and keep you updated on its progress."],
    ['It will definitely be fixed today', "I'll do everything I can to get this resolved today, and I'll keep you updated."],
    ["This won't happen again", "I'll pass this on so the team can work on keeping it from happening again."],
    ['We guarantee 100% satisfaction', "I'll do everything I can to help, and I'll keep you updated."],
  ])('%s → %s', (promise, safer) => {
    expect(saferPromise(promise)).toBe(safer);
  });

  it.each([['I definitely understand'], ['I promise I\'ll call you back'], ['It should arrive within 3-5 working days'], ['I will certainly pass this on']])(
    'keeps a promise the agent can keep: %s',
    (sentence) => {
      expect(saferPromise(sentence)).toBeUndefined();
      expect(isOverpromise(sentence)).toBe(false);
    },
  );
});

describe('reframeDraft with what the rules flagged', () => {
  it("rewords a promise only a team's own rule knows, and an admission, instead of handing them back", () => {
    const draft = "That's not my fault. We send every refund within 24 hours. It was an oversight by the packers.";
    const plain = reframeDraft(draft)!;
    expect(plain).toContain('within 24 hours');
    // "an oversight" is a word of fault: it goes even when no rule names it.
    expect(plain).not.toContain('oversight');
    const reworded = reframeDraft(draft, { overpromises: ['refund within 24 hours'], admissions: ['oversight by the packers'] })!;
    expect(reworded).not.toMatch(/24 hours|oversight/i);
    expect(reworded).toBe("Let me see who can help with this. I'll request the refund now and keep you updated on its progress. I'm sorry for the trouble this has caused.");
  });
});

describe('the reframe card in a conversation', () => {
  it('never suggests the wording a policy rule flagged in the same message', async () => {
    const { loadRulePackValue } = await import('../../src/engine/rules/loadRulePack');
    const { bundledEngine, play } = await import('../helpers/engine');
    const pack = loadRulePackValue(
      {
        version: 1,
        pack: 'acme-billing',
        rules: [
          {
            id: 'acme.refund-date-promise',
            category: 'overpromise',
            speaker: 'agent',
            severity: 'warning',
            message: "Refunds take 3 to 5 business days: don't promise a date.",
            match: { phrases: ['refund within 24 hours'] },
            examples: { trigger: [{ turns: [{ agent: 'You will have your refund within 24 hours.' }] }], ignore: [{ turns: [{ agent: 'I have requested your refund.' }] }] },
          },
        ],
      },
      'acme.yaml',
    );
    const results = play(bundledEngine({}, [pack]), [
      ['c', 'My refund never arrived and this is the third time I write!'],
      ['a', "That's not my fault. You will have your refund within 24 hours."],
    ]);
    const last = results.at(-1)!;
    expect(last.flags.map((f) => f.rule)).toContain('acme.refund-date-promise');
    const reframe = last.suggestions.find((s) => s.kind === 'reframe');
    expect(reframe?.text).toBeDefined();
    expect(reframe!.text).not.toMatch(/24 hours/);
  });
});
