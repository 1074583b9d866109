// What the 213th reading's blind twenty (hard chats 3511–3530, graded on 8e2dd28) found, and two reframes
// the 210th left, as kinds, in our own words: an açaí shop's "Açaí" greeted as a name; a sorry for the
// problem that started it all after the slot offered was taken ("Thursday 10:30 is good"); "I'll take
// this on myself" to one who wants the practice manager to phone today, with the health professions
// council and Hellopeter threatened, none of it read; "sorry you've had to deal with this" to a daughter
// who keeps picking up the phone to ring her mother; no card for a text in the dead mother's name again;
// reframes that wrote "get it to you" for a technician's visit, dropped the bill the draft offered to
// cover, opened on "Dear Ms Bassi, and …" and kept "damaged by your driver" and "not going to smell like
// roses"; and one that dropped "a complete refinish … and 20% back" with nothing in its place.
import { describe, expect, it } from 'vitest';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it("a shop named for what it sells is no name (\"Açaí do Porto\", \"Sorveteria Gelato Bom\")", () => {
    for (const header of ['Açaí do Porto 🍇', 'Sorveteria Gelato Bom']) {
      const cards = cardsAfter(engine, [['c', 'You still did not pay us for last month. 4 tickets opened. If the money is not here Friday I go to Procon.']], header);
      expect(cardTexts(cards)).not.toMatch(/\b(?:Açaí|Sorveteria)\b/);
    }
  });
});

describe('moments', () => {
  it('the slot offered, taken, with questions about the visit: no sorry for what started it', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My left hearing aid whistles since Monday, very high. I changed the wax filter like in your video and put a new battery. Still it whistle.'],
        ['a', 'Hi Ole, thank you, and well done for trying those. Does it whistle only when it is in your ear?'],
        ['c', 'Only in the ear. When I put my hand close to the ear it is more worse.'],
        ['a', 'Thank you! An old dome is a common reason, a quick fix in the clinic and free under your plan. I have Tuesday 9:00 or Wednesday 14:30. Which suits you?'],
        ['c', 'Wednesday 14:30 is good. One question more: my son drives me, can he come in the room with me? And I must bring the charger box also?'],
      ],
      'Ole Hansen',
    );
    expect(cardTexts(cards)).not.toMatch(/sorry|frustrating|trouble/i);
  });

  it('the practice manager asked to phone today, a health professions council and Hellopeter threatened: a hand-off', () => {
    const rules = rulesOfCustomerLine(engine, "I want Dr Naidoo or the practice manager to phone me today. Not email. Or I'm going to the HPCSA and Hellopeter.");
    expect(rules).toEqual(expect.arrayContaining(['escalation.manager-request', 'escalation.regulator', 'escalation.public-shaming']));
    const cards = cardsAfter(engine, [
      ['c', 'You cancelled my appointment and still billed my medical aid R1,800.'],
      ['a', "I'm really sorry about this, I do apologise for the inconvenience."],
      ['c', "Your sorry doesn't fix my claim. I want Dr Naidoo or the practice manager to phone me today. Not email. Or I'm going to the HPCSA and Hellopeter."],
    ]);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
    expect(cardTexts(cards)).not.toMatch(/take this on myself/);
  });

  it('"I keep picking up the phone to ring her" is grief shared, not "sorry you\'ve had to deal with this"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My father passed away on Friday and his name is spelt wrong in the death notice you printed.'],
        ['a', "I'm so sorry for your loss, Mere. I've corrected it for Saturday's paper."],
        ['c', 'Thank you. I keep picking up the phone to call him and tell him about the silly newspaper.'],
      ],
      'Mere Walker',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/Thank you for telling me/);
    expect(texts).not.toMatch(/deal with this/);
  });

  it('a text in the name of the one they lost, again, is owned', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My husband died last month and your surgery keeps texting him about his flu jab.'],
        ['a', "I'm so sorry for your loss. I've switched the reminders off."],
        ['c', "Got another one today. I know it's only a text but I don't want to see his name like that again."],
      ],
      'Brenda Lowe',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/that reached you/);
  });
});

describe('reframes', () => {
  it("a technician's visit is hedged as the technician's, and the bill offered is asked about, not dropped", () => {
    expect(saferWordingFor('a tech will be there Friday morning for sure')).toMatch(/get the tech to you/);
    const card = reframeAfter(
      engine,
      "The new heat pump tripped again and flooded the utility room. Who pays the €300 plumber? I want someone out this week.",
      "Hi Pat, honestly this is our fault, Liam didn't seal the pipe properly. We'll cover the full €300 plumber bill, and a tech will be there Friday morning for sure.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/get it to you|Liam|for sure/);
    expect(card).toMatch(/tech/);
    expect(card).toMatch(/claim|costs|offer something/);
  });

  it('no "Dear X, and …" opening, and "damaged by your driver" and "not going to smell like roses" go', () => {
    const card = reframeAfter(
      engine,
      'The return report your inspector signed says no damage. Why am I invoiced €900 for the bumper?',
      "Dear Mr Conti, as per clause 9.1 of our terms, the final check is done by our expert after return, and the return report is only preliminary. The photos show the bumper was damaged by your driver, and with all respect a builder's van is not going to smell like roses.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/,\s+and the return report/);
    expect(card).not.toMatch(/your driver|roses/);
  });

  it('a refinish and a share of the price back are replaced by what the agent can ask, not dropped', () => {
    const card = reframeAfter(
      engine,
      'The table you restored came back with a deep scratch on the top.',
      'Honestly, our movers did this, so we are fully liable. We will pay for a complete refinish of the top and give you 15% back from the €2,400.',
    );
    expect(card).toMatch(/offer something for the trouble/);
    expect(card).not.toMatch(/15%|refinish|liable/);
  });
});
