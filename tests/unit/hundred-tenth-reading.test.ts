// What the 110th reading's blind ten (hard chats 1871–1880) found, as kinds, in our own words,
// learned from after it measured the code: three reframes that kept what they should remove:
// "…was packed by you, not by our crew" (blame, once the clause after it went); a colleague
// disowned ("our staff are not authorised to comment … and should not have said that"); and
// "I'll make sure you get compensated for …, you'll have it by Friday" reworded into a promise to
// "get it to you by Friday" with nothing left for "it" to name.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();
const upset: [['c', string]] = [['c', 'The sofa you delivered has a torn arm and I have waited three weeks for an answer!!']];

describe('a reframe', () => {
  it('drops "done by you, not by our team" along with the blame it leads into', () => {
    const reframe =
      reframeAfterChat(
        engine,
        upset,
        "I've logged your claim as DM-2291. To be fair, the sofa was unwrapped by you, not by our drivers, so the tear is most likely from your own unwrapping and not something we'll cover.",
      ) ?? '';
    expect(reframe).toMatch(/DM-2291/);
    expect(reframe).not.toMatch(/by you|not by our|your own/);
  });

  it('drops a colleague disowned for what they told the customer', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'the guard at the gate even said the validators have been broken all week, so dont tell me I didnt validate']],
        "As per our terms, it is the passenger's responsibility to validate the ticket. Fines are non-refundable. Our attendants are not authorised to comment on validator faults and should not have said that.",
      ) ?? '';
    expect(reframe).not.toMatch(/not authori[sz]ed|should not have said/);
  });

  it('turns "make sure you get compensated …, you\'ll have it by Friday" into a claim, with no orphaned "it"', () => {
    const reframe =
      reframeAfterChat(
        engine,
        upset,
        "I completely understand. I'll make sure you get compensated for all the days you had no sofa, you'll have it by Friday.",
      ) ?? '';
    expect(reframe).toMatch(/claim/);
    expect(reframe).not.toMatch(/\bit to you\b|by Friday/);
  });
});

describe('blame', () => {
  it('"the dent is probably your own handling" is blame', () => {
    expect(rulesOfAgentLine(engine, 'To be honest the dent is probably your own handling, so it is not covered.')).toContain('agent-tone.dismissive');
  });
});

describe('a restatement', () => {
  it('never says back "you don\'t really know how these things work"', () => {
    const cards = cardsAfter(engine, [
      ['c', "Hi. I'm writing for my late mother. She died in March and I'd like to close her phone contract. I don't really know how these things work. I'm Aoife."],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/know how these things work/);
  });
});
