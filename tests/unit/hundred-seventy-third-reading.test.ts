// What the 173rd reading's blind twenty (hard chats 2711–2730, graded on 6ba5a43 before any of
// this) found, as kinds, in our own words: the familiar name kept after she asked for the formal
// one, a Vietnamese given name cut short under the agent's "Minh Anh", the given name where the
// agent says "Tanaka-san"; a word for the team met with "just reply here"; reframes that kept a
// conditional refund as a refund requested now and "you can stop paying", lost a staff member's
// next step, and kept the fact a jab was drawn from. Also one left from the 171st: a father on
// oxygen facing a disconnection notice had no card at all.
import { describe, expect, it } from 'vitest';
import { isOverpromise, saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { signOffOf } from '../../src/engine/suggestions/clauses';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"please is Guadalupe, Lupita is only for my friends" asks for Guadalupe', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@BancoNorte there are 3 charges on my debit card I never made, and the line had me waiting 40 minutes'],
        ['a', '@lupita_r Hola Lupita, please DM us your full name and the last 4 digits of your card.'],
        ['c', '@BancoNorte I send the DM now. and please is Guadalupe, Lupita is only for my friends'],
        ['a', '@lupita_r Thank you. We have blocked the card and opened a dispute. It can take up to 45 business days.'],
        ['c', '@BancoNorte 45 days?? that is my rent for this month. the money come back or not?'],
      ],
      'Lupita 🌻',
    );
    const text = cards.map((c) => c.text).join(' ');
    expect(text).toMatch(/Guadalupe/);
    expect(text).not.toMatch(/Lupita/);
  });

  it('the agent greeting by a reply handle ("@x Thank you Guadalupe.") takes up the name she wrote', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@BancoNorte there are 3 charges on my card I never made. and please is Guadalupe'],
        ['a', '@lupita_r Thank you Guadalupe. We have blocked the card and opened a dispute.'],
        ['c', '@BancoNorte and how long does it take?? that is my rent'],
      ],
      'Lupita 🌻',
    );
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/Lupita/);
  });

  it('"Hello Minh Anh!" under "Nguyễn Minh Anh" gives "Minh Anh", as the agent said it', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@TrailsVN hi, I booked the 2 day cruise for 14/4. can my mother join also?'],
        ['a', '@minhanh_ng Hello Minh Anh! Yes, you can add one adult. The payment link is in your email.'],
        ['c', '@TrailsVN ok I paid already. one more question, the pick up is at hotel lobby or outside?'],
      ],
      'Nguyễn Minh Anh',
    );
    expect(cards.map((c) => c.text).join(' ')).toMatch(/\bMinh Anh\b/);
  });

  it('"Hello Tanaka-san" under "Tanaka Yuki": the cards say Tanaka-san too', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello, I saw the new visit schedule for my mother. Thank you very much.'],
        ['a', 'Hello Tanaka-san, you are very welcome. The Saturday visits start on the 26th.'],
        ['c', 'Yes it is perfect. My mother likes Sato-san very much, she is kind and patient. Please tell her thank you from me.'],
      ],
      'Tanaka Yuki',
    );
    const text = cards.map((c) => c.text).join(' ');
    expect(text).toMatch(/Tanaka-san/);
    expect(text).not.toMatch(/\bYuki\b/);
  });
});

describe('a word for the team', () => {
  it('"Maybe the team can think about this. But ok, today I\'m happy. Thank you" is passed on, not "just reply here"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Thank you for the new schedule, it is perfect.'],
        ['a', 'You are very welcome!'],
        ['c', 'Only one thing: the office phone is only open while I sleep, so I can only write here and wait. Maybe the team can think about this. But ok, today I am happy. Thank you again'],
      ],
      'Ana Souza',
    );
    const text = cardTexts(cards, 'follow-up');
    expect(text).toMatch(/pass it on/);
    expect(text).not.toMatch(/just reply here/);
  });
});

describe('reframes', () => {
  it('a refund on a condition not yet met is checked, not requested now; "you can stop paying" is no promise of ours', () => {
    expect(saferWordingFor("And if you pay even one month past 120 you'll get a full refund, guaranteed.")).not.toMatch(/request the refund now/);
    expect(isOverpromise("You can basically stop paying after April, you're done.")).toBe(true);
    expect(saferWordingFor("You can basically stop paying after April, you're done.")).toMatch(/confirm exactly when your payments can stop/);
    // (guard) an unconditional refund promised is still requested.
    expect(saferWordingFor("I promise you'll get a full refund.")).toMatch(/request the refund now/);
  });

  it('"your count will be back to 118" keeps what is put back', () => {
    expect(saferWordingFor('I promise your count will be back to 118 by March 1.')).toMatch(/get your count back to 118/);
  });

  it('a staff member\'s next step ("The audiologist will do a measurement, and if …, we will give you a loaner") is kept', () => {
    const said = 'The audiologist will do a feedback measurement, and if the device has to go to the manufacturer, we will give you a loaner device for your trip on 20 May.';
    expect(sendablePartOf(said)).toBe(said);
  });

  it('the fact a jab is drawn from goes with the jab', () => {
    expect(sendablePartOf('The gate change was on all the screens, so maybe looking up would have helped.')).toBeUndefined();
    // (guard) a plain fact with no jab drawn from it stays.
    expect(sendablePartOf('The gate change was on all the screens.')).toBe('The gate change was on all the screens.');
  });

  it('"non-refundable and rebooking costs €25" no longer rides on "I\'m not able to refund"', () => {
    const reframe = reframeDraft('Missed sailings are non-refundable and rebooking costs €25 per ticket. Nothing else I can do.') ?? '';
    expect(reframe).toMatch(/not able to refund missed sailings,/);
    expect(reframe).not.toMatch(/refund missed sailings and rebooking/);
  });

  it('a sign-off with the shop after a dash stays the agent\'s own', () => {
    expect(signOffOf('Please reply with the time that suits you. Kind regards Jana – Hörwelt Akustik Altona')).toBe(' Kind regards Jana – Hörwelt Akustik Altona');
  });

  it('the reframe keeps the staff step that answers the trip', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'The whistling is back and the battery door is broken. I travel on 20 May and cannot be without the devices.']],
      'Clearly our technician broke the battery door, so that part is entirely our fault. The audiologist will do a feedback measurement, and if the device has to go to the manufacturer, we will give you a loaner device for your trip on 20 May.',
      'Klaus Wiedemann',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).toMatch(/loaner device/);
    expect(reframe).not.toMatch(/our fault/);
  });
});

describe('power for care, about to be cut', () => {
  it('"on oxygen at night, we cant have the light cut off" hands off as a priority, with no smoke or fire', () => {
    const cards = cardsAfter(engine, [['c', 'we got a disconnection notice on the gate. my father is 81 and on oxygen at night, we cant have the light cut off']], 'Marcia Reid');
    expect(cardTexts(cards, 'escalate')).toMatch(/depends on power for their care/);
    const apology = cardTexts(cards, 'apologize');
    expect(apology).toMatch(/disconnection/);
    expect(apology).not.toMatch(/smoke|fire|unplug/);
  });
});
