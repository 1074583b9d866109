// What the nineteenth reading (hard chats 241–250, written blind) found, as kinds, in our own
// words: a customer who signs "- Tony" under a header "Thanh Pham" called Thanh; "thanks. Xime is
// fine btw" ignored; an email asked of someone who gave an invoice number; "I can check the status
// of your refund" to someone asking for one; a reframe that kept a collection date for something not
// ready, and one that kept "the charges are correct and that's not something I can change".
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();
const texts = (results: ReturnType<typeof play>) => results.at(-1)!.suggestions.map((s) => s.text).join(' | ');

describe('the name they go by', () => {
  it('signed at the end of a longer message, under a header with the same initial', () => {
    const results = play(
      engine,
      [['c', "card machine has been stuck on a network error since the update on saturday and wont take cards, we open at 6 and people dont carry cash. - Tony"]],
      'Thanh Nguyen – Lucky Noodle Bar',
    );
    expect(results.at(-1)!.customerName).toBe('Tony');
  });

  it('"thanks. Chiara is fine btw"', () => {
    const results = play(engine, [['c', 'How do I get a refund for my concert tickets?'], ['a', 'Hi Maria Chiara, let me check the options.'], ['c', 'thanks. Chiara is fine btw']], 'Maria Chiara Lombardi');
    expect(results.at(-1)!.customerName).toBe('Chiara');
  });
});

describe('questions and remedies that fit', () => {
  it('no email question once an invoice number is given', () => {
    const results = play(engine, [['c', 'AND THEN THE BILL. $180.00 for the repair. invoice # is RP-55120 i think. Why is he being charged for something thats under warranty??']], 'Edith Marsh');
    expect(texts(results)).not.toMatch(/email address/i);
  });

  it('no refund status check for someone asking for a refund', () => {
    const results = play(engine, [['c', 'I bought 2 tickets for the show on 14 November and it has moved to February. I cannot go on that date. How do I get a refund?']], 'Lucia Ortega');
    expect(texts(results)).not.toMatch(/status of your refund|escalate the refund/i);
  });

  it('a refund awaited still gets its status checked', () => {
    const results = play(engine, [['c', 'I requested a refund through your form on the 3rd and have heard nothing since. Where is my refund?']], 'Lucia Ortega');
    expect(texts(results)).toMatch(/status of your refund|escalate the refund/i);
  });
});

describe('a reframe', () => {
  it('drops a collection date for something not ready yet', () => {
    const card = reframeAfter(engine, 'My suit is late and the wedding is on the 20th!', 'I promise the suit will be ready by the 18th, 100% guaranteed. Your brother can collect it from the Deansgate shop on the 19th.');
    expect(card).toBeDefined();
    expect(card).not.toMatch(/on the 19th|guaranteed/);
  });

  it('drops "the charges are correct" and "not something I can change"', () => {
    const card = reframeAfter(
      engine,
      'I cancelled by email in August and you still charged me.',
      "Cancellations are only valid through the app. An email is not a valid cancellation, so the charges are correct and that's not something I can change. You should have read the terms.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/charges are correct|not something I can change|should have read/i);
  });
});

describe('a reframe says its way forward once', () => {
  it('no "What I can do is look into the other options" beside "Let\'s look at how to sort this out"', () => {
    const card = reframeAfter(
      engine,
      'I cancelled by email in August and you still charged me.',
      'As stated in our terms and conditions, which you accepted when you signed up, cancellations are only valid through the app. An email is not a valid cancellation. You should have read the terms.',
    );
    expect(card).toBeDefined();
    expect((card!.match(/other options|sort this out|see what I can do/g) ?? []).length).toBeLessThanOrEqual(1);
  });
});
