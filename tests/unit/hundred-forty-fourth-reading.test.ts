// What the 144th reading's blind ten (hard chats 2211–2220) found, as kinds, in our own words,
// learned from after it was graded: "I want someone responsible to answer me" read as a demand for
// a yes or no; our own release's bug kept as the cause; losses from a delay still running claimed
// as past; a Burmese name cut to its first syllable; sorry "for the trouble" to one leaving calmly
// who said they were not angry; a finding of nothing left alone as the reframe; thanks after "It
// works!!" with a past annoyance in it left without a goodbye.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { claimWordingFor } from '../../src/engine/suggestions/compensation';
import { saysFault } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('someone responsible', () => {
  it('is asked for as a manager, not answered with "a straight answer from me"', () => {
    expect(rulesOfCustomerLine(engine, 'My hand is infected and I paid the clinic. I want someone responsible to answer me, not a voucher.')).toContain('escalation.manager-request');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'After the pedicure on Friday my toe is infected, the doctor says from the tools. I sent photos.'],
        ['a', "I'm so sorry. Would you like a free treatment with another technician?"],
        ['c', 'a free treatment?? I paid 90 soles for the doctor. I want someone responsible to answer me, not a voucher.'],
      ],
      'Rocío Mamani',
    );
    expect(cardTexts(cards)).not.toMatch(/straight answer/);
    expect(cardTexts(cards, 'escalate')).not.toBe('');
  });
});

describe('our own release as the cause', () => {
  it('is fault', () => {
    expect(saysFault("Last night's firmware update had a bug that wiped the settings")).toBe(true);
    expect(saysFault('The update fixes a bug in the calendar')).toBe(false);
  });

  it('costs of a delay still running are asked about, not claimed', () => {
    expect(claimWordingFor("we'll cover any costs your studio has because of the delay")).toBe("I'll ask what we can offer to help with those costs, and keep you updated.");
  });
});

describe('a Burmese name', () => {
  it('is said whole, from the header or as the agent greeted them', () => {
    expect(nameFrom('Hnin Chan', 'transcript')?.first).toBe('Hnin Chan');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my driving teacher not come again. i wait 1 hour'],
        ['a', "I'm sorry about the wait. May I have your name?"],
        ['c', 'thiri chan'],
        ['a', 'Thank you Thiri Chan. I can see the booking. I can rebook you for Sunday 10am.'],
        ['c', 'no. sunday i cannot, and i take leave from my work 2 time already for this. i dont want rebook'],
        ['c', 'please give back money for 4 lesson. my friend also want to join your school but now i tell her no'],
      ],
      'Guest 1182',
    );
    expect(cardTexts(cards)).toMatch(/Thiri Chan/);
  });
});

describe('leaving calmly, having said so', () => {
  it('gets no sorry "for the trouble"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "Hi, please close my account and delete my data. Not angry, just don't play any more."],
        ['a', 'Sorry to see you go! Would 2 months free change your mind?'],
        ['c', "That's kind but no thanks. Please just close it."],
        ['a', 'Understood. Deletion is permanent. Are you sure?'],
        ['c', 'Yes, sure. And please stop the newsletters too, I get one every day'],
      ],
      'Wayra Condori',
    );
    expect(cardTexts(cards, 'apologize')).toBe('');
  });

  it('"not angry, just disappointed" still gets sympathy', () => {
    const cards = cardsAfter(engine, [['c', "I'm not angry, just disappointed. The cake for my son's birthday came squashed and I want to close my account."]], 'Ana Lima');
    expect(cardTexts(cards, 'apologize')).not.toBe('');
  });
});

describe('a finding of nothing, alone', () => {
  it('is no reframe', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'I emailed you my new address in March, reference CT-99120. Why am I being charged court costs?'],
        ['a', 'Let me look at the account.'],
        ['c', 'I will pay what I owe, but not costs for YOUR mistake'],
      ],
      "Council tax is the owner's responsibility and it was up to you to keep your address up to date. I can't see any change of address on the account. The costs will not be removed.",
      'Dewi Hughes',
    );
    expect(cardTexts(result.suggestions, 'reframe')).not.toMatch(/^I can't see any change of address on the account\.$/);
  });
});

describe('thanks after "it works"', () => {
  it('with a past annoyance in it, gets the goodbye', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The photo album link still says processing after two weeks'],
        ['a', "Sorry for the wait! I've re-sent the link and downloads are on now."],
        ['c', 'It works!!'],
        ['c', "Honestly we were pretty annoyed for a while but these are lovely. Thank you, and thanks to Mele too."],
      ],
      'Sione Taufa',
    );
    expect(cardTexts(cards, 'follow-up')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});
