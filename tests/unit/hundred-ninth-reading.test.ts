// What the 109th reading's blind ten (hard chats 1861–1870) found, as kinds, in our own words,
// learned from after it measured the code: a good draft "reframed" because the draft-risk model
// read a safety instruction ("Please don't use the old tins") as risky, and the instruction lost;
// a nickname asked for with a particle after it ("just call me ecah la") not taken; a bereaved
// customer's worry about losing everything met with a stock "sorry you've had to deal with this";
// a policy wall quoted by its section sign (§) and "unable to make exceptions" not flagged.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, draftAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a draft that tells the customer what not to use, for their safety', () => {
  it('is not flagged for that sentence, so no reframe drops it', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'You sent the wrong baby formula and my daughter is allergic!'],
        ['a', "I'm so sorry, Malak. I'm checking what we have in stock now."],
      ],
      "Thanks for waiting, Malak. I've sent two jars of the hypoallergenic one by same-day courier, tracking SD-44120. Please don't use the Nutri 2 jars: our driver will pick them up when she delivers, and you won't be charged for them.",
    );
    expect(result.flags.map((f) => f.rule)).not.toContain('agent-tone.risky-wording');
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    if (reframe) expect(reframe).toMatch(/don't use the Nutri 2 jars/);
  });
});

describe('a nickname asked for with a particle after it', () => {
  it('"just call me didi la" is the name used from then on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'third time ur technician no show. i took leave again today!!'],
        ['a', 'Hi Puan Siti Nadia, so sorry about this. Let me check.'],
        ['c', 'just call me didi la. puan makes me sound like my mother'],
        ['a', 'Noted, Didi. The job was closed as customer not home at 11:40.'],
        ['c', 'WHAT. i was home the whole day. nobody came. this is a lie'],
      ],
      'Siti Nadia binti Yusof',
    );
    const named = cards.map((c) => c.text).join(' ');
    expect(named).toMatch(/Didi/);
    expect(named).not.toMatch(/Siti|Nadia/);
  });
});

describe('a bereaved customer worried about losing everything', () => {
  it('after the condolences, is told they are not alone in it, not "sorry you\'ve had to deal with this"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello, our holiday cottage is booked for August. My husband died last week and I cannot go. Can I move it to next year?'],
        ['a', "I'm so sorry for your loss, Mrs Dunne. Let me look at the booking."],
        ['c', 'The terms say something about cancelling within 12 weeks. I hope this does not mean I lose everything.'],
      ],
      'Maeve Dunne',
    );
    const apology = cards.filter((c) => c.kind === 'apologize').map((c) => c.text).join(' ');
    expect(apology).toMatch(/don't have to do this alone/);
    expect(apology).not.toMatch(/deal with this/);
  });
});

describe('a policy wall', () => {
  it('quoted by its section sign is hiding behind policy', () => {
    expect(rulesOfAgentLine(engine, 'As per §4.2 of your agreement, the deposit is kept in full.')).toContain('agent-tone.hiding-behind-policy');
  });

  it('"we are unable to make exceptions" is negative framing', () => {
    expect(rulesOfAgentLine(engine, 'We are unable to make exceptions for personal circumstances.')).toContain('agent-tone.negative-framing');
  });
});
