// What the 96th reading's blind ten (hard chats 1731–1740) found, as kinds, in our own words: "sorry
// for the trouble… let's get it sorted out" to a grieving daughter after the agent's condolences;
// and "sorry for asking again" when the agent had only re-offered a refund. Beside them, from the
// learning dialogues: fitting sympathy where none was shown at a frustrated turn ("What do you mean
// by…", sympathy mocked, "who can?" after "we can't help here", "sounds like a generic reply").
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter } from '../helpers/engine';

const engine = bundledEngine();
const apologyOf = (cards: { kind: string; text: string }[]) => cards.find((c) => c.kind === 'apologize')?.text ?? '';

describe('sympathy that fits the moment', () => {
  it('after condolences, a grieving customer doing it alone is not told "sorry for the trouble"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My father died on the 3rd and your care company billed him for visits after that.'],
      ['a', "I'm so sorry for your loss, Rima. I'm looking at the account now."],
      ['c', "Sorry. I don't know what else is needed. My mother can't talk about it, I am doing everything alone."],
    ]);
    expect(apologyOf(cards)).toMatch(/You don't have to do this alone/);
    expect(apologyOf(cards)).not.toMatch(/trouble|sorted out/);
  });

  it('no "sorry for asking again" when the agent only re-offered', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The ticket site crashed again on the day of the sale. Every time you just refund me.'],
      ['a', 'I understand. Would you like me to refund the ticket anyway?'],
      ['c', 'Again the refund. Did you read what I wrote? I already told you the date, 15 November.'],
    ]);
    expect(apologyOf(cards)).not.toMatch(/asking again/);
  });

  it('"what do you mean by…" is met with "sorry, that wasn\'t clear"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The game keeps logging me into an old profile I deleted, so annoying'],
      ['a', 'Make sure the new profile has its own console user.'],
      ['c', 'What do you mean by console user'],
    ]);
    expect(apologyOf(cards)).toMatch(/that wasn't clear/);
  });

  it('sympathy mocked is owned, not repeated', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Every week the 7:40 is late and I pay a fortune for this season ticket.'],
      ['a', 'I understand the frustration this causes, Mo.'],
      ['c', "Oh, that's nice. What are you doing about it?"],
    ], 'Mo');
    expect(apologyOf(cards)).toMatch(/saying sorry doesn't fix it/);
  });

  it('"who can?" after "we can\'t help with that here" gets sorry and a step', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My package holiday was cancelled and nobody will refund me. Disgraceful.'],
      ['a', "I'm sorry to hear that. Unfortunately we're unable to help with package holiday bookings here, sorry to disappoint you."],
      ['c', 'Can you tell me who can.'],
    ]);
    expect(apologyOf(cards)).toMatch(/find out who can/);
  });

  it('"sounds like a generic reply" is owned', () => {
    const cards = cardsAfter(engine, [
      ['c', "Can't mirror the app to my TV with the adapter. Guess I'll cancel."],
      ['a', "We'd hate to see you go! Mirroring isn't supported at this time, but we'll share the interest with our team."],
      ['c', 'Sounds like a generic reply #notgonnafixit'],
    ]);
    expect(apologyOf(cards)).toMatch(/put right, not another apology/);
  });
});
