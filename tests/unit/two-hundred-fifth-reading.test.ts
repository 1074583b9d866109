// What the 205th reading's blind twenty (hard chats 3351–3370, graded on 2411093) found, as kinds, in
// our own words: a reframe that lost "we'll be there first thing tomorrow" and kept only the claim; a
// parent asking "should I come to hospital now?" told "your safety comes first"; a reframe that kept
// "we can't act on every opinion we're sent"; threats to a consumer body, a review on a booking site
// and "every bakery in Valencia will know", and "is there somebody who can decide this?", with no
// hand-off; a bereaved mother who "can't face ringing the ward" given no card.
import { describe, expect, it } from 'vitest';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('reframes', () => {
  it('"we\'ll be there first thing tomorrow, guaranteed" is a visit aimed at, kept beside the claim', () => {
    expect(saferWordingFor("we'll be there first thing Monday")).toMatch(/get someone out to you/);
    const card = reframeAfter(
      engine,
      'water is coming through the ceiling again. when can someone come?',
      "Honestly that's on us, Liam rushed the seal. Don't worry, we'll be there first thing tomorrow, guaranteed, and we'll cover the carpet and the plaster, no questions asked.",
    );
    expect(card).toMatch(/get someone out to you by tomorrow/);
    expect(card).not.toMatch(/guaranteed|no questions asked/);
  });

  it('"we can\'t act on every opinion we\'re sent" is dismissive', () => {
    expect(rulesOfAgentLine(engine, "I'm sure your surveyor is very good, but we can't act on every opinion we're sent.")).toContain('agent-tone.dismissive');
  });
});

describe('safety', () => {
  it('"should I come to hospital now?" about a patient is answered with the ward, not "your safety"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my son had his operation with you on Monday'],
        ['c', 'the nurse has not called back. he has a high fever now and is crying and not drinking. should I bring him to the hospital now?'],
      ],
      'Priya Nair',
    );
    expect(cardTexts(cards)).toMatch(/call the ward now/);
    expect(cardTexts(cards)).not.toMatch(/your safety comes first/);
  });
});

describe('hand-offs said in other words', () => {
  it('a consumer body, a review on a booking site, "every … will know", and someone who can decide', () => {
    expect(rulesOfCustomerLine(engine, 'if the heating is not fixed by noon I go to the Arbeiterkammer')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'tonight I write the review on Booking.com')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'every dog owner in Cork will know about it')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'Is there somebody who can decide this, or only you?')).toContain('escalation.manager-request');
    expect(rulesOfCustomerLine(engine, 'is there somebody who can help me carry it upstairs when it arrives?')).not.toContain('escalation.manager-request'); // (guard)
  });
});

describe('grief', () => {
  it('"I can\'t face ringing the ward" after the condolences gets someone alongside', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'our son was stillborn last month. I booked the support group and heard nothing'],
        ['a', "I'm so very sorry about your son. I can see your booking, the confirmation didn't go out."],
        ['c', "the hospital said they'd post his footprints but nothing came and I cant face ringing them"],
      ],
      'Dana',
    );
    expect(cardTexts(cards)).toMatch(/don't have to do this alone/);
  });
});
