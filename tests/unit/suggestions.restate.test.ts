import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { cleanComplaint, pickComplaint, restatePhrasings, restateProblem, toSecondPerson } from '../../src/engine/suggestions';

// Phrases that would admit the company is at fault (PLAYBOOK step 6).
const ADMISSION = /\bwe (?:sent|charged|lost|cancelled|forgot|made|messed|broke|billed|shipped)\b|\bour (?:mistake|fault|error)\b/i;

describe('toSecondPerson', () => {
  it.each([
    ["My package didn't arrive on time!!!", "your package didn't arrive on time"],
    ['I was charged twice for my subscription', 'you were charged twice for your subscription'],
    ["I've been waiting 3 weeks for my refund", "you've been waiting 3 weeks for your refund"],
    ["You sent me the wrong size and I'm furious", "you received the wrong size and you're furious"],
    [
      "This is the THIRD time I'm contacting you and nobody has done anything!!!",
      "you've had to contact us three times without a resolution",
    ],
    ["my son can't log in to his account", "your son can't log in to his account"],
    ['I am so done with this company', 'you are so done with this company'],
    ['I was told the refund would take 5 days', 'you were told the refund would take 5 days'],
    ['I am not happy with the replacement I got', 'you are not happy with the replacement you got'],
    ['Me and my wife ordered two chairs and only one came', 'you and your wife ordered two chairs and only one came'],
    ['We ordered a sofa and it arrived broken', 'you ordered a sofa and it arrived broken'],
    ['The box was empty, the charger was not mine', 'the box was empty, the charger was not yours'],
    ['Am I supposed to wait forever?', 'are you supposed to wait forever'],
    ["I wasn't told about the cancellation fee", "you weren't told about the cancellation fee"],
    ['I bought it for myself as a birthday present', 'you bought it for yourself as a birthday present'],
    ["I've contacted you 4 times already about my order", "you've had to contact us 4 times about your order"],
    ["It's the second time I've written to you about this and nothing has been fixed", "you've had to contact us twice about this without a resolution"],
    ["This is the fourth time I'm messaging you lot about the boiler", "you've had to contact us four times about the boiler"],
    [
      'This is the 5th time I am contacting you about my refund and no one has helped me',
      "you've had to contact us 5 times about your refund without a resolution",
    ],
  ])('%s → %s', (customer, restated) => {
    expect(toSecondPerson(customer)).toBe(restated);
  });

  // "you" after a noun, or before a modal, is the company: never "us text you".
  it.each([
    ["I can't sign in because the login code you text me never comes", "you can't sign in because the login code texted to you never comes"],
    ['The link you email us has expired every time', 'the link emailed to you has expired every time'],
    ['the voucher you gave me was rejected at the till', 'the voucher given to you was rejected at the till'],
    ['You text me every single day about offers', 'the company texts you every single day about offers'],
    ["I'm not getting any of the alerts you send", "you're not getting any of the alerts sent to you"],
    ['I know you posted it last week', 'you know the company posted it last week'],
    ['I know you sent it on Monday', 'you know the company sent it on Monday'],
    ["the new router you promised me still hasn't turned up", "the new router you were promised still hasn't turned up"],
    ['the fitter you booked never came', 'the fitter the company booked never came'],
    ['the deposit you owe me is three weeks late', 'the deposit owed to you is three weeks late'],
    ['all you did was put me on hold', 'all the company did was put you on hold'],
    ['in short you can say I have been waiting since May', 'in short the company can say you have been waiting since May'],
  ])('the company as "you": %s → %s', (customer, restated) => {
    expect(toSecondPerson(customer)).toBe(restated);
    expect(toSecondPerson(customer)).not.toMatch(/\bus \w+ you\b/);
  });

  // The customer's "you" is the company: restated from the customer's side, never as "we".
  it.each([
    ['You sent me the wrong item', 'you received the wrong item'],
    ['You charged me twice', 'you were charged twice'],
    ['you never sent my refund', 'you never received your refund'],
    ["you still haven't sent the replacement", "you still haven't received the replacement"],
    ["you didn't send me the invoice", "you didn't receive the invoice"],
    ['You sent my package to the wrong address', 'your package was sent to the wrong address'],
    ['you cancelled my order without asking me', 'your order was cancelled without asking you'],
    ['you guys lost my parcel', 'your parcel was lost'],
    ["you haven't refunded me", "you haven't been refunded"],
    ['you overcharged me by $20', 'you were overcharged by $20'],
    ['you charged a fee I never agreed to', 'you were charged a fee you never agreed to'],
    ['Your app keeps crashing', 'the app keeps crashing'],
    ['and then you never answer my emails', 'and then your emails were never answered'],
  ])('company action: %s → %s', (customer, restated) => {
    const result = toSecondPerson(customer);
    expect(result).toBe(restated);
    expect(result).not.toMatch(ADMISSION);
  });

  // A complaint asked as a question is restated as a statement.
  it.each([
    ['Why did you cancel my order?', 'your order was cancelled'],
    ["Why haven't you refunded me yet?", "you haven't been refunded yet"],
    ['How come you never sent the replacement?', 'you never received the replacement'],
    ['Where is my order???', "you're still waiting for your order"],
    ["Why won't you let me cancel?", "you're not able to cancel"],
    ['Can you tell me where my order is?', "you'd like to know where your order is"],
    ['Why does your app keep crashing?', "you'd like to know why the app keeps crashing"],
    ['WHY IS NOBODY ANSWERING MY EMAILS', "you'd like to know why nobody is answering your emails"],
    ['What is going on with my order?', "you'd like to know what's happening with your order"],
  ])('question: %s → %s', (customer, restated) => {
    expect(toSecondPerson(customer)).toBe(restated);
  });

  it('lower-cases a third-person opening, which follows the frame of the card mid-sentence', () => {
    expect(toSecondPerson('Her parcel was marked delivered but never arrived')).toBe('her parcel was marked delivered but never arrived');
    expect(toSecondPerson("They've charged my dad twice")).toMatch(/^they've charged/);
  });

  it('keeps names and acronyms as written', () => {
    expect(toSecondPerson('Netflix charged me for a plan I never chose')).toBe('Netflix charged you for a plan you never chose');
    expect(toSecondPerson('UPS says my parcel was delivered but I never got it')).toBe(
      'UPS says your parcel was delivered but you never got it',
    );
  });
});

describe('cleanComplaint', () => {
  it.each([
    ['UGH wtf, my package never came!!!', 'my package never came'],
    ['MY ORDER IS THREE WEEKS LATE!!!', 'my order is three weeks late'],
    ['Hello?? My fucking refund still has not arrived', 'My refund still has not arrived'],
    ['Seriously, I CANNOT log in', 'I cannot log in'],
    ["Listen, I'M NOT PAYING for this twice?!", "I'm not paying for this twice"],
    ['No one has called me back', 'No one has called me back'],
    ["You're useless, my package never arrived!!", 'my package never arrived'],
    ['This is ridiculous. My card was charged twice', 'My card was charged twice'],
    ['My order is late and this is unacceptable', 'My order is late'],
    ['You people are a joke', 'You people are a joke'],
    ['I AM SO DONE WITH IT, GIVE US OUR MONEY BACK', 'I am so done with it, give us our money back'],
    ['The PIN you sent by SMS DOES NOT WORK', 'The PIN you sent by SMS does not work'],
    // A verdict tacked on after a comma.
    ['your app charged me twice for one pizza, ridiculous', 'your app charged me twice for one pizza'],
    ['the courier threw my parcel over the fence, absolutely shocking!!', 'the courier threw my parcel over the fence'],
    ['the hotel was shocking', 'the hotel was shocking'],
    ["my refund still hasn't arrived, this is ridiculous", "my refund still hasn't arrived"],
    // An aside in brackets, and how they came to know it.
    ['My card was charged £40 twice (invoices A-1 and A-2) yesterday', 'My card was charged £40 twice yesterday'],
    ['I can see in my banking app that the refund was taken back', 'the refund was taken back'],
    ['I just noticed that my order was cancelled', 'my order was cancelled'],
  ])('%s → %s', (raw, cleaned) => {
    expect(cleanComplaint(raw)).toBe(cleaned);
  });
});

describe('pickComplaint', () => {
  const pick = (...turns: string[]): string | undefined => pickComplaint(turns.map(analyzeText));

  it('skips greetings and "hello?" and picks the problem', () => {
    expect(pick('Hi', 'hello?', "My package didn't arrive on time!!!")).toBe("My package didn't arrive on time!!!");
  });

  it('skips pure insults and threats', () => {
    expect(pick('You people are useless.', 'I was charged twice for my subscription.', "I'll sue you if this isn't fixed.")).toBe(
      'I was charged twice for my subscription.',
    );
  });

  it('prefers the sentence with the problem within one message', () => {
    expect(pick('Good morning. I ordered a blender 2 weeks ago. It still has not arrived and nobody answers my emails!!!')).toBe(
      'It still has not arrived and nobody answers my emails!!!',
    );
  });

  it('prefers a concrete problem over a feeling', () => {
    expect(pick('I am so done with this company', 'my son can\'t log in to his account')).toBe("my son can't log in to his account");
  });

  it('falls back to the feeling when there is nothing else', () => {
    expect(pick('hello??', 'I am so done with this company')).toBe('I am so done with this company');
  });

  it('finds nothing in small talk, insults and rhetorical questions', () => {
    expect(pick('hello?', 'are you even there', 'you are useless')).toBeUndefined();
    expect(pick()).toBeUndefined();
  });
});

describe('restateProblem', () => {
  it('gives the problem for a {problem} slot and the feeling apart', () => {
    expect(restateProblem("You sent me the wrong size and I'm furious")).toEqual({ problem: 'you received the wrong size', feeling: 'furious' });
    expect(restateProblem("My package didn't arrive on time!!!")).toEqual({ problem: "your package didn't arrive on time" });
  });
});

describe('restatePhrasings', () => {
  it('restates in the words of the playbook and asks for confirmation', () => {
    const phrasings = restatePhrasings("My package didn't arrive on time!!!", 'Dana');
    expect(phrasings).toContain("It sounds like you're upset because your package didn't arrive on time.");
    expect(phrasings).toContain("As I understand it, Dana, your package didn't arrive on time — is that right?");
    expect(phrasings.length).toBeGreaterThanOrEqual(3);
    expect(phrasings.filter((p) => /\?$/.test(p)).length).toBeGreaterThanOrEqual(2);
  });

  it('drops the name cleanly when none is known', () => {
    const phrasings = restatePhrasings('I was charged twice for my subscription');
    expect(phrasings).toContain('As I understand it, you were charged twice for your subscription — is that right?');
    for (const p of phrasings) {
      expect(p).not.toMatch(/\{|\}|, ,|,\s*[—:.]| {2}/);
    }
  });

  it('mirrors the feeling the customer named', () => {
    expect(restatePhrasings("You sent me the wrong size and I'm furious")[0]).toBe(
      "It sounds like you're furious because you received the wrong size.",
    );
    expect(restatePhrasings("I'm so frustrated because my order was cancelled")[0]).toBe(
      "It sounds like you're frustrated because your order was cancelled.",
    );
  });

  it('restates repeated contact without admitting fault', () => {
    const [first] = restatePhrasings("This is the THIRD time I'm contacting you and nobody has done anything!!!", 'Sam');
    expect(first).toBe("It sounds like you're upset because you've had to contact us three times without a resolution.");
  });

  it('restates a state of mind without a clumsy "because"', () => {
    expect(restatePhrasings("I'm sick of waiting for my refund", 'Lee')[0]).toBe("It sounds like you're sick of waiting for your refund, Lee.");
  });

  it('answers the emotional side when the complaint is only a feeling', () => {
    const phrasings = restatePhrasings('I am so done with this company', 'Ana');
    expect(phrasings).toContain('I can hear how frustrated you are, Ana, and I want to help.');
    expect(phrasings.some((p) => p.includes("you're so done with this company"))).toBe(true);
    expect(phrasings.join(' ')).not.toMatch(/upset because/);
  });

  it('never admits fault for what the customer says the company did', () => {
    for (const complaint of ['You sent me the wrong item', 'You charged me twice!!', 'you lost my parcel']) {
      for (const p of restatePhrasings(complaint, 'Kim')) expect(p).not.toMatch(ADMISSION);
    }
  });

  it('restates a question without "because"', () => {
    expect(restatePhrasings('Where is my refund?', 'Lee')).toContain("It sounds like you're still waiting for your refund, Lee.");
    expect(restatePhrasings('Why is it taking so long?')[0]).toBe("It sounds like you'd like to know why it is taking so long.");
  });

  it('moves a demonstrative with its noun when a question becomes a statement', () => {
    expect(restatePhrasings('Why is this invoice showing twice?')[0]).toBe("It sounds like you'd like to know why this invoice is showing twice.");
  });

  it('returns nothing for an empty complaint', () => {
    expect(restatePhrasings('!!!')).toEqual([]);
  });
});

describe('months and days typed in lower case', () => {
  it.each([
    ['my flight to faro was cancelled on 19 october', /on 19 October$/],
    ['the engineer never came on tuesday', /on Tuesday$/],
    ['they took the payment on 3 may', /on 3 May$/],
    ['I may not get the refund', /you may not get the refund/],
  ])('"%s"', (complaint, said) => {
    expect(restateProblem(complaint).problem).toMatch(said);
  });
});

