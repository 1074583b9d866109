// What the 174th reading's blind twenty (hard chats 2731–2750, graded on dc54a3b before any of
// this) found, as kinds, in our own words: a stock sorry after "keep your sorry"; "let's get it
// sorted" to a joke about the update once it was fixed; "I want supervisor now" and a baby sick after
// her milk with no hand-off; a word passed to the team, ending "That's it, have a good week", met with
// "I'll take this on myself"; a reframe that kept a colleague's slip by name, a payout's leftover
// "Refund … too." and a "Sorry again!" whose first sorry went. Also two left from earlier readings: a
// medicine refused while the medicine hand-off is open, and "Sorry again, Ewan." as a sign-off.
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('apologies refused', () => {
  it('"keep your sorry, i want my money" gets what they want owned, with no sorry', () => {
    const cards = cardsAfter(engine, [
      ['c', '@StreamIN charged twice for the yearly plan, ₹999 extra'],
      ['a', '@ankit_s We sincerely apologise for the inconvenience caused. Kindly DM your number.'],
      ['c', '@StreamIN wow third apology, zero refunds. keep your sorry, i want my money'],
    ]);
    const text = cardTexts(cards, 'apologize');
    expect(text).toMatch(/not another apology/);
    expect(text).not.toMatch(/I'm (?:so |really )?sorry/);
  });
});

describe('hand-offs', () => {
  it('"I want supervisor now" asks for a manager', () => {
    expect(rulesOfCustomerLine(engine, 'I want supervisor now. Not bot, not copy paste.')).toContain('escalation.manager-request');
  });

  it('the consumer helpline, the consumer forum and the consulate are complaint bodies; every screenshot posted shames', () => {
    expect(rulesOfCustomerLine(engine, 'if its not back by monday im filing on the consumer helpline')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'refund in 3 days or Im filing in consumer forum')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'If my passport is not back by wednesday I go to the consulate myself and make complaint')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'and posting every screenshot of this thread')).toContain('escalation.public-shaming');
  });

  it('a baby sick after the milk, and "should I take him hospital", is a safety scare', () => {
    expect(rulesOfCustomerLine(engine, 'last night baby (10 month) vomit 2 times after the milk')).toContain('escalation.safety');
    const cards = cardsAfter(engine, [['c', 'baby vomit 2 times after the milk and has red spots. I am so scared. should I take him hospital tonight?']]);
    expect(cardTexts(cards)).toMatch(/safety comes first|emergency|doctor/);
    expect(cardTexts(cards)).not.toMatch(/trouble this has caused/);
  });
});

describe('a word for the team, and goodbye', () => {
  it('"maybe dont push updates at 2am next time tho lol" after thanks is passed on', () => {
    const cards = cardsAfter(engine, [
      ['c', 'thermostat offline since the update, house is freezing'],
      ['a', 'Sorry Marcus! Press the dial 5 seconds for manual mode, then forget and rejoin the Wi-Fi. A fix rolls out today.'],
      ['c', 'manual mode worked and its back online 🙌'],
      ['a', 'Great to hear, Marcus! Stay warm!'],
      ['c', 'ty!! wife says thx too. maybe dont push updates at 2am in january next time tho lol'],
    ]);
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });

  it('"one more thing for you to pass to the team … That\'s it, todah and have a good week" closes with it passed on', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Where is my sofa? It was due on Monday.'],
      ['a', 'I have found it, it will be with you tomorrow morning.'],
      ['c', 'It arrived this morning, thank you.'],
      ['c', 'Just one more thing for you to pass to the team, I am not asking money: the crew came two hours late and nobody called. Please tell them. That\'s it, todah and have a good week'],
    ]);
    expect(cards.some((c) => c.kind === 'solution' || c.kind === 'apologize')).toBe(false);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });
});

describe('reframes', () => {
  const admission = 'Yes, this is 100% our fault.';

  it('a colleague named with their slip goes with the admission', () => {
    const reframe = reframeDraft(`${admission} Kevin keyed the $6,000 receipt twice, once for 2024 and again as a carry-forward. I'll ask the review team to file the correction today.`, { admissions: [admission] }) ?? '';
    expect(reframe).not.toMatch(/Kevin/);
    expect(reframe).toMatch(/review team/);
    // (guard) the customer's own name opening a sentence is no colleague.
    const toThem = reframeDraft(`${admission} Dana, I've entered the correction today.`, { admissions: [admission] }, undefined, { name: 'Dana' }) ?? '';
    expect(toThem).toMatch(/Dana/);
  });

  it('no "Refund Dr. Sandhu\'s $640 fee too." left over once the payout went', () => {
    const reframe = reframeDraft(`${admission} We will pay the full $2,292.00 and all the interest, and refund Dr. Sandhu's $640 fee too.`, { admissions: [admission] }) ?? '';
    expect(reframe).not.toMatch(/^Refund|\. Refund/);
  });

  it('"Sorry again!" alone is said once; "Sorry again for the rough start" keeps what it is for; a sign-off name stays its own', () => {
    expect(reframeDraft(`${admission} I'll ask the team to check it today. Sorry again!`, { admissions: [admission] })).not.toMatch(/again/);
    expect(reframeDraft(`${admission} I'll ask the team to check it today. Sorry again for the rough start, Seun.`, { admissions: [admission] }, undefined, { name: 'Seun' })).toMatch(/Sorry for the rough start, Seun\.$/);
    const signed = reframeDraft(`${admission} I'll ask the team to check it today. Sorry again, Ewan.`, { admissions: [admission] }, undefined, { name: 'Fiona' }) ?? '';
    expect(signed).not.toMatch(/caused, Ewan/);
  });

  it('medicine refused while the medicine hand-off is open gives way to the medicine taken on', () => {
    const reframe =
      reframeDraft('Hi, as per our policy, medicines once delivered cannot be returned or replaced. Please check the storage instructions on the leaflet.', {}, undefined, { unwell: true, name: 'Sneha' }) ?? '';
    expect(reframe).toMatch(/^Hi Sneha, I'm getting the right team on your medicine/);
    expect(reframe).not.toMatch(/not able to/);
    // (guard) with no one's health at stake, the refusal is softened, not dropped.
    expect(reframeDraft('Hi, as per our policy, medicines once delivered cannot be returned or replaced. Please check the leaflet.', {}, undefined, { name: 'Sneha' })).toMatch(/not able to/);
  });
});
