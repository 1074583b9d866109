// What the graded blind tens said of "I'll raise a claim for the costs" across the readings (bad in
// 35 of 52 gradings: the payout promised again, and jargon where nothing was damaged), in our own
// words: a claim is raised for damage to the customer's things; other costs, losses and bills get
// "I'll look into what we can do about …", which promises nothing and says what happens next.
import { describe, expect, it } from 'vitest';
import { claimWordingFor } from '../../src/engine/suggestions/compensation';
import { bundledEngine, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('costs that are not damage', () => {
  it.each([
    ["The order was lost twice. Don't worry, we'll cover any costs this has caused you.", 'costs'],
    ['Our system double-charged you, so any overdraft fees from your bank will be covered by us.', 'costs'],
    ["I'll make sure we reimburse everything you spent on the hotel while you waited.", 'hotel costs'],
  ])('"%s" gets what can be done, found out, not a claim', (draft, thing) => {
    const reframe = reframeAfterChat(engine, [['c', 'Nobody has helped me in a week and it has cost me money.']], draft);
    expect(reframe).toBeDefined();
    expect(reframe).toContain(`I'll look into what we can do about the ${thing}`);
    expect(reframe).not.toMatch(/raise a claim|cover|reimburse|covered by us/i);
  });

  it('a dose missed is not a loss', () => {
    expect(claimWordingFor('if she has any problems from missing a dose we will cover all the costs')).toBe("I'll look into what we can do about the costs and get back to you.");
    expect(claimWordingFor("we'll cover anything that went missing in the move")).toBe("I'll look into what we can do about the losses and get back to you.");
  });
});

describe('damage to their things', () => {
  it.each([
    ["Don't worry, we'll pay for the damage to your floor.", 'damage'],
    ['We will pay for the jacket the presser ruined.', 'damage'],
    ["We'll pay for the repairs to the gate.", 'repairs'],
  ])('"%s" still gets a claim raised', (draft, thing) => {
    expect(claimWordingFor(draft)).toBe(`I'll raise a claim for the ${thing} and keep you updated on the outcome.`);
  });

  it('goes on the claim already open', () => {
    expect(claimWordingFor("we'll cover the costs", { claimOpen: true, updatePromised: true })).toBe("I'll add the costs to your claim.");
  });
});
