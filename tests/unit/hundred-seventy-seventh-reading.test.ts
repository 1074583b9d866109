// What the 177th reading's blind twenty (hard chats 2791–2810, graded on b9fceac before any of
// this) found, as kinds, in our own words: a restatement of the denial that put the agent right
// instead of what went wrong; OJK and "this whole thread … on FB" with no hand-off; "is it going to
// catch fire?" after a burnt smell with no safety card; reframes that left "Just send it on to me."
// once the bill it meant went, and lost the date the desk's own work is delivered by.
import { describe, expect, it } from 'vitest';
import { analyzeTextFully } from '../../src/engine/analyzeText';
import { complaintCandidates, restatableProblem } from '../../src/engine/suggestions/restate';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();
const restated = (text: string) => restatableProblem(complaintCandidates([analyzeTextFully(text)]));

describe('restatements', () => {
  it('a denial beside what went wrong is not said back', () => {
    expect(restated('what transfer?? I didnt transfer anything, the ATM kept my money.') ?? '').not.toMatch(/didn't transfer/);
    // (guard) alone, a thing done in their name is the problem, said back.
    expect(restated('I DID NOT REQUEST ANY SIM SWAP.') ?? '').toMatch(/did not request any SIM swap/i);
  });
});

describe('hand-offs', () => {
  it('OJK is a regulator; "this whole thread + the receipt on FB" shames in public', () => {
    expect(rulesOfCustomerLine(engine, 'if its not back by tomorrow I report to OJK')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'I post this whole thread + the receipt on FB')).toContain('escalation.public-shaming');
  });

  it('"is it going to catch fire?" and a charger that smells burnt are a safety scare; burnt toast is not', () => {
    expect(rulesOfCustomerLine(engine, 'honestly scared to even touch it now. is it going to catch fire?')).toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'the charger smelled burnt last night')).toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'the toast smelled burnt and the eggs were cold')).not.toContain('escalation.safety');
  });
});

describe('reframes', () => {
  it('no "Just send it on to me." left once the bill it meant went', () => {
    const result = draftAfterChat(
      engine,
      [['c', "She's in a splint for 2 weeks. I want to know why she was put on a different pony, and I want the rest of the block refunded, €180 for 6 weeks and she got 3"]],
      "Honestly that's on Ciara, she shouldn't have put a beginner up on Biscuit. It's completely our fault Saoirse fell. We'll refund the full €180 by tomorrow, I promise, and we'll cover the A&E bill too, just send it on to me.",
      'Aoife Brennan',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/send it on to me/i);
  });

  it('the date the desk\'s own work is delivered by is kept', () => {
    const said = 'The revised file and an updated glossary will be delivered by 19 March, 17:00 JST, which leaves time for the review before your submission on 27 March.';
    expect(sendablePartOf(said)).toBe(said);
  });
});
