// What the seventy-fourth reading's blind ten (hard chats 1471–1480) found, as kinds, in our own
// words: a reframe that cut the facts of a cancellation (the last payment, the confirmation
// email) and put filler in their place, and a customer demanding a manager and threatening a
// public post in the present tense ("otherwise I post it all on Google") who got only an apology.
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfterChat, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

describe("a reframe keeps the case's facts", () => {
  const CANCEL: ChatLine[] = [['c', 'I have moved to Cork and your app will not let me cancel. I have asked three times now!!']];
  const DRAFT =
    "I've cancelled your plan today. With the 30-day notice there will be one last payment of €35 on 3 January, and your access runs until 31 January. You'll receive a confirmation email within 24 hours. Honestly, if you had read the terms you would know the app never allowed cancellations.";

  it('the last payment and the confirmation email stay; the lecture goes', () => {
    const reframe = reframeAfterChat(engine, CANCEL, DRAFT);
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/one last payment of €35 on 3 January/);
    expect(reframe).toMatch(/confirmation email within 24 hours/);
    expect(reframe).not.toMatch(/read the terms/);
    expect(reframe).not.toMatch(/do everything I can/);
  });

  it('a timed outcome others control is still reworded', () => {
    const reframe = reframeAfterChat(engine, CANCEL, "Honestly you should have read the terms. The refund will be in your account within 2 hours, guaranteed.");
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/within 2 hours, guaranteed/);
  });
});

describe('a manager asked for, a public post threatened', () => {
  it('"I want to talk with the manager … today" gets a hand-off, not "let me look into this"', () => {
    const cards = play(engine, [
      ['c', 'My cat came home from your cattery with a wound on her leg and nobody told me anything'],
      ['a', "I'm so sorry to hear that, let me check the notes for her stay."],
      ['c', "I don't want you to check again. I want to talk with the manager of the Bristol branch today."],
    ]).at(-1)!.suggestions;
    expect(cards.map((c) => c.kind)).toContain('escalate');
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/look into this now/);
  });

  it('"otherwise I post everything on Google" is a public threat', () => {
    const flags = play(engine, [['c', 'Refund the whole stay today, otherwise I post everything on Google and Facebook with the photos.']]).at(-1)!.flags;
    expect(flags.map((f) => f.rule)).toContain('escalation.public-shaming');
  });

  it('their own manager, or one they already spoke to, is no request', () => {
    for (const text of ['I need to check with my manager before I renew the licence.', 'I spoke to the manager at the shop and she said to contact you.']) {
      const flags = play(engine, [['c', text]]).at(-1)!.flags;
      expect(flags.map((f) => f.rule)).not.toContain('escalation.manager-request');
    }
  });
});
