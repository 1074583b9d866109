// What the 94th reading's blind ten (hard chats 1711–1720) found, as kinds, in our own words: a
// colleague's mistake called plain behind a long relative clause not flagged, and the rest of a
// promised list ("…, pay for any taxis…, and have a new pair to you by Friday") left as a fragment;
// a request for a phone call met with "let me look into this"; "I'll keep you updated" right after
// "2 hours now. No update."; a reframe left with only "what I can do…" after the greeting; and a
// check-back after "that's all from me".
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();
const texts = (cards: { text: string }[]) => cards.map((c) => c.text).join(' | ');

describe('reframes', () => {
  it('flag a colleague\'s mistake called plain, whoever the words name', () => {
    expect(rulesOfAgentLine(engine, "From your file it's obvious the dentist who saw you on Monday got the tooth number wrong.")).toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, "It's clear you got the wrong size, so let's swap it for you.")).not.toContain('liability-admission.fault');
  });

  it('drop the rest of a list the promise opened', () => {
    const reframe = reframeAfter(engine, 'The new lenses are wrong and I cannot drive!', "We'll refund the full £320, pay for any taxis while you can't drive, and have new lenses to you by Friday.");
    expect(reframe).not.toMatch(/taxis|by Friday|^Pay/);
  });

  it('no card that is only the greeting and "what I can do…"', () => {
    const reframe = reframeAfter(
      engine,
      'Requested. Ok. And the other van had a cracked mirror, nobody charged me for that 🙄',
      "Dear Ana, as clearly stated in clause 7 of the rental agreement you signed, the renter is responsible for documenting any pre-existing damage before leaving the depot. Perhaps next time you'll take a few photos. The charge stands.",
    );
    expect(reframe ?? '').not.toMatch(/^Dear Ana, what I can do is look into the other options with you\.$/);
  });
});

describe('the moment', () => {
  it('"can somebody call me instead?" gets the call arranged', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the electricity bill is in my late husbands name and they say they will cut it off'],
      ['c', 'i have to leave for the church at 3. can somebody call me instead? same number as on the account'],
    ]);
    expect(texts(cards)).toMatch(/arrange for someone to call you/);
    expect(texts(cards)).not.toMatch(/look into this now/);
  });

  it('"call me Jo" is a name, not a phone call', () => {
    const cards = cardsAfter(engine, [['c', 'my parcel is lost and nobody answers. please call me Jo by the way']]);
    expect(texts(cards)).not.toMatch(/arrange for someone to call you/);
  });

  it('no "keep you updated" right after "No update."', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My father gave a blood sample this morning and the lab says it is missing.'],
      ['a', "I'm checking with the lab now and I'll update you within the hour."],
      ['c', 'Its 2 hours now. No update. Is the sample lost or not? He is 80.'],
    ]);
    expect(texts(cards)).not.toMatch(/keep you updated|come back to you/);
  });

  it('no check-back after "that\'s all from me"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I was charged twice for the raffle ticket.'],
      ['a', "I've refunded the second charge, you'll see it in 3 days."],
      ['c', "Perfect, thank you, that's all from me. Keep up the good work!"],
    ]);
    expect(texts(cards)).not.toMatch(/follow up|check back/);
  });
});
