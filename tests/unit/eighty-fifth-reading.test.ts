// What the 85th reading's blind ten (hard chats 1601–1610) found, as kinds, in our own words: a
// complaint to "the state insurance department" not read as a regulator; a reframe keeping a
// refund "within the hour" and free delivery "to make up for it"; and a mixed draft's facts dropped
// with its one bad sentence ("you won't pay rent for Jan or Feb", "our team inspects the room…").
import { describe, expect, it } from 'vitest';
import { bundledEngine, reframeAfter, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a regulator named by what it oversees', () => {
  it.each([
    "Cancel both policies today. I'm filing a complaint with the state insurance department.",
    "I'm reporting you to the insurance commissioner, this is disgraceful.",
  ])('%s', (text) => {
    expect(rulesOfCustomerLine(engine, text)).toContain('escalation.regulator');
  });
});

describe('a reframe', () => {
  it('asks for a refund promised "within the hour", and asks before giving free delivery to make up for it', () => {
    const reframe = reframeAfter(
      engine,
      'My order says delivered but nothing came! I want my money back, not credits.',
      "Honestly the driver clearly didn't bother to look, that's on him not us. I've made sure you'll get a full refund to your bank account within the hour, plus free delivery on all your orders next month to make up for it.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/within the hour|free delivery/i);
  });

  it('keeps a boarding pass that comes by email within the hour', () => {
    const reframe = reframeAfter(
      engine,
      'You charged me for a seat I never got!!',
      "Honestly that's our mistake, the system double-booked it. I've refunded the seat fee and moved you to 14C. Your new boarding pass will come by email within the hour.",
    );
    expect(reframe).toMatch(/boarding pass will come by email within the hour/);
  });

  it("keeps a mixed draft's facts, dropping only the jab", () => {
    const reframe = reframeAfter(
      engine,
      'so do i lose my deposit?? i dont understand the contract',
      "You can end the lease early with the form in the portal. The fee is one month's rent, taken from your deposit, and you won't pay rent after you leave. Honestly, if you'd read the contract you'd know this. Our housing team inspects the flat on the day you leave, and the rest of the deposit comes back within 14 days.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/if you'd read/i);
    expect(reframe).toMatch(/you won't pay rent after you leave/);
    expect(reframe).toMatch(/Our housing team inspects the flat on the day you leave/);
  });
});
