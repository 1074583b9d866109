// What the 134th reading's blind ten (hard chats 2111–2120) found, as kinds, in our own words,
// learned from after it was graded: a place taken for the name from a handle ("kigali_reads"),
// with the customer's own lower-case sign-off ("- aline") unread; "useless" said of a thing counted
// as an insult, twice making "repeated insults"; "I'll put a review on Google this week", said with
// thanks, read as a public threat; "keep you updated" to one who said "I don't want another phone
// call"; a second promise in the same clause ("…and Lili will have her costume by Friday") lost;
// "Regards." and a greeting sentence run into the reframe's lines.
import { describe, expect, it } from 'vitest';
import { analyzeTextFully } from '../../src/engine/analyzeText';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { customerCuesOf } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a handle in the header', () => {
  it('"lagos_eats" names no one, and a lower-case sign-off after a dash does', () => {
    expect(nameFrom('lagos_eats', 'transcript')).toBeUndefined();
    expect(nameFrom('nkechi_obi', 'transcript')?.first).toBe('Nkechi');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'i ordered the 5th edition and got the 3rd, order #BK-2210. my exam is monday'],
        ['a', "Hi, sorry about that. I've emailed you a return label."],
        ['c', 'i dont need a label i need the right book, this is useless!! is it in your lagos shop or not. just say yes or no. - chioma'],
      ],
      'lagos_eats',
    );
    expect(cardTexts(cards)).not.toMatch(/\bLagos\b/);
    expect(cardTexts(cards)).toMatch(/\bChioma\b/);
  });
});

describe('"useless" said of a thing', () => {
  it('is no insult, twice is no cause to escalate', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the manual you sent is for the old model so its useless'],
      ['a', "Sorry about that. I've sent a return label so you can swap it."],
      ['c', 'the return label is useless to me, the depot is an hour away. just send the right manual'],
    ]);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(false);
  });
});

describe('a review promised with thanks', () => {
  it('is no public threat; a bad one still is', () => {
    expect(rulesOfCustomerLine(engine, "Honestly it's much better now, thank you. I'll put a review on Google this week.")).not.toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, "I'm leaving a scathing review on Google tonight.")).toContain('escalation.public-shaming');
  });
});

describe('"I don\'t want another phone call"', () => {
  it('tells the calls promised and not kept (no "keep you updated" answers it)', () => {
    expect(customerCuesOf(analyzeTextFully("It's on the booking. I don't want another phone call, I want a day someone will actually turn up."))).toContain('update-missed');
  });
});

describe('two promises in one clause', () => {
  it('each is made safe in its own words', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The school says the trip form was never sent and now my son may miss the trip on Friday!']],
        "I'm so sorry. I promise you'll get a full refund of the late fee and Jonah will definitely have his ticket by Friday, I'll make sure of it personally.",
      ) ?? '';
    expect(reframe).toMatch(/get the ticket to you by Friday/);
    expect(reframe).not.toMatch(/make sure of it|promise/);
  });
});

describe('a greeting and a closing word', () => {
  it('stay where they belong around the reframe\'s lines', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'My son has a nut allergy, can the cake for Saturday be made without nuts?']],
        'Hello Daniel. As clearly stated in the terms you accepted, changes are not possible less than 72 hours before the event. Unfortunately there is nothing we can do. Regards.',
      ) ?? '';
    expect(reframe).not.toMatch(/Regards, what|, Changes/);
    expect(reframe).toMatch(/^Hello Daniel\. /);
  });
});
