// What the 112th reading's blind ten (hard chats 1891–1900) found, as kinds, in our own words,
// learned from after it measured the code: "Let me look into this now, and I'll come back to you"
// to a customer who quoted the last vague promise back; a check-back "by Monday" to a shop losing
// sales by the hour asking "today?"; sympathy and "I'll check what I can do" to a calm thank-you
// with questions once the agent had acted; and good drafts "reframed" because the draft-risk model
// read a sentence as risky, the reframe dropping everything a rule-flagged draft would not keep.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a customer who quotes the last vague promise back', () => {
  it('is not promised "I\'ll come back to you" again', () => {
    const cards = cardsAfter(engine, [
      ['c', 'You charged me for scratches on the rental car that were already there. I sent photos two weeks ago and heard nothing!'],
      ['a', "Understood. I can see your photos on the file. I've asked the damage team to review them."],
      ['c', 'Asked them when? "I asked the team" is exactly what your colleague told me last week. And the invoice says pay in 10 days.'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/come back to you|keep you updated/);
  });
});

describe('a check-back day', () => {
  it('is not named to a business losing money by the hour that asks "today?"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Our card terminal line is down again, third time this month. The LOS light is red.'],
      ['a', "Thanks, a red LOS light means the signal isn't reaching you. I've booked an engineer as a business-priority fault, ref BP-7730."],
      ['c', 'and WHEN is the engineer coming? today? I am losing sales every hour, people walk out when I say cash only'],
    ]);
    const followUp = cardTexts(cards, 'follow-up');
    expect(followUp).not.toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow/);
  });
});

describe('a calm thank-you with questions, once the agent acted on the ask', () => {
  it('gets no sympathy and no "I\'ll check what I can do"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The concert was cancelled by you. I do not want a voucher, we came from Split for it. I want a refund.'],
      ['a', 'I can offer you a voucher for the same value plus 10%.'],
      ['c', 'No, thank you. I already said I do not want a voucher. I want my money back.'],
      ['a', "Understood. I've checked, and refunds are possible for cancelled concerts. I have passed your refund request to our finance team."],
      ['c', 'Dear Marko,\n\nthank you. How long will it take, and will it include the booking fee?\n\nNives'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'solution')).not.toMatch(/check what I can do/);
  });
});

describe('a draft only the draft-risk model flagged', () => {
  it('keeps the draft\'s other sentences as written', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'Our lorry broke down on the M6 with a full load of tiles and the customer is waiting!!']],
      "Sam, recovery is booked under reference RC-2210 and the truck should reach you in about 40 minutes. A replacement van is being loaded at our Stafford depot and will come with the truck so your driver can move the tiles across. Please note that breakdowns like this are usually caused by drivers overloading the lorry, so if our mechanic finds that, the call-out fee will be charged to your account.",
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/replacement van is being loaded/);
    expect(reframe).not.toMatch(/overloading/);
  });

  it('does not treat an option offered for a need ("If … needs …, you can …") as the risky sentence', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'You took 2,000 rupees from my card and my father never got the top-up!!']],
      "I've raised a reversal under ticket 7730. If your dad needs credit right now, you can do a fresh top-up to 0300-1234567 — it's completely separate from the failed one, so you won't be charged twice.",
    );
    expect(result.flags.map((f) => f.rule)).not.toContain('agent-tone.risky-wording');
  });
});
