// What the 206th reading's blind twenty (hard chats 3371–3390, graded on 6044755) found, as kinds, in
// our own words: "Glad to hear it!" to "no harm done" said beside a charge still to be reversed; "stuck
// out there… away from the traffic" to a customer long past the danger, thanking and giving feedback; a
// reframe that kept "cracks like this usually happen when…", the cause pinned on a child, and lost the
// clause its "so I'm sorry" followed from; a reframe that reworded "not guaranteed" as a promise to "get
// it to you" and lost "don't run any water".
import { describe, expect, it } from 'vitest';
import { isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { stillBlames } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('"no harm done" beside something still wanted closes nothing', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the order for our club night never came and we were charged twice'],
        ['a', "Sorry about that. We don't have a date yet, please call billing for the charge."],
        ['c', 'Ok. We managed with borrowed sets in the end, so no harm done I guess. Would still like the double charge of $64 reversed though, without an hour on hold.'],
      ],
      'Sam Ortiz',
    );
    expect(cardTexts(cards)).not.toMatch(/Glad to hear it/);
  });

  it('a danger told earlier is not answered again once they thank and give feedback', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "we're stuck on the hard shoulder in the dark with the kids in the car, the recovery truck never came"],
        ['a', "I'm so sorry. A new truck is with you in 20 minutes."],
        ['c', 'Just wanted to say thanks, the driver was lovely with the kids'],
        ['c', 'One bit of feedback though. If you knew at 6, a text at 7 is too late. Maybe text people when the first truck is cancelled? Also the lay-by was a mud bath, we nearly got stuck again. Anyway see you next time x'],
      ],
      'Gwen',
    );
    expect(cardTexts(cards)).not.toMatch(/stuck out there|away from the traffic/);
  });
});

describe('reframes', () => {
  it('a cause pinned on their child is blame, and the "so" that drew it goes with it', () => {
    expect(stillBlames("so to be honest it's most likely down to Oscar.")).toBe(true);
    expect(stillBlames("it's probably down to the weather this week")).toBe(false); // (guard)
    expect(sendablePartOf("Breaks like this happen when the retainer isn't worn at night, so honestly it's most likely down to Oscar.")).toBeUndefined();
  });

  it('how the system works is said plainly, so the sorry after it still follows', () => {
    expect(isSendableClause("and it's added automatically when a lost retainer is logged in the app")).toBe(true);
  });

  it('"not guaranteed" is a disclaimer, not a promise to reword; a safety step for now is kept', () => {
    const card = reframeAfter(
      engine,
      'you said between 8 and 12, it is 2pm. where is the plumber??',
      "As stated in our terms, arrival windows are estimates and not guaranteed. Our plumber was held up on an emergency job. Honestly if the pipes had been lagged like we advised this would not have happened. He can be there between 4 and 6 today. In the meantime don't flush the toilets.",
    );
    expect(card).not.toMatch(/get it to you|guaranteed|lagged/);
    expect(card).toMatch(/He can be there between 4 and 6 today/);
    expect(card).toMatch(/don't flush the toilets/);
  });
});
