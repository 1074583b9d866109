// What the 167th reading's blind twenty (hard chats 2591–2610, graded on be98c03 before any of
// this) found, as kinds, in our own words: threats of the police or a regulator by its initials
// with no hand-off; matters announced ("two more things") then asked one by one with no card; a
// gripe let go with thanks met with "I'll take this on myself"; a family name first in the header
// when the agent greets by the given one after the desk's handle; a burial not read as a death; a
// pizzeria greeted by name; "I'll check" to one who said "not 'checking'"; reframes that kept a
// guaranteed time, dropped the customer's steps or an answer, mangled "returned or replaced" and
// kept a T&C point; a widow's self-doubt said back; insulin left warm not read as a safety matter;
// an order number asked for after a transaction ID, and a date after "at 9am".
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { analyzeText } from '../../src/engine/analyzeText';
import { factsGiven, reframeDraft } from '../../src/engine/suggestions';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('threats that need a hand-off', () => {
  it('the police, threatened', () => {
    expect(rulesOfCustomerLine(engine, 'If the deposit is not back by tonight I go to police and I post the photos everywhere.')).toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'I called the police when the parcel was stolen, they gave me a crime number. Can you resend?')).not.toContain('escalation.legal-threat');
  });

  it('a telecom regulator by its initials', () => {
    expect(rulesOfCustomerLine(engine, 'Refund my 200tk today or i complain to BTRC.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'I am filing a complaint with NTC this afternoon.')).toContain('escalation.regulator');
  });
});

describe('matters announced, then asked one by one', () => {
  it('each is taken up', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My cat died during the dental operation yesterday.'],
        ['a', 'I am so very sorry. I have asked the vet who operated to call you this afternoon.'],
        ['c', 'thank you. two more things, then I let you go'],
        ['c', 'can the cremation be a private one? we want to keep her ashes'],
      ],
      'Ines Duarte',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/);
  });
});

describe('a gripe let go with thanks', () => {
  it('is closed, not taken on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the bread in my delivery was mouldy and the driver left the bags in the rain'],
        ['a', 'So sorry about that. I have refunded the bread and passed your note about the rain to the drivers.'],
        ['c', 'ok refund is there, thx. still a bit annoying about the rain, my dad is 80 and had to carry it all in... but ok thank you'],
      ],
      'Mei Lin',
    );
    expect(cardTexts(cards)).not.toMatch(/take this on myself/);
    expect(cardTexts(cards, 'follow-up')).toMatch(/You're welcome/);
  });
});

describe('names', () => {
  it('the given name the agent greets by, after the desk\'s handle, under a family-name-first header', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@PayFastUG sent 300,000 to my sister this morning, money left my account but she has nothing. ref PF-5521'],
        ['a', '@mukasajohn Hello John, we apologise for the inconvenience. Kindly DM us the details.'],
        ['c', '@PayFastUG i have sent everything in DM. 3 hours now. please'],
      ],
      'Mukasa John',
    );
    expect(cardTexts(cards)).toMatch(/\bJohn\b/);
    expect(cardTexts(cards)).not.toMatch(/\bMukasa\b/);
  });

  it('an eatery is no one\'s name', () => {
    expect(nameFrom('Trattoria Da Luca 🍝', 'page')).toBeUndefined();
    expect(nameFrom('Boulangerie Martin', 'page')).toBeUndefined();
  });

  it('"Luis Fernando" is one given name', () => {
    expect(nameFrom('Luis Fernando Mamani', 'page')).toMatchObject({ first: 'Luis Fernando' });
  });
});

describe('a burial is a death', () => {
  it('gets condolences, not "how frustrating"', () => {
    const cards = cardsAfter(engine, [['c', 'I sent 200,000 to my aunt for my mother\'s burial this morning and it has not arrived. The coffin must be paid today.']]);
    expect(cardTexts(cards)).toMatch(/sorry for your loss/);
    expect(cardTexts(cards)).not.toMatch(/frustrat/);
  });
});

describe('"not \'checking\'"', () => {
  it('gets the fix owned, not "I\'ll check what I can do"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'I am at your gym and my card is blocked at the gate.'],
        ['a', 'Sorry to hear that. Can you give me your member number so I can check?'],
        ['c', '44120'],
        ['a', 'Thank you. I can see the card was suspended this morning. I am checking why.'],
        ['c', 'SUSPENDED?? I paid on Monday, you took the money twice last month too, and now I stand here like an idiot. I want somebody to fix this NOW, not "checking"'],
      ],
      'Dora Kis',
    );
    const solution = cardTexts(cards, 'solution');
    expect(solution).toMatch(/not more checking/);
    expect(solution).not.toMatch(/I'll check/);
  });
});

describe('reframes', () => {
  it('hedge a time guaranteed by a tag, and keep its day', () => {
    const reframe = reframeDraft('A replacement bike will be at your hotel by 9am tomorrow, guaranteed.', { overpromises: ['guaranteed'] });
    expect(reframe).toMatch(/by 9am tomorrow/);
    expect(reframe).not.toMatch(/guaranteed|will be at your hotel/);
  });

  it('take "keep your receipts … and we\'ll pay it back" as a cost to look into', () => {
    const reframe = reframeDraft('Keep your receipts for the taxi and we\'ll pay it back.', { overpromises: ["we'll pay it back"] });
    expect(reframe).toMatch(/Keep your receipts for the taxi\. I'll look into what we can do about the costs/);
  });

  it('keep the customer\'s steps named by their topic', () => {
    expect(sendablePartOf("For the double entries, open the ledger for March, tick 'Show duplicates' and delete the second of each.")).toBe(
      "For the double entries, open the ledger for March, tick 'Show duplicates' and delete the second of each.",
    );
    expect(sendablePartOf('For the key: it is in the glovebox, under the tray on the passenger side.')).toBe('For the key: it is in the glovebox, under the tray on the passenger side.');
    expect(sendablePartOf('For the key: you should have looked in the glovebox.')).toBeUndefined();
  });

  it('say "returned or replaced" as one refusal and drop the T&C point after it', () => {
    const reframe = reframeDraft('As per our policy, opened vaccines cannot be returned or replaced, this is clearly mentioned in T&C point 4.1.', {});
    expect(reframe).toMatch(/not able to take back or replace opened vaccines/);
    expect(reframe).not.toMatch(/T&C|4\.1/);
  });
});

describe('a widow asking what to do', () => {
  it('is not told what she is upset about, and gets someone alongside', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Good morning. I am writing about the arrangements for my husband, Peter. The funeral is on Friday.'],
        ['a', 'Good morning Mrs Hale, I am so sorry for the loss of Peter. I will help with anything you need.'],
        ['c', 'Thank you. Our son flies in from Perth and leaves on the 20th. Can he take some of the ashes with him? I don\'t know about these things.'],
        ['c', 'And the invoice has the flowers twice. I keep thinking I am getting everything wrong. I haven\'t slept properly since he went.'],
      ],
      'Joan Hale',
    );
    expect(cards.some((c) => c.kind === 'restate')).toBe(false);
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
  });
});

describe('medicine left warm', () => {
  it('"no ice pack… is it safe?" opens the medicine hand-off', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my insulin order came at noon and sat with the neighbour all afternoon'],
      ['c', 'the box is warm, no ice pack inside. is it safe?? she needs it tonight'],
    ]);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
    expect(cardTexts(cards)).not.toMatch(/trouble this has caused/);
  });
});

describe('facts given', () => {
  it('a transaction ID stands for the order number, and "at 9am" for the date', () => {
    const given = factsGiven([analyzeText('I sent 200,000 to my aunt at 9am, transaction ID TX2211.0915.K44, money gone but she has nothing')]);
    expect(given.has('order-number')).toBe(true);
    expect(given.has('date')).toBe(true);
  });

  it('(guard) a draft that only answers still reads clean', () => {
    const result = draftAfterChat(engine, [['c', 'Is the deposit taken at check-in?']], 'For the deposit: it is held on your card at check-in and released after check-out.', 'Tom Berg');
    expect(result.suggestions.some((s) => s.kind === 'reframe')).toBe(false);
  });
});
