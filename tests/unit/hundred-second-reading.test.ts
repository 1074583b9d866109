// What the 102nd reading's blind ten (hard chats 1791–1800) found, as kinds, in our own words: a
// reframe that kept "it's not the first time this week" once the colleague's blame before it went,
// and a refund "so the new one is basically free" (a make-good) as written; one that dropped the
// written confirmation promised by a time, a manager's offer to meet (named between commas) and the
// agent's signature on its own line; an apology card beside a draft that says "sorry again".
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfterChat, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe', () => {
  it('drops a recurring failure owned and a make-good', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The jacket you sent is the wrong size and I need it for Saturday!!']],
      "Honestly our packing team keeps mixing up sizes, it's not the first time this month. I'll also refund the full $80 so the new jacket is basically free!",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/first time|basically free|keeps mixing/);
  });

  it('keeps a written confirmation by a time, a manager\'s offer to meet, and the signature line', () => {
    const draft =
      'Dear Ms Okafor,\n\nYour booking for the Cedar Room on 3 June was confirmed first. You will receive written confirmation of the room by 16:00 today. Our Events Manager, Ms Adaeze Nwosu, would also like to meet you on Monday at 11:00. To be fair, none of this would have happened if the second payment had been made on time as the contract requires.\n\nTunde, Guest Services';
    const reframe = reframeAfterChat(engine, [['c', 'You gave our wedding room to another couple!! We paid in January.']], draft) ?? '';
    expect(reframe).toMatch(/written confirmation of the room by 16:00 today/);
    expect(reframe).toMatch(/would also like to meet you on Monday at 11:00/);
    expect(reframe).toMatch(/Tunde, Guest Services$/);
    expect(reframe).not.toMatch(/on time as the contract requires/);
  });
});

describe('an apology card', () => {
  it('is not shown beside a draft that says "sorry again"', () => {
    const cards = draftAfterChat(
      engine,
      [
        ['c', 'I came for my lesson at 8 and nobody showed up. My test is on Friday!!'],
        ['a', 'Your instructor was off sick and nobody called you, which they should have. Let me find a slot.'],
        ['c', 'thursday evening is best'],
      ],
      "I've booked you for Thursday at 7pm at no charge, and today's fee is being refunded. Sorry again, and good luck on Friday!",
    ).suggestions;
    expect(cards.filter((c) => c.kind === 'apologize')).toEqual([]);
  });
});
