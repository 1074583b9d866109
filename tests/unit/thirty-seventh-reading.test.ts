// What the thirty-seventh reading (hard chats 581–590) and the ninth reading of restatements
// (openings 591–610, written blind) found, as kinds, in our own words: restatements of what is
// normal for them ("your bill is never more than $150", "you're 41 not 19"), of not having been
// told, of the proof they hold, of "the X thing", of a pointer left dangling ("to explain why",
// "about this"); a troubleshooting walk-through for the same amount taken twice; a reframe that
// dropped the agent's word that the customer is right along with the admission after it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const texts = (lines: ChatLine[]) => play(engine, lines).at(-1)!.suggestions.map((s) => s.text).join(' | ');

describe('restatements', () => {
  it.each([
    ['what is normal for them', 'your gas bill is never more than £80'],
    ['what is normal for them', "you're 52 not 22"],
    ['not being told', 'nobody warned you about the fee when you signed up'],
    ['not being told', 'you did not get any message to explain why'],
    ['their proof', 'the tracking shows it was delivered to the returns centre'],
    ['a thing named in passing', 'the invoice thing stopped working last week'],
    ['a pointer with nothing to point at', 'the price went up and nobody asked you about this on the renewal page'],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it.each([['your October bill is $612'], ['your projects are locked since the downgrade']])('the problem itself still is: "%s"', (problem) => {
    expect(notRestatableBecause(problem)).toBeUndefined();
  });
});

describe('remedies', () => {
  it('"€60 and €60" is money taken twice', () => {
    expect(customerCuesOf(analyzeText('Both are booked on my statement, €60 and €60. So you have my money'))).toContain('double-charged');
  });

  it('no troubleshooting walk-through for the same amount taken twice', () => {
    const lines: ChatLine[] = [
      ['c', "I paid the school trip fee on the parents portal last night and it says UNPAID today, and my daughter is on the list of kids who can't go on Thursday's trip. The money has left my account!"],
      ['a', 'I am sorry about that. Could you tell me the last 4 digits of the IBAN and when you paid?'],
      ['c', 'IBAN ending 2290. Both at 21:05 on the 18th, a second apart. I think the page froze and I pressed pay again? it said error both times'],
      ['a', 'Thanks. On our side both attempts show as failed, which is why the portal says unpaid. Is it pending or booked on your statement?'],
      ['c', 'Booked. Both. €60 and €60. So you have €120 of my money and my daughter is on the cannot-go list. How does that even happen'],
    ];
    expect(texts(lines)).not.toMatch(/steps that often fix/);
  });
});

describe('reframes', () => {
  it('keeps the agent\'s word that the customer is right when the admission after it goes', () => {
    expectReframeFixes(
      engine,
      'I have photos of the dent from when I picked the car up. I want my money back, 300 is a lot for me.',
      "You're absolutely right Ana, the dent is clearly there in your photos, so our staff obviously missed it at return. That's our mistake and I'm so sorry. I'll send this to our damages team today.",
      /missed it|our mistake/,
      // "You're absolutely right" concedes: the fact seen in the photos stays without it.
      /^The dent is there in your photos\./,
    );
  });
});

// From the graded restatements of earlier blind chats (the 9th reading of every restatement).
describe('restatements, from earlier blind chats', () => {
  it.each([
    ['a member of staff named in passing', 'the lady on the desk did not write the dent down'],
    ['what they are asked to explain', 'you must say you were not in the pool since June because of your surgery'],
    ['nothing, with nothing named', 'you still have nothing'],
    ['nothing, with nothing named', 'nobody calls you'],
    ['a filler of speech', 'you sent back 3 shirts like 2 weeks ago and still no refund'],
    ['"cannot" written apart', 'you can not read your statements but you pay every month'],
    ['"have not" before a number', 'you have not two accounts with us'],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('a wish is not said as the cause of being upset', () => {
    const cards = play(engine, [['c', "I've moved to Porto for work and there's no club of yours here!! I want to cancel my membership."]]).at(-1)!.suggestions;
    const restatement = cards.find((s) => s.kind === 'restate')?.text ?? '';
    expect(restatement).not.toMatch(/upset because you want/);
  });
});

// From the thirty-eighth reading (hard chats 611–620) and the tenth reading of restatements
// (openings 621–640): a reframe that kept "we will pay any doctor or hospital costs" or "are
// non-negotiable"; thanks for telling to an angry "whatever. ur all useless. uninstalling";
// "nothing changed on our side" said back; a username "c.moreau" taken for a name. ("That's
// completely understandable" is empathy now: the signal's examples in rules/signals.yaml.)
describe('from the thirty-eighth reading', () => {
  it('a reframe drops "we will pay any doctor or hospital costs"', () => {
    expectReframeFixes(
      engine,
      'The baby food you sent was mouldy and my son ate some before I saw it. I am worried.',
      "Please don't give him any more of it. Of course we will pay any doctor or hospital costs if your son gets ill from it.",
      /doctor or hospital costs/,
      /don't give him any more/,
    );
  });

  it('a reframe does not keep "non-negotiable"', async () => {
    const { reframeAfter } = await import('../helpers/engine');
    const card = reframeAfter(
      engine,
      "I'm not coming back. Just cancel please, and the debit on 1 March must be the last one.",
      'Unfortunately as per clause 7 of your agreement all cancellations need 30 days notice and debits in the notice period are non-negotiable. There is nothing I can do about this.',
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/non-negotiable/);
  });

  it('no thanks-for-telling to an angry "whatever… uninstalling"', () => {
    const lines: ChatLine[] = [
      ['c', 'your anti-cheat banned me for using a chat overlay. everyone uses it'],
      ['a', 'Sorry to hear that. You can appeal the ban using the form on our site.'],
      ['c', 'whatever. ur all useless. uninstalling'],
    ];
    expect(texts(lines)).not.toMatch(/Thank you for letting us know/);
  });

  it('"nothing changed on your side" is not said back', () => {
    expect(notRestatableBecause('nothing changed on your side')).toBeDefined();
  });

  it('"c.moreau" is a username, no name', async () => {
    const { nameFrom } = await import('../../src/engine/conversation/customerName');
    expect(nameFrom('c.moreau', 'transcript')).toBeUndefined();
  });
});

describe('from the tenth reading of restatements', () => {
  it('what they said can wait is not said back', () => {
    const message =
      "Hi. Urgent. We downgraded from Pro to Basic on Friday to drop 2 unused seats. Instead your system removed 3 ACTIVE users, including our two editors, and they lost access to all projects. Client deadline is tomorrow 9am. Also we were still charged the annual Pro rate (€1,200) at Saturday's renewal. Need access restored today; billing can wait.";
    const restatement = play(engine, [['c', message]]).at(-1)!.suggestions.find((s) => s.kind === 'restate')?.text ?? '';
    expect(restatement).not.toMatch(/charged|rate/);
  });
});
