// What the seventy-seventh reading's blind ten (hard chats 1501–1510) and mid-10 (twenty blind draft
// chats, 1511–1530) found, as kinds, in our own words: condolences and an email check-back after
// "That's everything" and a closed account; "I'll check what I can do" to one who turned a
// retention offer down twice; a lower-case name asked for ("call me venky"); reframes that kept
// "stop typing in caps", a dangling "contact them directly", or months of credit given away.
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();
const last = (lines: Parameters<typeof play>[1], name?: string) => play(engine, lines, name).at(-1)!;

describe('a finished case', () => {
  it('"That\'s everything" then a memory: no condolence card, no email check-back after the account closed', () => {
    const cards = last([
      ['c', 'My husband passed away in March and I need to stop his magazine subscription.'],
      ['a', "I'm so sorry for your loss. Done: the subscription is cancelled, the last issue is refunded, and I've closed the account so no more emails go out."],
      ['c', "That's everything. Thank you Aled."],
      ['c', 'He read every issue cover to cover with his tea on Sunday mornings. Diolch.'],
    ]).suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/your loss|by email|take care of this with you/i);
  });
});

describe('a retention offer turned down', () => {
  it('gets "no more offers", not "I\'ll check what I can do"', () => {
    const cards = last([
      ['c', "please close my account and send the balance to my bank, I'm moving abroad"],
      ['a', "I'm sorry to see you go! I can offer you a 12-month fee waiver if you'd like to stay."],
      ['c', 'no thank you. just close it please.'],
      ['a', "Understood. Just before I do, a lot of customers find the fee waiver really worth it. Are you sure you wouldn't like to stay?"],
      ['c', 'No.'],
      ['c', 'I ALREADY SAID NO. CLOSE IT AND SEND THE MONEY, how hard is this'],
    ]).suggestions;
    const texts = cards.map((c) => c.text).join(' ');
    expect(texts).not.toMatch(/check what I can do|see what I can do/);
    expect(texts).toMatch(/no more offers/);
  });
});

describe('a lower-case name asked for', () => {
  it('"pls call me jas, everyone does" → Jas, not the header', () => {
    const cards = last(
      [
        ['c', 'someone took 300 pounds from my account last night, i did not do it!!'],
        ['c', 'and pls call me jas, everyone does'],
      ],
      'JASWINDER KAUR',
    ).suggestions;
    expect(cards.map((c) => c.text).join(' ')).toMatch(/\bJas\b/);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/Jaswinder/i);
  });

  it('"call me back" is no name', () => {
    const cards = last([['c', 'Can someone call me back today? My heating has been off since Monday, this is ridiculous!!']], 'Tom Price').suggestions;
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/\bBack\b/);
  });
});

describe('reframes that drop what they should', () => {
  it('"stop typing in caps" goes', () => {
    const reframe = reframeAfter(engine, 'WHERE IS MY SOFA. THREE WEEKS.', 'I need you to calm down and stop typing in caps, I can see the sofa left the warehouse on Monday.');
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/caps|calm down/i);
    expect(reframe).toMatch(/left the warehouse on Monday/);
  });

  it('"contact them directly" goes with the sentence that said who they are', () => {
    const reframe = reframeAfter(engine, 
      'My suitcase never arrived in Porto and my insulin is in it!!',
      "That's the fault of the handling agent in Lyon, not us, so we can't do anything about it. You need to contact them directly.",
    );
    expect(reframe ?? '').not.toMatch(/contact them directly/);
  });

  it('"I\'ll put a 6 month service credit on the account" is asked about, not given', () => {
    const reframe = reframeAfter(engine, 'Your outage wiped our whole week of orders!!', "I guarantee it won't happen again and I'll put a 6 month service credit on the account.");
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/6 month service credit/);
  });
});
