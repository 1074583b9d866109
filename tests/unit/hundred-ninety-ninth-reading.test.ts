// What the 199th reading's blind twenty (hard chats 3231–3250, graded on d043b0a) found, as kinds, in
// our own words: a reframe that kept "so I can refund you" beside "I'll look into the costs"; a
// favour for next time with thanks to pass on ("if your office could ring… and thank Stuart for us")
// met by "let me look into this"; "so really that one's down to you" unread, its premise kept, and a
// numbered step lost to its list number; "I am not so good now with all this", after a death, unread.
import { describe, expect, it } from 'vitest';
import { isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('drafts', () => {
  it('"so I can refund you" goes with the payout it promises', () => {
    const reframe = reframeAfter(
      engine,
      'your groomer nicked my dog and I paid the vet 6,000 yen. who pays?',
      "This is totally our fault, Aiko was rushing. We will pay the vet bill and any more vet bills in the future. Please send me the receipt so I can refund you.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/send me the receipt/);
    expect(reframe).not.toMatch(/so I can refund you/);
  });

  it('"that one\'s down to you" blames, and its premise, drawn with "so", goes with it', () => {
    expect(rulesOfAgentLine(engine, "The chip came from a pan put down hot, so really that one's down to you.")).toContain('agent-tone.deflecting');
    expect(sendablePartOf("The chip came from a pan put down hot, so really that one's down to you.")).toBeUndefined();
  });

  it('a numbered step is read without its number', () => {
    const reframe = reframeAfter(
      engine,
      'The new cupboard door hangs crooked and the worktop has a chip.',
      "Here's the plan:\n1) Worktop: the fitter comes on Monday at 9 to measure.\n2) Ffion will come with him and adjust the hinge.\nThe chip came from a pan put down hot, so really that one's down to you.",
    );
    expect(reframe).toMatch(/Ffion will come with him and adjust the hinge/);
    expect(reframe).not.toMatch(/\b2\)/);
    expect(isSendableClause('Ffion will come with him and adjust the hinge.')).toBe(true); // (guard)
  });
});

describe('closing', () => {
  it('a favour for next time with thanks to pass on is taken for the team, with the thanks', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The boiler is working again at the nursery, thank you.'],
        ['a', "That's great to hear, Siân. The invoice will go to the usual account."],
        ['c', "If your office could phone our front desk before the engineer comes, it would help, he turned up during nap time twice. Anyway, thanks again, and thank Owain for us, he was very patient."],
      ],
      'Siân',
    );
    expect(cardTexts(cards)).toMatch(/pass it on to the team, along with your thanks/);
    expect(cardTexts(cards, 'solution')).toBe('');
  });
});

describe('grief', () => {
  it('"I am not so good now with all this" after a death is distress, met by someone alongside them', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My father passed away last week. He had a monthly box with you.'],
        ['a', "I'm so sorry for your loss, Pavel. I've paused the box."],
        ['c', 'Thank you. Can I get back the last payment? Sorry my English, I am not so good now with all this.'],
      ],
      'Pavel',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
  });
});
