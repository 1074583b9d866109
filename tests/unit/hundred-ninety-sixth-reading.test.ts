// What the 196th reading's blind twenty (hard chats 3171–3190, graded on 57fd86d) found, as kinds, in
// our own words: "sorry for asking again" to one who said "not another sorry"; "don't give me sorry"
// (no article) unread; a regulator named by its letters (BCA) unread; the only place someone goes to
// talk to their late father unread as grief, and "I'm a bit all over the place" after the condolences unread as distress; "as it is written in clause 7" and "talk with your bank"
// unread; a numbered list of polite requests told how frustrating it must be; a child's broken wrist, in a cast for weeks, sent to the emergency number; a reframe that kept "in any situation", lost a capped reimbursement and a maker's own
// finishing date, and cut "before 15 March" to "before 15".
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { promisesCompensation } from '../../src/engine/suggestions/compensation';
import { bundledEngine, type ChatLine, cardsAfter, cardTexts, reframeAfter, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();
const cues = (text: string) => [...customerCuesOf(analyzeText(text) as never)];

describe('no more sorry', () => {
  it('asked again and told "not another sorry": no sorry for asking, the hand-off when they asked for one', () => {
    const asked: ChatLine[] = [
      ['c', 'The new gutter you fitted on the 3rd is dripping straight onto the front step, job GT-5521.'],
      ['a', 'Sorry about that! Could you give me the job number so I can check?'],
    ];
    const withManager = cardsAfter(engine, [...asked, ['c', "I gave you the job number already, GT-5521. Put me through to a supervisor. Not another sorry, a supervisor."]], 'Ailsa');
    expect(cardTexts(withManager)).not.toMatch(/\bsorry\b/i);
    expect(cardTexts(withManager, 'escalate')).not.toBe('');
    const without = cardsAfter(engine, [...asked, ['c', 'I gave you the job number already, GT-5521. And no more sorry, just tell me when someone comes.']], 'Ailsa');
    expect(cardTexts(without, 'apologize')).toMatch(/already given me that/);
    expect(cardTexts(without, 'apologize')).not.toMatch(/\bsorry\b/i);
  });

  it('"don\'t give me sorry" with no article refuses apologies', () => {
    expect(cues("Don't give me sorry, give me a time the fitter is coming.")).toContain('refuses-sorry');
    expect(cues('Please do not send us sorry again, send the engineer.')).toContain('refuses-sorry');
  });

  it('(guard) "don\'t give me the runaround" refuses nothing', () => {
    expect(cues("Don't give me the runaround, when is the part coming?")).not.toContain('refuses-sorry');
  });
});

describe('composed requests', () => {
  it('requests set out as a numbered list are not told how frustrating it must be', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hi, Malik here, my daughter Aya is in the Saturday pottery class.'],
        ['a', 'Hi Malik, how can I help?'],
        ['c', 'Three things: 1) she had the flu and missed two classes, can she make them up? 2) the kiln fee was taken twice from my card this month 3) can I change her to Sundays from May?'],
      ],
      'Malik',
    );
    expect(cardTexts(cards)).not.toMatch(/frustrat/i);
  });
});

describe('safety', () => {
  it('an injury already in a cast, or with the doctor\'s word on it, is no emergency', () => {
    expect(rulesOfCustomerLine(engine, 'Tomás broke his leg skiing two weeks ago and he is wearing a cast for another month, can we pause the tennis?')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'She broke her wrist on Saturday and the GP says no swimming until the summer.')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'Your instructor let her fall off the wall and she broke her wrist!')).toContain('escalation.safety'); // (guard)
  });
});

describe('hand-offs', () => {
  it('a building regulator named by its letters is a regulator threat', () => {
    expect(rulesOfCustomerLine(engine, 'If the lift is not running by Friday we report to BCA.')).toContain('escalation.regulator');
  });
});

describe('grief', () => {
  it('the only place they go to talk to the one they lost is grief, and the place is what the card speaks of', () => {
    expect(cues('That bench was the only place I could go and talk to her.')).toContain('bereaved');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The tree we planted for my brother in the memorial garden has been snapped in half.'],
        ['a', "I'm so sorry. What an awful thing to find. Can you tell me which plot it is?"],
        ['c', "sorry. it's plot 14. it was the only place we could still go and be with him. will it be replaced? we can't pay for another"],
      ],
      'Niamh',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/that place means/);
    expect(cardTexts(cards)).not.toMatch(/trouble|frustrating|inconvenience/i);
  });

  it('lost in it after the condolences ("all over the place", "don\'t know if I\'m supposed to…"): someone alongside them', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My husband died in March and the broadband is still in his name. Now you say you will cut it off.'],
        ['a', "I'm so sorry, Mrs Doyle, that's a terrible thing to be dealing with. I've paused any cut-off on the account."],
        ['c', "Thank you. Sorry, I'm all over the place. I don't know whether I'm meant to close it or move it to me, and my son needs it for school."],
      ],
      'Bríd Doyle',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
  });

  it('(guard) "the only place I can park" is no grief', () => {
    expect(cues('It was the only place I could park near the station and you fined me.')).not.toContain('bereaved');
  });
});

describe('drafts', () => {
  it('"as it is written in clause…" and "the rules that you signed" hide behind policy; "talk with your bank" deflects', () => {
    expect(rulesOfAgentLine(engine, 'As it is stated in article 9 of the booking conditions, the deposit is kept.')).toContain('agent-tone.hiding-behind-policy');
    expect(rulesOfAgentLine(engine, 'The fee stays, it is in the regulations that you signed.')).toContain('agent-tone.hiding-behind-policy');
    expect(rulesOfAgentLine(engine, 'For the charge on your card you have to talk with your bank.')).toContain('agent-tone.deflecting');
  });

  it('a reframe says the no without "in any situation" and without sending them to the bank', () => {
    const reframe = reframeAfter(
      engine,
      'Can I get the exam fee back? My son has glandular fever and can not sit it. Also you took the fee twice from my card.',
      'As it is written in the rules that you signed, the exam fee is not refundable under any circumstances. Probably you paid twice yourself, you need to talk with your bank.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/any circumstances|your bank|yourself/i);
  });

  it('a reimbursement with its limit named is an offer a reframe keeps', () => {
    expect(promisesCompensation('Send us the receipt and we will reimburse up to £40 by bank transfer.')).toBe(false);
    expect(isSendableClause('we will reimburse up to £40 by bank transfer.')).toBe(true);
    expect(promisesCompensation('Send us the receipt and we will reimburse you for everything.')).toBe(true); // (guard)
  });

  it("a maker's own finishing date is a step a reframe keeps", () => {
    expect(isSendableClause('We can finish the curtains by 9 April and post them the same week.')).toBe(true);
  });

  it('a deadline of a day and its month keeps both, and the thing promised is named', () => {
    expect(saferWordingFor('I promise 100% the curtains will be with you before 20 April.')).toBe("I'll do everything I can to get the curtains to you before 20 April, and I'll keep you updated.");
    expect(saferWordingFor('Guaranteed, you will have it by May 2nd.')).toMatch(/by May 2nd/);
  });
});
