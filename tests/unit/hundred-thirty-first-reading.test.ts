// What the 131st reading's blind ten (hard chats 2081–2090) found, as kinds, in our own words,
// learned from after it was graded: a reframe turning "if she has any problems from missing a dose
// we will cover all the costs" into a claim, and "it will be at Nasser Pharmacy within the hour"
// into "do everything I can to help"; a reframe keeping the rule's voice ("any damage not recorded
// … is charged to the renter") once its clause number went; "I'll take this on myself and keep you
// updated" to one who refused another call that would "look into it", and to one who said "Cancel
// it, confirm it in writing"; a threat to post it "in the Parents group" unread; sympathy after
// "Thank you Diego, you were very kind" and "sorry for my english jaja".
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a payout for a harm that has not happened', () => {
  it('goes with no claim, and the place the promise named stays in its safer wording', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The insulin was sent to the wrong branch and my father has one pen left. The shop shuts at 8.']],
        "I'm so sorry Amira, our courier obviously mixed up the branches. I promise it will be at Kingsway Chemist within the hour, and if your father has any problems from a missed dose we will pay all his costs.",
      ) ?? '';
    expect(reframe).toMatch(/get it to Kingsway Chemist/);
    expect(reframe).not.toMatch(/claim|costs|losses/);
  });
});

describe('the rule\'s own voice once its clause went', () => {
  it('is not kept as a fact', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The dent was there when I picked the van up, I have a photo from ten minutes later.']],
        'As per section 4 of the hire terms, any damage not marked on the pickup form is charged to the hirer. Photos taken afterwards are not our concern.',
      ) ?? '';
    expect(reframe).not.toMatch(/charged to the hirer/);
  });
});

describe('stock offers to one who refused them', () => {
  it('no "keep you updated" to one who refused another call that would "look into it"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My son was moved out of his Thursday class without a word and the teacher shouted at him.'],
      ['a', "I'm sorry, that shouldn't have happened. Could our coordinator call you tomorrow to go over it?"],
      ['c', 'No. I don\'t want another phone call where someone says they\'ll "look into it". I want him back on Thursday, in writing.'],
    ]);
    expect(cardTexts(cards, 'solution')).not.toMatch(/keep you updated|come back to you/);
  });

  it('"Cancel it, confirm it in writing" is done as asked', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I moved to another provider last week. Cancel my yearly plan and refund the unused months.'],
      ['a', 'Before you go, would you like a free month to try our new features?'],
      ['c', "ARE YOU EVEN LISTENING. I'm not staying. Cancel it, confirm it by email, and tell me what I get back."],
    ]);
    expect(cardTexts(cards, 'solution')).toMatch(/what you asked for/);
    expect(cardTexts(cards, 'solution')).not.toMatch(/take this on myself|look into/);
  });
});

describe('a post in the parents\' group', () => {
  it('is a public threat', () => {
    expect(rulesOfCustomerLine(engine, 'Sort it today, or I post everything in the Riverside Mums group tonight.')).toContain('escalation.public-shaming');
  });
});

describe('praise, then a word of no complaint', () => {
  it('gets no sympathy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My new glasses give me a headache, the left lens feels wrong.'],
      ['a', "I've booked you a free lens check at our Centre branch on Thursday after 3pm."],
      ['c', 'Perfect, Thursday works. Thank you Ana, you were very kind, really'],
      ['c', 'and sorry for my bad english'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});
