// What the 209th reading's blind twenty (hard chats 3431–3450, graded on 492267a) found, as kinds, in
// our own words: an Indonesian desk's "Hi Kak" taken for the customer's name; "sorry for the trouble" to
// a calm question whose only "problem" was "no problem"; "my name is Emre Can, not
// Emre" not taken up; a polite question about an ambulance invoice met with "your safety comes first";
// "GOT IT 🙌 … ty ty ty!!" after a new code met with "I'll follow up with you by email"; a reframe that
// cut "Sister Mokoena's team and" from "…and the laundry searched", leaving "The laundry … haven't", and
// dropped "That's your brother's address on file", leaving "I've now added yours as well"; one that
// made "I promise the 6 new frames and the 2 kg of wax sheets will be with you by Thursday" into "I'll do
// everything I can to help".
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/engine/suggestions/clauses';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"Hi Kak" greets with a term of address, no name', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'udah 40 menit nunggu driver, order FD-2291, saldo udah kepotong 55rb. pls help'],
        ['a', 'Hi Kak, mohon maaf 🙏 boleh DM nomor order dan nomor HP ya?'],
        ['c', 'ALREADY SENT IT TWICE. order FD-2291. third time you ask the same thing, unbelievable'],
      ],
      'teh manis lover 🍵',
    );
    expect(cardTexts(cards)).not.toMatch(/\bKak\b/);
  });

  it('"my name is Emre Can, not Emre": the double given name is the one the cards use', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Can I move my tickets from Saturday to Sunday?'],
        ['a', 'Hi Ali! Changes can only be made at the box office.'],
        ['c', 'Ok. One small thing: my name is Ali Rıza, not Ali 🙂'],
        ['a', 'Thank you for telling me.'],
        ['c', 'The box office was closed when we went, we took the bus for nothing. This is really annoying.'],
      ],
      '@alirizak',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/Ali Rıza/);
  });
});

describe('moments', () => {
  it('"…we go to another place, no problem": a calm question with only "no problem" in it gets no sorry', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Can I book two seats for Sunday at 19:00, one for a wheelchair user?'],
        ['a', 'Hi Ola! Wheelchair places can only be booked by phone.'],
        ['c', 'Ok, understood. Can you check if there is a wheelchair place on Sunday please? If there is none we go to another cinema, no problem.'],
      ],
      'Ola Nowak',
    );
    expect(cardTexts(cards)).not.toMatch(/sorry|frustrating/i);
  });

  it('a question about an ambulance invoice is a billing question, not a danger', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello, I received invoice no. AMB-77120 for the ambulance transport of my mother last month, EUR 640. Does the insurer pay you, or do I pay and claim it back?'],
        ['a', 'Thank you, I have found the invoice. Are you writing on her behalf?'],
        ['c', 'Yes, I hold her power of attorney. Can I pay it a week late? I am travelling until the 12th.'],
      ],
      'Petra Novak',
    );
    expect(cardTexts(cards)).not.toMatch(/safety comes first|emergency/i);
  });

  it('"got it 🙌 ty!!" after the agent sent a new code closes the case', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the locker code you sent doesnt work, im standing outside in the snow'],
        ['a', "Sorry! I've sent a new code by SMS just now."],
        ['c', 'got it 🙌 ty ty!! hands frozen but the parcel is mine'],
      ],
      'Aino',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/follow up with you by email/);
    expect(texts).toMatch(/Glad to hear it|welcome/);
  });
});

describe('reframes', () => {
  it('two subjects joined by "and" are one clause; "Sorry and …" is still two (guard)', () => {
    expect(splitClauses("Dr Lund's team and the porters checked every ward this morning")).toHaveLength(1);
    expect(splitClauses('Sorry and the refund is on its way')).toHaveLength(2);
    expect(sendablePartOf("On the ring: Dr Lund's team and the porters checked every ward this morning and haven't found it yet.")).toMatch(/^On the ring: Dr Lund's team and the porters/);
  });

  it('a promise of two things, made safe, names them both, not "help" or "it"', () => {
    const card = reframeAfter(
      engine,
      'Half the jars came smashed. I need them for the market on Saturday!!',
      "Honestly this is completely our fault, our packer didn't check the box. I promise the 12 new jars and the 3 lids will be with you by Friday with express.",
    );
    expect(card).toMatch(/get the 12 new jars and the 3 lids to you by Friday/);
  });

  it('whose details are on file is told plainly, so "I have added yours as well" still names something', () => {
    expect(sendablePartOf("That's your sister Ama's email on file, so I've added yours as well.")).toMatch(/^That's your sister Ama's email on file/);
  });
});
