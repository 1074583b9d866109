// What the seventy-fifth reading's blind ten (hard chats 1481–1490) found, as kinds, in our own
// words: months of bills given away kept in a reframe as if done; "anything else?" after "that's
// everything"; a third apology, and a promise to come back, to a customer who asked for a yes or
// no; a complaints body ("the ombudsperson") and someone "who can actually" act not read as the
// hand-off they are; a public post threatened "everywhere".
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();
const last = (lines: Parameters<typeof play>[1]) => play(engine, lines).at(-1)!;

describe('months given away are a make-good, not a done deal', () => {
  it('"I\'ve also waived your subscription for the next 3 months" is not kept as said', () => {
    const reframe = reframeAfter(
      engine,
      'My broadband has been down for four days and I work from home!!',
      "I guarantee an engineer will fix it tomorrow morning. I've also waived your subscription for the next 3 months.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/waived your subscription/);
    expect(reframe).toMatch(/ask whether we can offer something/);
  });
});

describe("\"that's everything\" is a goodbye", () => {
  it('no "anything else?" after "All sorted, that\'s everything. Bye!"', () => {
    const cards = last([
      ['c', 'The replacement blender arrived this morning.'],
      ['a', 'Great to hear! Is there anything else I can help with today?'],
      ['c', "All sorted, that's everything. Thanks, bye!"],
    ]).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/anything else/i);
    expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
  });
});

describe('a yes or no asked for', () => {
  const CHAT: Parameters<typeof play>[1] = [
    ['c', 'You sent me a notice that my power will be cut on Monday but I paid the bill last week!!'],
    ['a', "I'm sorry about the worry. I've raised a query with the billing team, reference Q-5521."],
    ['c', "I don't want another reference. Will my power be cut on Monday, yes or no? I have a newborn at home."],
  ];

  it('gets no third apology and no "I\'ll come back to you"', () => {
    const texts = last(CHAT).suggestions.map((c) => c.text).join(' ');
    expect(texts).not.toMatch(/sorry/i);
    expect(texts).not.toMatch(/come back to you/i);
  });
});

describe('hand-offs the customer asked for', () => {
  it('"or I\'m filing with the ombudsperson" is a regulator threat', () => {
    expect(last([['c', "Remove the hold by tomorrow or I'm filing with the ombudsperson."]]).flags.map((f) => f.rule)).toContain('escalation.regulator');
  });

  it('"I need someone who can actually lift it today" asks for someone with authority', () => {
    const result = last([
      ['c', 'My account is frozen and my rent is due today.'],
      ['a', 'I understand. The freeze review takes 3 to 5 working days.'],
      ['c', 'I need someone who can actually lift it today, not in five days.'],
    ]);
    expect(result.flags.map((f) => f.rule)).toContain('escalation.manager-request');
    expect(result.suggestions.map((c) => c.kind)).toContain('escalate');
  });

  it('"i will post this everywhere" is a public threat', () => {
    expect(last([['c', 'if the medicine is not here tonight i will post this everywhere']]).flags.map((f) => f.rule)).toContain('escalation.public-shaming');
  });
});
