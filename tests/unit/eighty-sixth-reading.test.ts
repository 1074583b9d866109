// What the 86th reading's blind ten (hard chats 1611–1620) found, as kinds, in our own words: the
// stock "sorry for the trouble… let's get it sorted out" to a grieving customer after the agent's
// condolences; a lawyer who "contacts you tomorrow"; a payout promise for "all the demurrage and
// storage charges" kept whole; a letter's sign-off lost; sympathy for "No rush, I wait."; "what
// would feel fair?" to one who said exactly what they want; and a turned-down offer pressed again.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('the moment', () => {
  it('gives a grieving customer no stock apology once the agent has given condolences', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Hello. I am writing on behalf of my dad, Tomas Berg. This is his account. He passed away on the 3rd.'],
      ['c', 'His glasses order still went out and I have had three texts today saying Tomas, your order is on its way. I would like it all stopped please.'],
      ['a', 'Hello, I am so sorry for your loss, and thank you for letting us know. Could I take your name?'],
      ['c', 'Ingrid. I am his daughter.'],
      ['a', 'Thank you, Ingrid. I have cancelled the order and switched off all reminders. The parcel already went out yesterday by post.'],
      ['c', 'Tack. What do I do with the glasses when they come? I do not want them in the house to be honest. And are you still taking money for them, because his bank account is frozen now anyway.'],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
  });

  it('gives no sympathy to "No rush, I wait."', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I was charged twice for my tickets, 2 x 1,200 TL. Are the tickets still valid?'],
      ['a', 'Thanks, let me check both orders for you.'],
      ['c', 'Ok thank you.'],
      ['c', 'No rush, I wait.'],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
  });

  it('asks no "what would feel fair?" of one who said exactly what they want', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your internet has been down for a week and your bot made me restart the router six times.'],
      ['a', 'Sorry about that. I can offer you a free month and a technician visit.'],
      ['c', 'A free month of internet that does not work. Generous. No thanks.'],
      ['c', 'Just tell me the cancellation fee and whether my number can move with me. That is the whole ask.'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/feel fair/);
  });
});

describe('rules', () => {
  it('reads "my lawyer contacts you tomorrow" as a legal threat', () => {
    expect(rulesOfCustomerLine(engine, 'Confirm it in writing today or my lawyer contacts you tomorrow.')).toContain('escalation.legal-threat');
  });

  it('flags a turned-down offer pressed as a warning', () => {
    expect(rulesOfAgentLine(engine, "All done. Most members who move end up regretting it, so it's not too late to change your mind!")).toContain('agent-tone.dismissive');
  });
});

describe('a reframe', () => {
  it('turns "we will pay all the demurrage and storage charges" into what can be done, looked into, and keeps the letter\'s sign-off', () => {
    const reframe = reframeAfter(
      engine,
      'Day 9 at the port and nobody updates me. Who pays the storage?',
      'Dear Ana,\n\nYou are right, this is completely our fault. We will of course pay all the demurrage and storage charges.\n\nKind regards,\nLuis',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/we will of course pay/i);
    // (Charges are not damage: what can be done about them is found out, not a claim raised.)
    expect(reframe).toMatch(/look into what we can do about the charges/);
    expect(reframe).toMatch(/Kind regards, Luis$/);
  });
});
