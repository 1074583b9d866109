// What the 106th reading's blind ten (hard chats 1831–1840) found, as kinds, in our own words: a
// widow's "Margus died on 14 September" not read as a death, "sorry for the loss of Margus" not
// read as condolences, and her tears met with "sorry for the trouble… let's get it sorted out"; a
// reframe keeping "If you had concerns," before the way forward; a colleague "a bit of a nightmare
// lately" who "has missed a few jobs", and "it's partly down to the shoes", not read; calling the
// CRTC not read as going to the regulator.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a death told by name and date', () => {
  const CHAT: Parameters<typeof cardsAfter>[1] = [
    ['c', 'Hello. You keep writing to my wife Liisa about her gym contract. Liisa died on 2 October. I do not know what to do with these letters.'],
    ['a', 'Dear Toomas, I am very sorry for the loss of Liisa. I can see the contract. Do you have the membership number?'],
    ['c', 'I do not have it. Another letter came today and I sat in the kitchen and cried. Please just tell me if it is stopped.'],
  ];

  it('is a loss; the condolences given, the tears get someone alongside, not "the trouble"', () => {
    const apology = cardsAfter(engine, CHAT).find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).not.toMatch(/trouble|inconvenien|frustrat|sorry for your loss/);
    expect(apology).toMatch(/alone|with you/);
  });

  it('while a device that "died on 3 occasions" is no death', () => {
    const apology = cardsAfter(engine, [['c', 'The battery died on 3 occasions this week and I lost my work!!']]).find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).not.toMatch(/loss/);
  });
});

describe('a reframe', () => {
  it('drops the condition with the blame it led into', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The walker cut the walk short, the app map shows a straight line. I want my money back.']],
        'Hi Saran. If you had concerns, you should have reported them within an hour of the walk.',
      ) ?? '';
    expect(reframe).not.toMatch(/if you had concerns/i);
  });
});

describe('fault and blame', () => {
  it('a colleague called a nightmare, missed jobs, and "partly down to the shoes"', () => {
    expect(rulesOfAgentLine(engine, 'Honestly our fitter has been a bit of a nightmare lately.')).toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, "He's missed a few appointments, the office knows.")).toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, "To be fair the measurement was right for what we had, it's partly down to the shoes.")).toContain('agent-tone.dismissive');
  });
});

describe('threats', () => {
  it('calling the CRTC', () => {
    expect(rulesOfCustomerLine(engine, "no fix date by tonight and im calling the crtc")).toContain('escalation.regulator');
  });
});
