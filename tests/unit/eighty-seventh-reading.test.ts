// What the 87th reading's blind ten (hard chats 1621–1630) found, as kinds, in our own words: a
// reframe that kept the name the draft was flagged for ("Hi Gareth" to Gaz) and lost the greeting's
// comma with the policy citation; "under the policy" (the insurance policy a claim is made on) read
// as hiding behind policy; a header's initials ("M-A Tremblay") used as a name; and an ombudsman
// named in its own country's words ("the médiateur", "the SIC") not read as a regulator.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('puts right, in the reframe, the name the draft was flagged for', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', "Still no refund after 3 weeks. And it's Jonny, not Jonathan."],
        ['a', "Noted, Jonny. I'm checking your refund request now."],
        ['c', 'take your time, only been 21 days 🙃'],
      ],
      'Hi Jonathan, as per our policy refunds can take up to 30 working days, so there is nothing more I can do.',
      'Jonathan Pike',
    );
    const reframe = result.suggestions.find((c) => c.kind === 'reframe')?.text;
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/^Hi Jonny, /);
  });

  it("uses no header initials as a name", () => {
    const cards = cardsAfter(engine, [['c', 'You charged me $300 more than the quote for work I never approved!!']], 'M-A Ouellet');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/M-A/);
  });
});

describe('rules', () => {
  it('reads no wall in a claim lodged under the insurance policy', () => {
    expect(rulesOfAgentLine(engine, "I've lodged the claim under the policy now, so you're covered while the estate is sorted.")).not.toContain('agent-tone.hiding-behind-policy');
  });

  it.each(["Fix it or I write to the médiateur de l'énergie today.", 'If you send someone to glue it I go to the SIC with all of this.'])('reads "%s" as a regulator threat', (text) => {
    expect(rulesOfCustomerLine(engine, text)).toContain('escalation.regulator');
  });
});
