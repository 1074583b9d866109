// What the 171st reading's blind twenty (hard chats 2671–2690, graded on 6cca219 before any of
// this) found, as kinds, in our own words: "vlw … refund ok … tell ur devs the app is trash" and
// "Bit of feedback for whoever does enrolment" met with a remedy or "how frustrating"; a reframe cut
// at "Dra." and one that lost the "if" of a list of warning signs led by "While you wait:", and kept
// a colleague's record of no-shows; threats to Finansklagenemnda or the Rzecznik Konsumentów, and
// the owner's name and phone demanded, with no hand-off.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('feedback with thanks', () => {
  it('"valeu … tell ur devs the app is trash" is thanks and feedback, passed on', () => {
    const cards = cardsAfter(engine, [
      ['c', '@StreamCo cancelled last month and you charged me again R$ 29,90'],
      ['a', '@rafa_br Sorry Rafa! The cancellation failed on our side. Refunded and cancelled for real now.'],
      ['c', '@StreamCo valeu 👍 refund ok. still, tell ur devs the samsung app is trash kkkk'],
    ]);
    expect(cards.some((c) => c.kind === 'solution' || c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });

  it('"Bit of feedback for whoever does …" after thanks is passed on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'I was charged for two evening courses but I should have the fee waiver.'],
        ['a', 'You are right, the waiver was missing. I have applied it and refunded the £180.'],
        ['c', 'Brilliant, diolch yn fawr!'],
        ['c', 'Bit of feedback for whoever does the website tho. Nothing on the form mentions the waiver. Not your fault! Hwyl'],
      ],
      'Cerys Morgan',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });
});

describe('reframes', () => {
  it('"Dra." before a name ends no sentence', () => {
    expect(splitSentences('I have booked you with Dra. Paula Ríos at 10 am. There is no charge.')).toEqual(['I have booked you with Dra. Paula Ríos at 10 am.', 'There is no charge.']);
  });

  it('keep the "if" of warning signs led by "While you wait:"', () => {
    const said = 'While you wait: if he has trouble breathing or his fever goes above 39.5 °C, please call 911 right away.';
    expect(sendablePartOf(said)).toBe(said);
  });

  it('drop a colleague\'s record of no-shows', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'We waited 30 minutes in the video room and the doctor never came. My father has a fever.']],
      "Honestly, Dr. Ruiz (tonight's doctor) has had no-shows all week, it's not the first complaint. I've refunded the consultation and booked you with Dr. Lima at 9:40 pm.",
      'Marco Silva',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/no-shows|first complaint/);
    expect(reframe).toMatch(/Dr\. Lima/);
  });
});

describe('hand-offs', () => {
  it('Finansklagenemnda and the Rzecznik Konsumentów', () => {
    expect(rulesOfCustomerLine(engine, 'If nobody comes this week I go to Finansklagenemnda.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'Otherwise a complaint to the Rzecznik Konsumentów.')).toContain('escalation.regulator');
  });

  it('the owner\'s name and phone demanded', () => {
    expect(rulesOfCustomerLine(engine, 'Give me the name and phone of the manager or the owner. Today.')).toContain('escalation.manager-request');
  });
});
