// What a reframe still kept or broke after the twelfth reading, as kinds: remarks on the
// customer's threats and dares, "not up to me", a lead-in dropped before a clause, payouts of
// whatever was lost, things promised by a time, exceptions promised or set against the usual
// rule. Drafts written for these kinds in our own words.
import { describe, expect, it } from 'vitest';
import { withoutRuleAndException } from '../../src/engine/suggestions/exception';
import { promisesCompensation } from '../../src/engine/suggestions/compensation';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { deflects } from '../../src/engine/suggestions/deflection';
import { isOverpromise } from '../../src/engine/suggestions/saferPromise';
import { taunts, withoutTaunt } from '../../src/engine/suggestions/taunt';
import { bundledEngine, reframeAfter } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();

const reframeOf = (draft: string) => reframeAfter(engine, "Your van scraped my car and drove off. If this isn't paid for I'm going to my solicitor and the local paper.", draft);

describe('taunts and dares', () => {
  it.each([
    'Raising your voice with me will not make the van come back any quicker.',
    'All these threats of legal action are not going to change anything.',
    "Your attitude doesn't help anyone.",
    "You're entitled to go to the ombudsman, of course.",
    'By all means contact a solicitor.',
    'You could always report us to trading standards if you want.',
    'Do whatever you need to.',
    'Our answer would still be the same.',
    "A complaint to the regulator wouldn't change the decision.",
    'Your emails in capitals have not sped anything up.',
    'Report us to whoever you want.',
    'If you decide to go to the press, be my guest.',
    "You're quite free to switch to another supplier.",
    'Tell the newspapers if you want.',
  ])('taunts: %s', (sentence) => expect(taunts(sentence)).toBe(true));

  it.each([
    "You're welcome to call us back at any time.",
    'I understand you are thinking of legal action, and I want to help before it comes to that.',
    'The result of the inspection will be with us on Friday.',
    "I'll change the delivery address for you.",
    'If you want to take this to the ombudsman, I can send you their details.',
    'Go ahead and send me the photos.',
    "You're welcome to leave a review once it's all fixed.",
    "You're welcome to check the claim's progress online.",
  ])('is no taunt: %s', (sentence) => expect(taunts(sentence)).toBe(false));

  it('drops the taunting clauses and keeps the rest of the sentence', () => {
    expect(withoutTaunt("Getting angry won't speed this up, but I've chased the body shop.")).toBe("I've chased the body shop.");
    expect(withoutTaunt('Feel free to sue us, the outcome will be the same.')).toBe('');
    // What hangs on the taunt goes with it: the condition before, "and it won't" after.
    expect(withoutTaunt('If you want to call your solicitor, go ahead, our decision will not change.')).toBe('');
    expect(withoutTaunt("Insulting the drivers hasn't helped, and it won't, so I've put a note on the account.")).toBe("I've put a note on the account.");
    expect(withoutTaunt("Post it online if you want, we've done nothing wrong.")).toBe('');
  });

  it('leaves a dare and a remark on threats out of the card, keeping what the agent did', () => {
    const card = reframeOf("That one is our fault. Threatening to call the papers won't get your car fixed any faster. You're free to speak to a lawyer if you like, but our position would be the same. I've sent the claim form to your email.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/threaten|papers|lawyer|position|free to/i);
    expect(card).toMatch(/claim form/);
    expect(grammarProblems(card!)).toEqual([]);
  });
});

describe('"not up to me"', () => {
  it.each(["It isn't my call, I'm afraid.", "That's not really up to us.", "We don't make the rules on this.", "Honestly it wasn't up to me.", "I'm not the person who approves write-offs.", 'Whether the excess is waived is not my decision.', 'That one is a call for the underwriters, not us.', 'The decision rests with the insurer.'])('passes the no on: %s', (sentence) =>
    expect(deflects(sentence)).toBe(true),
  );
  it.each(["It's my decision to refund you.", 'Let me know what is up to you.'])('keeps: %s', (sentence) => expect(deflects(sentence)).toBe(false));

  it('is answered with what the agent can do', () => {
    const card = reframeOf("That's down to us, sorry. It wasn't my call to close the claim.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/my call|up to me/i);
    expect(card).toMatch(/what I can do/i);
  });

  it('answers a decision the agent stands by with what they can do', () => {
    const card = reframeOf("That's down to us. You can report us if you must, we stand by the decision.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/stand by|report us/i);
    expect(card).toMatch(/what I can do/i);
  });
});

describe('a lead-in dropped before a clause', () => {
  it.each([
    ["No worries, it'll be collected.", "it'll be collected."],
    ["Don't worry, you're covered.", "you're covered."],
    ['Don\'t worry Farah, the form is in.', 'Farah, the form is in.'],
    ["Don't worry about the scratch, we'll look at it.", "we'll look at it."],
    ['Not to worry, the hire car is booked.', 'the hire car is booked.'],
    ['No worries at all, the hire car is booked.', 'the hire car is booked.'],
    ["Don't worry though — the hire car is booked.", 'the hire car is booked.'],
    // An aside with commas on both sides takes them with it; a name before it keeps its own.
    ["I rang the garage and, clearly, the car is ready.", 'I rang the garage and the car is ready.'],
    ['The invoice, as I mentioned, went out on Tuesday.', 'The invoice went out on Tuesday.'],
    ['Hello Nadia, as I said earlier, the invoice went out.', 'Hello Nadia, the invoice went out.'],
    ['The invoice went out on Tuesday, obviously.', 'The invoice went out on Tuesday.'],
  ])('"%s" keeps the clause as written', (sentence, calmed) => expect(calmerSentence(sentence)).toBe(calmed));

  it('leaves no stray comma after the first word', () => {
    const card = reframeOf("We messed up, sorry. Don't worry, we'll check the dashcam footage today.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/\w'll,/);
    expect(card).toMatch(/We'll check the dashcam footage/);
  });

  it('drops a contrast left with nothing before it', () => {
    const card = reframeOf("You should have read the delivery note. We can't be held responsible for you not reading it. That said, if you send me a photo of the scrape I can open a claim today.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/should have|held responsible|That said/);
    expect(card).toMatch(/(?:^|\. )If you send me a photo of the scrape/);
  });

  it('lower-cases a common noun that follows a kept name', () => {
    const card = reframeOf("Nadia, threatening us won't get this sorted any faster. Repairs like this are booked within ten working days and there's nothing I can do about it.");
    expect(card).toMatch(/^Nadia, repairs like this are booked/);
  });
});

describe('whatever was lost, paid back', () => {
  it.each([
    "We'll reimburse you for everything the burglars stole.",
    'I will cover whatever the repair cost you.',
    "We'll sort out everything the leak destroyed.",
    "We'll pay you back for anything you lost on the booking.",
  ])('promises a payout: %s', (sentence) => expect(promisesCompensation(sentence)).toBe(true));
  it.each(["We'll cover the cost of the return postage.", "I'll check everything that was sent."])('is no payout: %s', (sentence) => expect(promisesCompensation(sentence)).toBe(false));

  it('becomes the claim wording', () => {
    const card = reframeOf("That's our mistake. Rest easy, we'll refund everything the bodywork cost you.");
    expect(card).toBeDefined();
    expect(card).toMatch(/raise a claim/);
    expect(card).not.toMatch(/refund everything/);
  });
});

describe('promises by a time, and exceptions', () => {
  it.each([
    "You'll get two new tyres fitted by Saturday.",
    "You will have the courtesy car outside your house tomorrow.",
    "I'll make sure all of the excess is back with you by next Friday.",
    "We'll make a one-off exception for your booking.",
    "I'm happy to make an exception this once.",
    "I'll make sure somebody from the garage rings you on Thursday.",
    "You'll be driving the repaired car by Easter.",
    "We'll bend the rules on the mileage cap.",
    "I'll let it go through this once.",
  ])('overpromises: %s', (sentence) => expect(isOverpromise(sentence)).toBe(true));

  it.each(["You'll get a text from me tomorrow with the time.", "I'll make sure to ring you on Monday.", "We can't make exceptions to the excess."])('does not: %s', (sentence) =>
    expect(isOverpromise(sentence)).toBe(false),
  );

  it('words a promised exception as a question the agent will ask', () => {
    const card = reframeOf("That's on us. I'll make an exception on the excess for you.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/I'll make an exception/);
    expect(card).toMatch(/ask whether an exception can be made/);
  });

  it('words a thing promised by a time as what the agent will try', () => {
    const card = reframeOf("That's our fault, our driver should have left a note. You'll have the courtesy car on your drive by Thursday.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/should have|You'll have/);
    expect(card).toMatch(/do everything I can/);
  });
});

describe('the usual rule and the exception', () => {
  it('keeps neither when the draft says what was done', () => {
    expect(withoutRuleAndException("Typically we don't pay for hire cars, but I'm going to make an exception.", true)).toBe('');
    expect(withoutRuleAndException("As a rule excess fees stand, but as a gesture of goodwill I've knocked £50 off.", true)).toBe("as a gesture of goodwill I've knocked £50 off.");
    expect(withoutRuleAndException("I'll make an exception, although we normally charge for it, and I've removed the fee.", true)).toBe("I'll make an exception, and I've removed the fee.");
  });

  it('leaves the exception to be worded as a promise when nothing was done', () => {
    expect(withoutRuleAndException("Generally we can't extend the hire, but I'll make an exception.", false)).toBe("I'll make an exception.");
  });

  it('leaves a sentence with no exception, or a usual way that says no no, alone', () => {
    expect(withoutRuleAndException('Normally the assessor calls within two days.', true)).toBeUndefined();
    expect(withoutRuleAndException('Usually the bodywork takes a fortnight, but as a one-off I can ask the garage to hurry.', true)).toBeUndefined();
  });

  it('tells what was done without the exception it was made as', () => {
    expect(withoutRuleAndException("We don't usually pay for valeting, but we're making an exception and we've booked one for you.", true)).toBe("we've booked one for you.");
    expect(withoutRuleAndException("Officially the excess isn't refundable, but I've made an exception and refunded half of it.", true)).toBe("I've refunded half of it.");
    expect(withoutRuleAndException("Technically hire cars aren't covered, but I've authorised three days (ref HC-12).", true)).toBe("I've authorised three days (ref HC-12).");
  });

  it('keeps the reference and amount of what was done, without the rule or the exception', () => {
    const card = reframeOf("That's down to us. Normally we wouldn't refund the excess, but I'll make an exception. I've refunded £250, reference EX-7741.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/normally|exception|not able/i);
    expect(card).toMatch(/£250, reference EX-7741/);
    expect(grammarProblems(card!)).toEqual([]);
  });
});

describe('a concession or blame in one clause of a sentence', () => {
  it("goes, and what the agent did in the same sentence stays", () => {
    const conceded = reframeOf("That's our fault. Apparently the fitters on site didn't tighten the bolts properly, so I've booked a return visit for Tuesday.");
    expect(conceded).toBeDefined();
    expect(conceded).not.toMatch(/fitters|properly/i);
    expect(conceded).toMatch(/I've booked a return visit for Tuesday/);
    const blamed = reframeOf("I promise it will be fine. You didn't enter the reg number correctly, but I've fixed it on the policy.");
    expect(blamed).toBeDefined();
    expect(blamed).not.toMatch(/correctly|You didn't/i);
    expect(blamed).toMatch(/I've fixed it on the policy/);
  });

  it('takes the whole sentence when what is left only leaned on it', () => {
    const card = reframeOf("That's our fault. Our valeter forgot the mats and the car came back bare.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/valeter|came back bare/i);
  });
});

describe('a call promised by a time', () => {
  it('is worded as what the agent will try for', () => {
    const card = reframeOf("That's on us. I'll make sure the assessor phones you before Friday.");
    expect(card).toBeDefined();
    expect(card).toMatch(/get someone to contact you before Friday/);
  });
});
