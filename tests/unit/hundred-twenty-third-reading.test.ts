// What the 123rd reading's blind ten (hard chats 2001–2010) found, as kinds, in our own words,
// learned from after it measured the code: "this is shelby not darren" in lower case left the
// header's name; a parent upstairs in intensive care, and a wrist broken in February told for a
// claim, read as safety cases; reframes that kept "the filter is pretty dumb", "that scale has been
// off before" and "you don't need to claim it" once what "it" named went; a request for the owner
// unread.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a name put right in lower case', () => {
  it('"this is shelby not darren" is the name the cards use', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'THE GATE WONT OPEN AND YOUR APP CHARGED ME TWICE'],
        ['a', "Hi Darren, I'm sorry about this. Which gate are you at?"],
        ['c', 'this is shelby not darren its his account. gate 3. i have been here 20 minutes and im late for work'],
      ],
      'Darren Kowalchuk',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/Shelby/);
    expect(texts).not.toMatch(/Darren/);
  });
});

describe('health told as the reason, not a harm done', () => {
  it('a parent in intensive care upstairs is no safety case', () => {
    expect(rulesOfCustomerLine(engine, 'THE BARRIER IS STUCK. MY MUM IS UPSTAIRS IN ICU AND I HAVE TO GET TO THE SCHOOL RUN')).not.toContain('escalation.safety');
  });

  it('nor one closing the sentence, while one hurt by it still is', () => {
    expect(rulesOfCustomerLine(engine, 'I got a fine at the hospital car park. I was there all night because my husband was in the ICU.')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'I was there all night because my husband was in the ICU after eating your shellfish.')).toContain('escalation.safety');
  });

  it('an injury months ago, told for a claim, is none either; one today still is', () => {
    expect(rulesOfCustomerLine(engine, 'my daughter broke her arm in Tirana in March and we paid the clinic in cash, the claim says documents missing')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'my daughter broke her arm on your climbing frame this morning')).toContain('escalation.safety');
  });
});

describe('a reframe', () => {
  it('drops a dig at the company\'s own filter and team', () => {
    expect(rulesOfAgentLine(engine, 'Honestly the spam checker is pretty dumb, and billing are always slow with these.')).toContain('liability-admission.fault');
  });

  it('drops "that scale has been off before" and keeps where the check stands', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'I weighed the scrap at home, 40 kg, and you paid me for 28. I want the difference.']],
        "Jonas hasn't finished checking yet, but between us that scale has been off before, so yes, you were probably short-weighed.",
      ) ?? '';
    expect(reframe).toMatch(/hasn't finished checking yet/);
    expect(reframe).not.toMatch(/off before|short-weighed/);
  });

  it('leaves no "you don\'t need to claim it" once the compensation it named went', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Four days with no internet. I work from home.']],
        "An engineer is booked for tomorrow at 9. We'll pay you compensation for every day without service, you don't need to claim it. To be fair, rural lines are always going to be less reliable, that's part of living out there.",
      ) ?? '';
    expect(reframe).toMatch(/engineer is booked/);
    expect(reframe).not.toMatch(/claim it/);
  });
});

describe('a request for the owner', () => {
  it('is a request for someone senior', () => {
    expect(rulesOfCustomerLine(engine, 'A 10% voucher is an insult. I want to talk with the owner, not with another gesture.')).toContain('escalation.manager-request');
    expect(rulesOfCustomerLine(engine, 'The owner of the flat upstairs says the leak is coming from your pipe.')).not.toContain('escalation.manager-request');
  });
});
