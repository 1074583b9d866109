// Reframes that drop the clause after a softening lead-in ("I'm afraid", "Unfortunately") must
// not leave the lead-in hanging before the sentence put in its place, or alone at the end.
import { describe, expect, it } from 'vitest';
import { withoutDanglingLeadIn } from '../../src/engine/suggestions/leadIn';
import { bundledEngine, reframeAfter } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();

const reframeOf = (draft: string) => reframeAfter(engine, "Three weeks and my washing machine still hasn't been collected. I'm livid.", draft);

const HANGING = /\b(?:i'm afraid|i am afraid|unfortunately|sadly|as per|to be honest),?\s+(?:\p{Lu}(?![\s'’])|I understand)|\b(?:i'm afraid|unfortunately|sadly|as per|to be honest)\s*[.!?]*$/iu;

describe('a lead-in whose clause a reframe dropped', () => {
  it.each([
    "I'm afraid there's nothing else we can do for you now.",
    "I'm afraid that's not my department.",
    'Unfortunately I cannot help you with this.',
    "Sadly, you're wrong, the driver did call.",
    'To be honest, there is nothing more I can do.',
    "Sadly that's not my job.",
    'Unfortunately, calm down, we will find it.',
  ])('goes with it: %s', (draft) => {
    const card = reframeOf(draft);
    expect(card, draft).toBeDefined();
    expect(card!).not.toMatch(HANGING);
    expect(grammarProblems(card!), card).toEqual([]);
  });

  it('takes the "and" after "calm down" with it, so no sentence opens on "And"', () => {
    const card = reframeOf('Unfortunately, you need to calm down and we will find it.');
    expect(card).toBe('I understand this is frustrating. We will find it.');
  });

  it('stays where the clause after it stays', () => {
    const card = reframeOf("Unfortunately, I'm not able to collect it before Friday. That's not my problem though.");
    expect(card).toMatch(/^I know this isn't the answer you were hoping for\. Unfortunately, I'm not able to collect it before Friday\./);
  });
});

describe('withoutDanglingLeadIn', () => {
  it('drops a lead-in before a new sentence', () => {
    expect(withoutDanglingLeadIn("I'm afraid Let me see who can help with this.")).toBe('Let me see who can help with this.');
    expect(withoutDanglingLeadIn('Thanks for waiting. Unfortunately, That is not something I can do.')).toBe('Thanks for waiting. That is not something I can do.');
    expect(withoutDanglingLeadIn('Sadly I understand this is frustrating.')).toBe('I understand this is frustrating.');
  });

  it('drops a lead-in left with nothing after it', () => {
    expect(withoutDanglingLeadIn('To be honest.')).toBe('');
    expect(withoutDanglingLeadIn('The parcel is on its way. Sadly')).toBe('The parcel is on its way. ');
    expect(withoutDanglingLeadIn('Refunds take ten days, as per.')).toBe('Refunds take ten days');
  });

  it('keeps a lead-in before the word "I", a name or a lower-case clause', () => {
    for (const text of ["Unfortunately, I can't change the date.", "I'm afraid Dana, the warehouse is closed today.", 'Sadly the van broke down.', 'As per your request, the order is cancelled.', "That's the last slot, I'm afraid."]) {
      expect(withoutDanglingLeadIn(text)).toBe(text);
    }
  });
});
