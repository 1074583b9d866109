// What the 143rd reading's blind ten (hard chats 2201–2210) found, as kinds, in our own words,
// learned from after it was graded: a colleague blamed as "has done this to a few students"; a
// promise that "you'll have a new tutor" lost to "get this sorted"; sympathy for one who just said
// "ok that explains it"; the husband's name on the account kept for "im tamanda his wife"; a
// follow-up by email after "All good to close this off"; "One option: we can fit…" not read as an
// offer, and "NO. I DONT WANT…" not read as turning it down.
import { describe, expect, it } from 'vitest';
import { saysFault } from '../../src/engine/suggestions/residualRisk';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe("a colleague's record with others", () => {
  it('"has done this to a few students" is fault', () => {
    expect(saysFault('Marek has done this to several customers this week')).toBe(true);
    expect(saysFault('Marek has done this to two other families')).toBe(true);
    expect(saysFault('Marek has done this for you already: the booking is moved')).toBe(false);
  });
});

describe('a promise of what they will have', () => {
  it('keeps the thing and the day', () => {
    expect(saferWordingFor("I guarantee you'll have a new instructor booked for tomorrow morning, 100%")).toBe(
      "I'll do everything I can to get you a new instructor by tomorrow, and I'll keep you updated.",
    );
  });
});

describe('the cause found and taken', () => {
  it('"ok that explains it" gets no sympathy beside a draft that sorts it', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'My dad had an X-ray on Monday and the report was meant to come by text. Nothing yet.'],
        ['a', "Thanks. I've found the visit: the text went to the old number ending 118. What's the new one?"],
        ['c', 'ends 5540. ok that explains it. can he still get it before friday?'],
      ],
      "Thanks, 5540 is now on his file and I've just resent the report link to it. It should arrive in a few minutes.",
      'Vahe Petrosyan',
    );
    expect(cardTexts(result.suggestions, 'apologize')).toBe('');
  });
});

describe("the one writing is not the account's named person", () => {
  it('"im tamanda his wife" gives her name, in lower case as typed', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the inverter is beeping since yesterday and red light'],
        ['a', 'Sorry about this. Is the account in the name of Mr Phiri?'],
        ['c', 'yes thats my husband he is away, im chimwemwe his wife. i am the one at home'],
        ['a', 'Thank you Chimwemwe. Please switch the battery breaker off for 5 minutes and on again.'],
        ['c', 'we did that twice already, still red light and beeping. i have a baby and the fridge is full of milk'],
      ],
      'Kondwani Phiri',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/Kondwani/);
    expect(texts).toMatch(/Chimwemwe/);
  });
});

describe('asked to close after thanking', () => {
  it('gets a goodbye, not a follow-up by email', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You charged the berth fee twice in March, AUD 240 each.'],
        ['a', "You're right, the terminal timed out. I've refunded the second AUD 240 today, reference KR-77."],
        ['c', 'Champion, already pending on the card. Thanks Mele, really appreciate it.'],
        ['c', "We'll likely be back through next winter if the weather's kind, so keep berth 7 free for us ;) All good to close this off.\n\nCheers, Ross"],
      ],
      'SV Albatross',
    );
    const texts = cardTexts(cards, 'follow-up');
    expect(texts).not.toMatch(/follow up with you by email|check back/i);
    expect(texts).not.toBe('');
  });
});

describe('an option turned down by one who is leaving', () => {
  it('"One option: we can fit…" is an offer; "NO. I DONT WANT…, just give them back" gets what they asked for', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You promised my watch for Saturday and now you say next Friday?? I travel tomorrow for a month'],
        ['a', 'I understand. One option: we can fit a temporary strap today so you have it before you travel.'],
        ['c', 'NO. I DONT WANT A CHEAP STRAP ON MY WATCH. just give it back as it is today and return my deposit. I am finished with your shop'],
      ],
      'Noy Keomany',
    );
    expect(cardTexts(cards, 'solution')).toMatch(/no more offers/);
  });
});

describe('a defence after the remedy', () => {
  it('"To be fair though, …" is read, and the reframe keeps every step before it', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'Your caterer came 90 minutes late to my daughter’s engagement and 30 plates never arrived. 80 guests waited.'],
        ['a', "I'm so sorry. Let me look at the order now."],
        ['c', 'I want a proper answer, not sorry.'],
      ],
      "I understand. For the 30 plates that never arrived I can refund 2,100 AED to your card. For the late arrival I've asked my manager to approve a further 15% and I'll confirm to you by 4pm today. To be fair though, the final numbers only came in the night before, so the kitchen was stretched.",
      'Khalid Al Mansoori',
    );
    expect(result.flags.map((f) => f.rule)).toContain('agent-tone.dismissive');
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).toMatch(/For the late arrival I've asked my manager to approve a further 15%/);
    expect(reframe).not.toMatch(/to be fair|numbers only came in/i);
  });
});
