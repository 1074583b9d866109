// Properties over generated input: the builders never throw on whatever a chat contains, and
// never turn what the customer says the company did into an admission ("we sent you …").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { fillTemplate, pickComplaint, reframeDraft, restatePhrasings, toSecondPerson } from '../../src/engine/suggestions';

const companyAction = fc
  .tuple(
    fc.constantFrom('', 'UGH ', 'Seriously, ', 'wtf '),
    fc.constantFrom('You', 'you', 'You guys', 'YOU'),
    fc.constantFrom('', ' never', " didn't", " still haven't", ' have'),
    fc.constantFrom(' sent', ' charged', ' cancelled', ' lost', ' shipped', ' billed', ' send', ' charge'),
    fc.constantFrom(' me', ' my order', ' my parcel', ' the wrong item', ' us', ' our package'),
    fc.constantFrom('', ' twice', ' to the wrong address', ' without asking me', ' and I am furious'),
    fc.constantFrom('', '!!!', '.', '?!'),
  )
  .map((parts) => parts.join(''));

describe('suggestion builders on generated input', () => {
  it('never restate a company action as the company admitting it', () => {
    fc.assert(
      fc.property(companyAction, (sentence) => {
        const restated = toSecondPerson(sentence);
        expect(restated).not.toMatch(/\bwe\b|\bour\b/i);
        expect(restated).not.toMatch(/[!?]$/);
        for (const p of restatePhrasings(sentence, 'Dana')) expect(p).not.toMatch(/\bwe (?:sent|charged|cancelled|lost|shipped|billed)\b/i);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        toSecondPerson(text);
        restatePhrasings(text);
        const reworded = reframeDraft(text);
        if (reworded !== undefined) expect(reworded.length).toBeGreaterThan(0);
        fillTemplate(text, { firstName: 'Dana' });
      }),
      { numRuns: 300 },
    );
  });

  it('never leave "calm down" in a reworded draft', () => {
    const draft = fc
      .tuple(fc.constantFrom('', 'Please ', 'You need to ', 'OK, '), fc.constantFrom('calm down', 'CALM DOWN', 'Calm down'), fc.constantFrom('', ', sir', ' please'), fc.constantFrom('.', '!!', ''), fc.constantFrom('', ' I am looking at your order now.'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(draft, (text) => {
        expect(reframeDraft(text)).not.toMatch(/calm down/i);
      }),
    );
  });

  it('picks a complaint from arbitrary chat text without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 4 }), (turns) => {
        pickComplaint(turns.map(analyzeText));
      }),
      { numRuns: 100 },
    );
  });
});
