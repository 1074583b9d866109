// What the 142nd reading's blind ten (hard chats 2191–2200) found, as kinds, in our own words,
// learned from after it was graded: "you want this put right, not another apology" shown again
// after the agent had answered the refusal; a reframe keeping "so the fee is not negotiable" and
// "that's really between you and your bank"; a bereaved customer who does not know what to tell
// her mother left with no card.
import { describe, expect, it } from 'vitest';
import { withoutDeflection } from '../../src/engine/suggestions/deflection';
import { bundledEngine, cardsAfter, cardTexts, type ChatLine, draftAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a refusal of sorry the agent already answered', () => {
  const lines: ChatLine[] = [
    ['c', 'The van you rented me had a dent before I took it and now you charge me 900 for it'],
    ['a', "I'm sorry about this. Let me look at the pickup photos."],
    ['c', "don't say sorry again. just check the photos"],
    ['a', 'Understood. I have the pickup sheet open now. Could you send me your own photo from the car park?'],
    ['c', 'sent. the dent is right there at the back, the sheet says nothing'],
  ];

  it('is not answered a second time', () => {
    expect(cardTexts(cardsAfter(engine, lines, 'Omar Haddad'), 'apologize')).toBe('');
  });

  it('is still owned when the agent said sorry all the same', () => {
    const sorryAgain: ChatLine[] = [...lines.slice(0, 3), ['a', "I'm so sorry, I'm checking the photos now."], ['c', 'the dent is right there. check it']];
    expect(cardTexts(cardsAfter(engine, sorryAgain, 'Omar Haddad'), 'apologize')).toMatch(/not another apology/);
  });
});

describe('a policy wall and a brush-off in one draft', () => {
  const chat: ChatLine[] = [
    ['c', 'Why did you keep £280 of my deposit? The flat was spotless and the refund went to an account I closed.'],
    ['a', 'Let me check the check-out report for you.'],
    ['c', 'My mother paid this deposit. It is a lot of money for us.'],
  ];

  it('reads "not negotiable" and "really between you and your bank"', () => {
    expect(rulesOfAgentLine(engine, 'An end-of-tenancy clean is required, so the £280 is not negotiable.')).toContain('agent-tone.negative-framing');
    expect(rulesOfAgentLine(engine, "The money went to the account on file, so if you closed it that's really between you and your bank.")).toContain('agent-tone.deflecting');
  });

  it('the reframe keeps the facts and drops both', () => {
    const result = draftAfterChat(
      engine,
      chat,
      "An end-of-tenancy clean is required in every flat, so the £280 is not negotiable. The refund went to the account on file, so if you closed it that's really between you and your bank.",
      'Aigerim Bekova',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).toMatch(/The refund went to the account on file\./);
    expect(reframe).not.toMatch(/negotiable|between you and|your bank/i);
  });

  it('a brush-off split at its own "and" leaves the rest of the sentence, opening cleanly', () => {
    expect(withoutDeflection("That's between you and the airline, and I've logged it on your booking.")).toBe("I've logged it on your booking.");
  });
});

describe('grieving, and not knowing what to tell the family', () => {
  it('gets someone alongside them, not nothing', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello. My husband Tomasz died last week. He had a funeral plan with you, PLN-77120. I am his wife, Halina.'],
        ['a', "Dear Halina, I'm so sorry for the loss of your husband. I can see the plan. We'll need a copy of the death certificate."],
        ['c', "I sent it on Monday. The funeral is on Friday and the undertaker has heard nothing from you. My son asks me every hour and I don't know what to tell him."],
      ],
      'Tomasz Nowak',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/alone/);
  });
});
