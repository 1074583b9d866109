// What the eighty-first reading's blind ten (hard chats 1561–1570) found, as kinds, in our own
// words: a reframe of a policy wall that dropped the citation and the blame but left the rule bare,
// with neither an acknowledgement nor what the agent can do ("cancellations are only valid when…").
import { describe, expect, it } from 'vitest';
import { bundledEngine, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe of a policy wall', () => {
  it('acknowledges a rule kept as the answer, and says what the agent can do where the wall went', () => {
    const reframe = reframeAfter(
      engine,
      'I returned the blender at your shop on the 3rd and I still have the receipt. Why am I charged again??',
      'Returns are only accepted through the online portal within 14 days, as per section 4 of our terms. The store team should never have taken it, that is their problem, not ours. The charge is correct per policy and non-refundable.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/isn't the answer you were hoping for|not what you were hoping to hear|I'm sorry/);
    expect(reframe).toMatch(/What I can do is/);
    expect(reframe).not.toMatch(/section 4|their problem|non-refundable|per policy/i);
  });

  it('acknowledges a rule that says no by what it allows ("only accepted through…")', () => {
    const reframe = reframeAfter(
      engine,
      'My lenses still give me headaches after a month, I want them remade.',
      'Remakes are only considered after 8 weeks, as stated in our terms.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/isn't the answer you were hoping for|not what you were hoping to hear/);
  });

  it('adds no "what I can do" where the draft already gives the next step', () => {
    const reframe = reframeAfter(
      engine,
      'My card got blocked abroad and I cannot pay the hotel!!',
      "That's your bank's problem, not ours, take it up with them. Your new card will be posted within 5-7 working days.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/new card will be posted/);
    expect(reframe).not.toMatch(/What I can do is look into the other options/);
  });
});
