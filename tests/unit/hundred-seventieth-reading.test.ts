// What the 170th reading's blind twenty (hard chats 2651–2670, graded on 575dabd before any of
// this) found, as kinds, in our own words: "GOT IT!!! laptop fine" met with sorry; "one small thing
// more" from a polite customer (whose "no problem" read as a complaint) met with sorry; an EpiPen
// carried, and a death after intensive care, read as safety scares ("Is everyone all right?"); a
// hardware supplier greeted as "Hardware"; "Peggy please, nobody calls me Margaret" in brackets
// missed; "pass that on to whoever does the app" not taken as feedback; "cover the refunds you've
// had to give your guests" kept in a reframe; a complaint to ARTA with no hand-off.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { promisesCompensation } from '../../src/engine/suggestions/compensation';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('news and thanks close', () => {
  it('"GOT IT!!! phone fine 🙌 tysm"', () => {
    const cards = cardsAfter(engine, [
      ['c', '@MetroBus left my phone on the 42 this morning, seat at the back 😭 pls'],
      ['a', '@lina_k Good news, the driver found it. It is at the depot office, bring your ID.'],
      ['c', '@MetroBus GOT IT!!! phone fine 🙌 tysm, the depot lady was so nice'],
    ]);
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/glad|welcome/i);
  });
});

describe('one small thing more', () => {
  it('is taken up, not met with sorry, "no problem" and all', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Good morning, I cannot come to the signing on 3 April, can I sign by power of attorney?'],
        ['a', 'Good morning, yes, that is possible. We will send you the draft by email.'],
        ['c', 'Perfect, no problem, I wait. Maybe one small thing more: can the notary in Warsaw certify it, or must it be in Kraków? Thank you, have a nice day.'],
      ],
      'Piotr Nowak',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/);
  });
});

describe('no safety scare', () => {
  it('for an EpiPen carried, told so a camp knows', () => {
    expect(rulesOfCustomerLine(engine, 'also maya has a peanut allergy, its on the form, she carries an epipen. just want the new site to know')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'She went into anaphylaxis and we had to use her EpiPen.')).toContain('escalation.safety');
  });

  it('for a death after intensive care: condolences instead', () => {
    const cards = cardsAfter(engine, [
      ['c', 'i got a parking fine at the hospital car park on friday, the machines were broken'],
      ['c', 'my mum was in intensive care. she died friday night. i was not going to hunt for a machine that works'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/Is everyone all right|emergency number/);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
  });
});

describe('names', () => {
  it('a hardware supplier is no one', () => {
    expect(nameFrom('JMB Hardware & Building Supply', 'page')).toBeUndefined();
  });

  it('"(Peggy please, nobody calls me Margaret…)" after the signature', () => {
    const conversation = engine.startConversation({ id: 'bet', customer: { name: 'Elizabeth Moore' } });
    conversation.addTurn({ speaker: 'customer', text: 'Good morning. The cleaner did not come on Monday and I was charged anyway. Elizabeth Moore (Betty please, nobody calls me Elizabeth except the doctor)' });
    expect(conversation.customerName()).toBe('Betty');
  });
});

describe('feedback', () => {
  it('"pass that on to whoever does the app", after thanks, is taken', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My walker did not come on Friday and I was charged.'],
        ['a', 'I have refunded the walk and booked Sam for Fridays from next week.'],
        ['c', 'Lovely, thank you. The buttons on the app are far too small though. Pass that on to whoever does the app.'],
      ],
      'Joan Reed',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });
});

describe('reframes and hand-offs', () => {
  it('"cover the refunds you\'ve had to give your guests" is a payout', () => {
    expect(promisesCompensation("We'll credit your whole bill and cover the refunds you've had to give your guests.")).toBe(true);
  });

  it('a complaint to ARTA', () => {
    expect(rulesOfCustomerLine(engine, 'If this is not fixed by the 20th I am filing a complaint with ARTA.')).toContain('escalation.regulator');
  });
});
