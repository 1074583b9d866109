// What the 166th reading's blind twenty (hard chats 2571–2590, graded on f18d7d6 before any of
// this) found, as kinds, in our own words: sympathy for calm customers who had thanked, fed back
// or raised one more small matter; thanks said in the customer's own language ("merci", "dank je")
// not read as thanks; a header in brackets ("Surname, Given (parent of …)") and a building's
// management office read as names; a reframe that still sent a stranded family to tomorrow's
// office hours; a street's "Av." read as the end of a sentence.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('calm customers get no sympathy', () => {
  it('thanks in French, with a tip for the website, is thanked and passed on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'hi, paid for 3 museum passes this morning and the qr codes never came by mail'],
        ['a', 'Hi Léa, the passes went to lea@gmial.com, so I have resent them to the right address just now.'],
        ['c', 'got them! merci beaucoup. (the form should really warn you about typos like that 😅)'],
      ],
      'Léa Martin',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });

  it('"dank je" after feedback for a branch closes the chat with the feedback taken', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello, our van was booked for a service at your Gent garage and the invoice shows an oil change twice.'],
        ['a', 'Hi Wim, you are right, the second line is an error. I have raised a credit note for it.'],
        ['c', 'credit note is in, dank je'],
        ['c', 'for the record, the driver waited 2 hours for a 1 hour job. please tell the team in Gent. otherwise fine'],
      ],
      'Wim Peeters',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });

  it('"one more small question" after "it works" is taken up, not met with sorry', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'I cannot open the course videos on my new tablet, it keeps saying licence error.'],
        ['a', 'Hi Samira, I have reset the device licence on your account. Please sign out and in again.'],
        ['c', 'it works now, thank you so much!'],
        ['c', 'One more small question please. If I go abroad for a month, can I freeze my subscription or is that month lost? No problem if not.'],
      ],
      'Samira Haddou',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/);
  });

  it('"Last thing, …" asked calmly after the agent answered is taken up', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Morning. A payment of 640 to a gym I never joined came off my account. I disputed it in the app. When do I get it back?'],
        ['a', 'Good morning Thabo, disputed debits are normally returned within 3 working days.'],
        ['c', 'ok great 👍 Last thing, I see a 9.00 admin fee on the dispute. Is that normal?'],
      ],
      'Thabo Nkosi',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/);
  });

  it('"the last thing I need" is no new matter raised', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My order was supposed to come Friday. The last thing I need is another excuse, where is it?'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/look into that for you now/);
  });

  it('(guard) "Will that one just try again next month?" after thanks is a plain question', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@TownBank Morning. A debit order of R900 from "SafeCover" went off our account yesterday, we never signed up with them. I reversed it on the app. How long does it take to come back? - Ayesha'],
        ['a', '@ayesha_d Good morning Ayesha. Once disputed in the app, the money is usually back within 2 to 3 working days.'],
        ['c', '@TownBank Ok thanks. Will that SafeCover one just try again next month or must I block it?'],
      ],
      'Ayesha Dlamini',
    );
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
  });
});

describe('thanks in the customer\'s own language', () => {
  it('reads "merci", "gracias" and "dank je" as thanks, and not a surname with "Asante" in it', () => {
    const fixed = (reply: string) =>
      cardsAfter(
        engine,
        [
          ['c', 'my train ticket refund never arrived, booking RT-5521'],
          ['a', 'I have found it: the refund was stuck and I have released it now, it lands in 2 days.'],
          ['c', reply],
        ],
        'Kofi Mensah',
      );
    for (const reply of ['ok, merci', 'perfecto, gracias', 'All fine, dank je']) expect(cardTexts(fixed(reply), 'follow-up')).toMatch(/You're welcome/);
    expect(cardTexts(fixed('This is Mr Asante-Mensah. Two days is too long.'), 'follow-up')).not.toMatch(/You're welcome/);
  });

  it('"Non merci" turning the offer down keeps the apology owed', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You charged me for a membership I cancelled in March. Again.'],
        ['a', 'I can offer you a free month as a gesture.'],
        ['c', 'Non merci. I want the money back on my card, and I want to know why you are still charging me.'],
      ],
      'Sonia Roux',
    );
    expect(cards.some((c) => c.kind === 'follow-up' && /You're welcome/.test(c.text))).toBe(false);
  });

  it('"@Desk Sent by email, … Grazie." hands the details over', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@ShoeCo the heel of my new boots broke after 2 weeks, order SC-4410'],
        ['a', '@marco_r so sorry Marco! Please email a photo and the order number to care@shoeco.example'],
        ['c', '@ShoeCo Sent by email, photo and order number. Grazie.'],
      ],
      'Marco Rossi',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/go through what you've sent/);
  });
});

describe('names', () => {
  it('"Surname, Given (what the portal adds)" is read as the given name', () => {
    expect(nameFrom('Lindqvist, Erik (vårdnadshavare – Ella, avd. Solrosen)', 'page')).toMatchObject({ first: 'Erik', last: 'Lindqvist' });
    expect(nameFrom('Maria Costa (@mcosta_pt)', 'page')).toMatchObject({ first: 'Maria' });
  });

  it('a bracket with a number in it still names no one ("… (Year 8)": a pupil\'s account)', () => {
    expect(nameFrom('Tobi Adeyemi (Year 8)', 'page')).toBeUndefined();
  });

  it('a building\'s management office, a hotel or a clinic is no person', () => {
    expect(nameFrom('Westlands Park Apartments – Mgmt Office', 'page')).toBeUndefined();
    expect(nameFrom('Sunrise Dental Clinic', 'page')).toBeUndefined();
    expect(nameFrom('Harbour View Hotel', 'page')).toBeUndefined();
    // (A person beside the business they write for still names the person.)
    expect(nameFrom('Grace Wambui – Westlands Park Apartments', 'page')).toMatchObject({ first: 'Grace' });
  });

  it('a reframe greets the customer by the given name from such a header, once', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'My son got a snack with nuts today and he is allergic. We spent the evening at the emergency room.']],
      'Hi Erik, this is totally our fault, our new assistant forgot to check the list. We will pay all the hospital costs.',
      'Lindqvist, Erik (vårdnadshavare – Ella, avd. Solrosen)',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).toMatch(/^Hi Erik, /);
    expect(reframe).not.toMatch(/Lindqvist|,,/);
  });
});

describe('a reframe for a customer stranded now', () => {
  it('drops "contact us tomorrow between 09:00 and 17:00"', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'We are standing outside the guesthouse in Hvar with all our luggage and the owner says our booking does not exist.'],
        ['c', 'It is almost midnight and my daughter is asleep on the bags.'],
      ],
      'As stated in our terms, we are only an intermediary and cannot be held responsible for the property. You can contact our partner team tomorrow between 09:00 and 17:00.',
      'Anna Keller',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/tomorrow|09:00/);
  });

  it('keeps office hours for a customer with no hurry', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'The invoice for last month shows the wrong VAT number, can you correct it at some point?']],
      'As stated in our terms, we cannot be held responsible for details you entered. You can contact our billing team tomorrow between 09:00 and 17:00.',
      'Anna Keller',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe).toMatch(/tomorrow between 09:00 and 17:00/);
  });
});

describe('sentences', () => {
  it('a street\'s "Av." ends no sentence', () => {
    expect(splitSentences('You can collect them at our Av. Reforma shop from 10 am. Which do you prefer?')).toEqual([
      'You can collect them at our Av. Reforma shop from 10 am.',
      'Which do you prefer?',
    ]);
  });
});
