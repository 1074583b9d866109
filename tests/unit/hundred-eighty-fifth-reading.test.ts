// What the 185th reading's blind twenty (hard chats 2951–2970, graded on 8c0f9f7 before any of this)
// found, as kinds, in our own words: "how frustrating" to one who took the agent's step with thanks
// and asked about it; a town at the front of a shop's name greeted as the customer; a reframe that
// kept a colleague named by her post as the one who forgot; a point-by-point draft whose labels
// became commas and whose first point went; no hand-off for India's aviation regulator or the
// Philippines' trade department, nor for a thread put "on FB"; no card for a stock sorry laughed at.
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('thanks for the booked visit, then questions about it, get no "how frustrating"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my wifi keeps cutting out every night since monday, rebooted the router twice already'],
      ['a', "We ran a test: there's a fault on the line. I've booked an engineer for Thursday 9am-1pm."],
      ['c', 'ok merci. can the engineer text me before he comes? the doorbell is broken. and do I pay for the visit?'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/frustrat|sorry you've had to deal/i);
  });

  it('(guard) thanks, then "but" and the complaint, still gets sympathy', () => {
    const cards = cardsAfter(engine, [
      ['c', "No water in our street since Saturday. I run a salon, I cant work without water."],
      ['a', 'Please DM your account number.'],
      ['c', 'DM sent. Is there a time for when the water will be back?'],
      ['a', 'Thank you. Your query has been logged, ref WQ-5512. Kindly allow 7-10 working days for feedback.'],
      ['c', 'Thank you for the ref. But nobody has said anything about the water, its day 3 now and I had to send 2 clients home this morning. Is a tanker coming or should I stop taking bookings?'],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toBe('');
  });

  it('a stock sorry laughed at, with the customer walking off, still gets a card', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the 8.10 bus never came AGAIN, third day running, I was late for work'],
      ['a', 'Thanks, passed to the depot. Apologies for any inconvenience caused. Live times here https://t.co/abc'],
      ['c', "'apologies for any inconvenience' haha. the inconvenience is my boss docking my pay 1/2\nur live times page is the same one that LIED to me all week. Im done. buying a bike & telling my flatmates to as well #BusFail 2/2"],
    ]);
    expect(cards.length).toBeGreaterThan(0);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/inconvenience/i);
  });
});

describe('names', () => {
  it('a shop named after its town is no one to greet', () => {
    expect(nameFrom('Bursa Moda Evi', 'page')).toBeUndefined();
    expect(nameFrom('Ayşe Butik 🛍️', 'page')).toBeUndefined();
    // (guard) a surname that is also a word for a shop elsewhere stays a person's
    expect(nameFrom('Anna Winkel', 'page')?.first).toBe('Anna');
  });
});

describe('hand-offs', () => {
  it("India's aviation regulator and the Philippines' trade department ask for a hand-off", () => {
    expect(rulesOfCustomerLine(engine, 'if I miss my connection Im filing with DGCA and AirSewa')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'ill report u to DTI, you are thieves')).toContain('escalation.regulator');
  });

  it('a thread or the emails put "on FB" is a public-shaming threat', () => {
    expect(rulesOfCustomerLine(engine, 'no refund AND a downgrade. and post all ur emails on fb, every fan group will see')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'im putting this whole thread on FB tonight')).toContain('escalation.public-shaming');
    // (guard) a happy post is none
    expect(rulesOfCustomerLine(engine, 'love the new mugs, I put a photo on fb!')).not.toContain('escalation.public-shaming');
  });
});

describe('reframes', () => {
  it('a colleague named by her post as the one who forgot is an admission, and goes', () => {
    expect(rulesOfAgentLine(engine, 'Looking at it, Ciara on reception forgot to log your cancellation.')).toContain('liability-admission.fault');
    const said =
      reframeAfterChat(
        engine,
        [['c', 'I cancelled by phone on Monday and you still charged me the €40 no-show fee!!']],
        "I've checked and Ciara on reception clearly forgot to log your cancellation, that's on her. I'll get the €40 back to you by Friday, guaranteed.",
      ) ?? '';
    expect(said).not.toMatch(/Ciara|forgot/);
    expect(said).toMatch(/€40|money back/);
  });

  it('a point-by-point draft keeps its labels and its first point', () => {
    const said =
      reframeDraft(
        "Here is where things stand. Crate 'ARCHIVE 2/5': the driver checked the van and it isn't there; the depot is checking the next load now. Bill: the extra 80 euro is the parking permit. Honestly your staff weren't ready when we arrived, so that's why it went wrong.",
        { admissions: [] },
      ) ?? '';
    expect(said).toMatch(/Crate 'ARCHIVE 2\/5': the driver checked the van/);
    expect(said).toMatch(/Bill: the extra 80 euro/);
    expect(said).not.toMatch(/weren't ready/);
  });

  it('(guard) "Straight answer:" heads the admission itself, which still goes', () => {
    const said = reframeDraft("Straight answer: our update broke the export, that's 100% our fault. The files are safe and the fix goes out tonight.", { admissions: ["that's 100% our fault"] }) ?? '';
    expect(said).not.toMatch(/broke the export/);
    expect(said).toMatch(/files are safe/);
  });
});

// Left from the 184th reading's blind twenty (hard chat 2943), mended now: an ultimatum that says what
// they want ("either you find it… or you refund me") was asked "how we can make this right", and its
// threats (a trade department "filed in", a post in a travel group) had no hand-off.
describe('an ultimatum that names the ask', () => {
  it('is thanked for being clear, not asked what would be fair', () => {
    const cards = cardsAfter(engine, [
      ['c', 'you lost my documents, I gave them at your counter last week'],
      ['a', 'Sorry about this. As a goodwill gesture we can give you 10% off your next application.'],
      ['c', 'no. i dont want discount for next time. either you find my papers in your office and send the application TODAY or you refund my 8,500 and give back our passports'],
    ]);
    expect(cardTexts(cards, 'solution')).not.toMatch(/make this right|feel fair/i);
  });

  it('a trade department "filed in" and a post in a group are threats to hand off', () => {
    expect(rulesOfCustomerLine(engine, 'if no answer by noon i will file in DTI')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'tomorrow i will post this in the Manila expats group with your receipt')).toContain('escalation.public-shaming');
  });
});
