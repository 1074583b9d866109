// What the 217th reading's blind twenty (hard chats 3591–3610, graded on 0d6a19a1) found, as kinds, in
// our own words: "ابن" ("son of") from a header greeted as a name; complaints to a telecoms regulator by its
// initials (PTA, CITC) read as no hand-off; thanks with feedback "for next year:" answered "You're welcome";
// a crew "careless on a few jobs lately" left in a draft unflagged; a reframe that kept "Dr Nowak must not
// have cured the filling properly" and "reception charged you the wrong price"; and one that kept a
// condition ("1) If the trains restart today or tomorrow.") whose step it dropped.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"son of" opening a header is no name to greet ("ابن الديرة", "Ibn Khaldoun 77")', () => {
    for (const header of ['ابن الديرة ⚽', 'Ibn Khaldoun']) expect(nameFrom(header, 'transcript')).toBeUndefined();
  });

  it('guard: a kunya is still said whole ("Abu Faisal")', () => {
    expect(nameFrom('Abu Faisal', 'transcript')?.first).toBe('Abu Faisal');
  });
});

describe('moments', () => {
  it('a telecoms regulator named by its initials is a hand-off ("taking this to PTA", "I complain to CITC")', () => {
    expect(rulesOfCustomerLine(engine, 'Fix my line today or I am taking this to PTA.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'Tomorrow I complain to CITC and move all our lines.')).toContain('escalation.regulator');
  });

  it('thanks, and feedback "for next year:", is passed on, not met with "you\'re welcome"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My return was filed with the wrong address, can you fix it?'],
        ['a', 'Done, Priya: the amended return went out this morning, confirmation AR-5521.'],
        ['c', 'Thanks, that was quick. But honestly, for next year: please confirm when a person has seen my documents. Two weeks of silence is too long. Anyway, have a good evening.'],
      ],
      'Priya Nair',
    );
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/You're welcome/);
  });
});

describe('drafts', () => {
  it('a crew "a bit sloppy lately" is a fault admitted', () => {
    expect(rulesOfAgentLine(engine, "Honestly, Dermot's crew have been a bit sloppy lately, so I'm not surprised.")).toContain('liability-admission.fault');
  });

  it('"Dr Reyes must not have set the crown properly" and "reception charged you the wrong price" go from a draft that concedes', () => {
    const reframe = reframeAfter(
      engine,
      'The crown you fitted fell out after two days and I was charged 900 instead of the 700 I was quoted.',
      "I'm so sorry, this is our fault. Dr Reyes must not have set the crown properly. The invoice says 900 because reception charged you the wrong price. I can book you on Monday at 9:00 with Dr Amari.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/Reyes|wrong price/);
    expect(reframe).toMatch(/Monday at 9:00/);
  });

  it('a condition whose step goes goes with it', () => {
    const reframe = reframeDraft('Here is the plan. There are two options for Friday:\n\n1) If the ferries run again tomorrow, the ferry company will definitely refund you in full, guaranteed.\n2) Otherwise we can book you the coach via the bridge.');
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/If the ferries run again tomorrow\./);
  });

  it('"we move you to the first sailing" after its condition is a step kept', () => {
    const reframe = reframeDraft('Here is the plan. There are two options for Friday:\n\n1) If the ferries run again tomorrow, we move you to the first sailing. Nothing to do on your side, guaranteed.\n2) Otherwise we can book you the coach via the bridge.');
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/If the ferries run again tomorrow, we move you to the first sailing/);
});
});
