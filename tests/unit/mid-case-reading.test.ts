// What the first mid-case reading (hard chats 1181–1200, each ending on a customer answering
// something specific the agent said) found, as kinds, in our own words: a family name put right
// after the agent used another with a title; "you're welcome, glad it's sorted" to someone who goes
// on to two new matters; "anything else?" after "nothing else needed"; a check-back date as the
// answer to a question; "what have you tried?" after the agent named the likely cause and the
// customer said what they checked; one person's login remedies to an admin whose many users were
// cut off; a reset link to someone the reset already failed; a safety script for an injury told
// as the reason a booking must change.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { agentCuesOf, customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { remedyIsMoot, type CaseReading } from '../../src/engine/suggestions/caseFit';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

const lastCards = (lines: ChatLine[]) => play(engine, lines).at(-1)!;
const texts = (cards: readonly { text: string }[]) => cards.map((s) => s.text).join(' | ');

describe('a family name put right after the agent titled them by another', () => {
  const lines: ChatLine[] = [
    ['c', "hi. the school app won't let me sign the permission slip, it keeps saying session expired"],
    ['a', 'Hello! Could I have your name and your child’s name, please?'],
    ['c', 'I am Choi Ji-woo. Mother of Han Seo-jun, class 2A'],
    ['a', 'Thank you Mrs Han! Could you try logging out and back in?'],
    ['c', 'I am Choi, not Han. In Korea we keep our family name. And I did log out, 4 times, same error every time. This is so frustrating, the slip is due today!!'],
  ];

  it('cards use the title with the family name they gave, never the child’s', () => {
    const { suggestions, customerName } = lastCards(lines);
    const named = suggestions.filter((s) => /\b(?:Mrs|Ms) \p{Lu}/u.test(s.text));
    expect(texts(suggestions)).not.toMatch(/\bHan\b/);
    expect(named.length).toBeGreaterThan(0);
    for (const card of named) expect(card.text).toMatch(/\bMrs Choi\b/);
    expect(customerName).toMatch(/Choi/);
  });

  it('the child named after "mother of" is not taken up as their name when the agent uses it', () => {
    const { suggestions } = lastCards(lines.slice(0, 4).concat([['c', 'logged out and in 4 times already, still expired. so frustrating, the slip is due today']]));
    expect(texts(suggestions)).not.toMatch(/\bHan\b/);
  });
});

describe('news that it worked, followed by more to raise', () => {
  const before: ChatLine[] = [
    ['c', "can't get into my pension account, it says locked"],
    ['a', "Thanks Dorota. I've unlocked it and sent a reset link to your email, valid for 20 minutes. Could you try it?"],
  ];

  it.each([
    'right, that worked, I am in, thank you. but there are 2 other things: my address is still the old one and the statement from March is missing',
    'thanks, all working now. One more thing though, why does my statement show last year?',
  ])('%s', (last) => {
    const { suggestions } = lastCards([...before, ['c', last]]);
    // Not the goodbye: "anything else?" to someone who has just listed it.
    expect(texts(suggestions)).not.toMatch(/anything else I can help|just reply here|take care/i);
    const followUp = suggestions.filter((s) => s.kind === 'follow-up');
    expect(followUp.map((s) => s.text).join(' ')).toMatch(/other things|one at a time/i);
  });

  it('still closes on the news alone', () => {
    const { suggestions } = lastCards([...before, ['c', 'that worked, I am in, thank you!']]);
    expect(suggestions.filter((s) => s.kind === 'follow-up').length).toBe(1);
    expect(texts(suggestions)).not.toMatch(/other things/i);
  });
});

describe('"nothing else needed" is not asked "anything else?"', () => {
  it.each(['brilliant, the new bill is right. all sorted, nothing else needed 👍', "that's fixed it, thanks. That's all I needed."])('%s', (last) => {
    const { suggestions } = lastCards([
      ['c', 'my bill doubled this quarter, that cannot be right'],
      ['a', "You're right, the reading was estimated. I've cancelled that bill and issued a corrected one."],
      ['c', last],
    ]);
    const closing = suggestions.filter((s) => s.kind === 'follow-up');
    expect(closing.length).toBe(1);
    expect(closing[0]!.text).not.toMatch(/anything else/i);
  });
});

describe('a question is not answered with a date to check back', () => {
  const lines: ChatLine[] = [
    ['c', 'the 16:30 coach to Galway was cancelled 20 minutes before it left and nobody told us'],
    [
      'a',
      "I'm sorry about this, the board should have shown it and I've flagged that to the station team. As the cancellation was on our side you can have a full refund or move to the next departure, and we'll cover reasonable hotel costs if you're stuck overnight. Keep your receipts and message us your booking reference.",
    ],
  ];

  it('after a sceptical question about what is covered', () => {
    const { suggestions } = lastCards([
      ...lines,
      ['c', "'reasonable' is doing a lot of work there. every room near the station is over 150 euro, I looked. does that count as reasonable or do I eat the difference? booking ref is in your inbox"],
    ]);
    expect(texts(suggestions)).not.toMatch(/check back|follow up with you|get back in touch/i);
  });

  it('a calm "ok thanks" still gets a closing line after the agent acted', () => {
    const { suggestions } = lastCards([...lines, ['c', 'ok thanks']]);
    expect(suggestions.some((s) => s.kind === 'follow-up')).toBe(true);
  });
});

describe('the case as the agent and customer left it', () => {
  const reading = (customer: string[], agent: string[] = []): CaseReading => ({
    customer: new Set(customer.flatMap((line) => [...customerCuesOf(analyzeText(line))])),
    agent: new Set(agent.flatMap((line) => [...agentCuesOf(analyzeText(line))])),
    refused: new Set(),
    facts: new Set(),
  });

  it('one login’s remedies are moot for an admin speaking for many users', () => {
    const admin = reading(["since this morning 52 of our staff can't sign in through SSO, the error says the account was deactivated"]);
    expect(remedyIsMoot('I can verify your identity here and help you get back into your account step by step.', admin)).toBe(true);
    expect(remedyIsMoot("I can check whether the account has been locked and unlock it once you're verified.", admin)).toBe(true);
    const one = reading(["I can't sign in, it just spins"]);
    expect(remedyIsMoot('I can verify your identity here and help you get back into your account step by step.', one)).toBe(false);
    expect(remedyIsMoot("I can check whether the account has been locked and unlock it once you're verified.", one)).toBe(false);
  });

  it('no reset link once the reset has failed them', () => {
    const remedy = "If it's the password, I can send a reset link to the email address on your account.";
    expect(remedyIsMoot(remedy, reading(['I clicked forgot password three times and no email ever arrives']))).toBe(true);
    expect(remedyIsMoot(remedy, reading(["logged in this morning and my account is suspended for 'unusual activity'"]))).toBe(true);
    expect(remedyIsMoot(remedy, reading(["locked out again, the 2-step code you text me never arrives"]))).toBe(true);
    expect(remedyIsMoot(remedy, reading(["I can't log in to my account"]))).toBe(false);
  });

  it('the agent naming the likely cause and the customer saying what they checked both read', () => {
    expect(agentCuesOf(analyzeText('That error is almost always caused by the calendar token expiring. Has anyone changed the password?')).has('found-cause')).toBe(true);
    expect(customerCuesOf(analyzeText("I've already checked the logs and nothing changed on our side")).has('tried-fixes')).toBe(true);
    expect(customerCuesOf(analyzeText("I'm looking at the admin console right now and the group is still there")).has('tried-fixes')).toBe(true);
    // A plain report of a fault is no account of what was tried.
    expect(customerCuesOf(analyzeText('the export keeps failing on three invoices')).has('tried-fixes')).toBe(false);
  });
});

describe('an injury told as the reason a booking must change', () => {
  it('gets no safety script', () => {
    const { suggestions, flags } = lastCards([['c', 'Hi, can I become the main driver on our rental? My husband broke his arm on Saturday playing football and he cannot drive now.']]);
    expect(flags.some((f) => f.rule === 'escalation.safety')).toBe(false);
    expect(texts(suggestions)).not.toMatch(/safety comes first|emergency services/i);
  });

  it('an injury the product or the premises did still does', () => {
    const { flags } = lastCards([['c', 'The shelf in your store fell and I broke my wrist trying to catch it.']]);
    expect(flags.some((f) => f.rule === 'escalation.safety')).toBe(true);
  });
});
