// What the 179th reading's blind twenty (hard chats 2831–2850, graded before any of this) found, as
// kinds, in our own words: thanks with a word for the team met with "let's get it sorted" or "let me
// look into this"; a home "where I cannot breathe" told to call the emergency number; a rent
// tribunal, a consumer arbitration board and a warning to every new tenant with no hand-off; a
// draft citing "Article 9 of the agreement you signed", blaming the sand on the rental and closing
// the matter, with no reframe; a customer harassed by a driver who knows her street told "let me look
// into this"; a grieving owner's memories met with no card.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('closing on a word for the team', () => {
  it('thanks with "maybe fix the screen" gets the word passed on, not a sorry', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the ticket machine ate my card at platform 2'],
      ['a', "Thanks for the details. We've released the card remotely, please try the machine again."],
      ['c', "got it back!! thanks a lot, super quick. maybe fix the screen though, 'code 14' means nothing to anyone 😅"],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on to the team/i);
  });

  it('a sharp "fix it pls" ending on "thx anyway" after the agent acted is a word for the team too', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the app will not end my bike hire and the clock is still running'],
      ['a', 'Done: we ended the hire remotely at 18:02, so you will not pay the extra time.'],
      ['c', 'ok. but its the 4th time this month the app does this, fix it pls, one day it costs me a fortune 🙄 thx anyway'],
    ]);
    expect(cardTexts(cards, 'solution')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on to the team/i);
  });
});

describe('hand-offs and safety', () => {
  it('"a flat where I cannot breathe" is a home hard to live in, not an emergency', () => {
    expect(rulesOfCustomerLine(engine, 'I pay 900 a month for a flat where I cannot breathe because of the damp')).not.toContain('escalation.safety');
    // (guard) someone who cannot breathe is still an emergency.
    expect(rulesOfCustomerLine(engine, 'my son cannot breathe properly since he ate it')).toContain('escalation.safety');
  });

  it('a rent tribunal or a consumer arbitration board, and a warning to every future tenant, are handed over', () => {
    expect(rulesOfCustomerLine(engine, 'fix the heating or I go to the Huurcommissie')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'I will write complaint to BTK tomorrow')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'and I warn every new tenant in the housing group about you')).toContain('escalation.public-shaming');
  });

  it('one harassed by a driver who knows her street is told to block and stay safe, not "let me look into this"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'your courier was very rude to me at the door'],
      ['a', "I'm sorry to hear that. We've passed it to our safety team."],
      ['c', 'now he keeps texting me from another number and he knows where I live. what do i do'],
    ]);
    expect(cardTexts(cards, 'solution')).toBe('');
    expect(cardTexts(cards, 'apologize')).toMatch(/block the number/i);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/struggling to breathe/i);
  });
});

describe('reframes', () => {
  it('"Article 4 of the agreement you signed", blame on the hire and "this matter is closed" are flagged and go', () => {
    expect(rulesOfAgentLine(engine, 'Article 4 of the hire agreement you signed makes you liable.')).toContain('agent-tone.hiding-behind-policy');
    expect(rulesOfAgentLine(engine, 'This matter is closed.')).toContain('agent-tone.dismissive');
    const result = draftAfterChat(
      engine,
      [['c', 'You kept my whole deposit for a scratch on the kayak that was there when I picked it up. I told your staff on day one.']],
      'As stated in Article 4 of the hire agreement you signed, damage on return is the hirer\'s responsibility. We check every kayak before it goes out, so the scratch must have happened during your hire. The €120 repair has been taken from your €150 deposit and €30 refunded to your card. This matter is closed.',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).toMatch(/€30 refunded to your card/);
    expect(reframe).not.toMatch(/Article 4|must have happened|matter is closed/i);
  });
});

describe('grief', () => {
  it('memories shared after the condolences get a card that welcomes them', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My cat Pepper died at your clinic on Monday and I need to ask about her ashes.'],
      ['a', "I'm so sorry about Pepper. The ashes will be ready on Friday."],
      ['c', 'sorry. she was 17. she slept on my pillow every night. the flat is so quiet now'],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/don't apologise/i);
  });
});
