// Cards that fit the moment (issue 14): kinds of failure a trainer's reading of the learning
// dialogues found, each written here as a chat of our own. Those that only expect cards at a turn
// are data: tests/scenarios/cards-moment.json.
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();
const cardsAfter = (lines: ChatLine[], name?: string) => play(engine, lines, name).at(-1)!.suggestions;
const kindsAfter = (lines: ChatLine[], name?: string) => cardsAfter(lines, name).map((s) => s.kind);

const COMPLAINT: ChatLine = ['c', 'My broadband has been down since yesterday and nobody has told me why!', 0];

describe('a card still called for is worded anew', () => {
  it('never shows the same apology after two customer messages in a row', () => {
    const results = play(engine, [COMPLAINT, ['c', 'Still nothing. This is ridiculous.', 20], ['c', 'I am losing work because of this!', 40]]);
    const apologies = results.map((r) => r.suggestions.find((s) => s.kind === 'apologize')?.text).filter(Boolean);
    expect(apologies.length).toBe(3);
    for (let i = 1; i < apologies.length; i++) expect(apologies[i]).not.toBe(apologies[i - 1]);
  });

  it('offers one general remedy when the kind of problem is unclear', () => {
    const solutions = cardsAfter([['c', 'The man at your Leeds branch was incredibly rude to my mother this morning and she left in tears.', 0]]).filter((s) => s.kind === 'solution');
    expect(solutions.length).toBeLessThanOrEqual(1);
    for (const s of solutions) expect(s.text).not.toMatch(/pass this to the team|fair/);
  });
});

describe('cards for the end of a chat wait for the end', () => {
  it('keeps the breather for after the customer has stopped writing', () => {
    const heated: ChatLine[] = [
      ['c', 'This is the THIRD time I am contacting you and NOBODY has done anything!!!', 0],
      ['c', 'You people are useless, absolutely useless!!!', 10],
      ['a', 'I have booked the engineer. Is there anything else I can help with?', 40],
    ];
    const closed = play(engine, heated).at(-1)!;
    if (closed.flags.some((f) => f.category === 'breather')) expect(closed.suggestions.map((s) => s.kind)).toContain('breather');
    expect(kindsAfter([...heated, ['c', 'Yes actually, one more thing', 60]])).not.toContain('breather');
  });
});

describe('kinds of failure from the second reading, in chats of our own', () => {
  it('never restates an insult as the problem', () => {
    const cards = cardsAfter([['c', 'Every time I ring I get some useless clueless call-centre drone, and my bill is still wrong!', 0]]);
    for (const s of cards.filter((c) => c.kind === 'restate')) expect(s.text).not.toMatch(/useless|clueless|drone/);
  });

  it('offers the customer nothing to read while they are still typing, only a reword of the draft', () => {
    const lines: ChatLine[] = [COMPLAINT, ['c', 'and another thing', 5], ['typing', 3]];
    expect(kindsAfter(lines).filter((k) => k !== 'reframe')).toEqual([]);
  });

  it('asks after the person and escalates when their safety is at stake, without "sorry for the trouble"', () => {
    const cards = cardsAfter([['c', 'The cake had nuts in it and nothing on the label. My son had an allergic reaction and ended up in hospital.', 0]], 'Ana Souza');
    expect(cards[0]).toMatchObject({ kind: 'escalate' });
    expect(cards[0]!.text).toMatch(/is everyone all right/i);
    // The apology is about their safety and where to get help, never the trouble or the frustration.
    expect(cards.find((c) => c.kind === 'apologize')?.text).toMatch(/emergency/i);
    for (const s of cards) expect(s.text).not.toMatch(/trouble|inconvenien|frustrat/i);
    expect(cards.map((c) => c.kind)).not.toContain('solution');
  });

  it('escalates a threat to go to the regulator', () => {
    const flags = play(engine, [['c', 'If my account is not fixed by Friday I am taking this to the ombudsman.', 0]]).at(-1)!.flags;
    expect(flags.map((f) => f.rule)).toContain('escalation.regulator');
  });
});

describe('an apology in the customer’s own register', () => {
  it('does not tell a customer who complains calmly how frustrated they must be', () => {
    // Several messages, so the rotation would reach every template of the rule.
    const lines: ChatLine[] = [
      ['c', "I'm not cross, I just want it fixed: the renewal letter went to my old address and my cover has expired.", 0],
      ['a', 'Thanks for explaining. Let me check the address on file.', 30],
      ['c', 'Thank you. I did update it in March, so the letter should not have gone there.', 60],
      ['a', 'I can see the March update.', 90],
      ['c', 'So the lapse notice also went to the old address, I assume.', 120],
    ];
    const apologies = play(engine, lines)
      .map((r) => r.suggestions.find((s) => s.kind === 'apologize')?.text)
      .filter((t): t is string => t !== undefined);
    expect(apologies.length).toBeGreaterThan(0);
    for (const text of apologies) expect(text).not.toMatch(/frustrat|upset|angry/i);
  });

  it('says back what went wrong, not how the customer says they feel, and not "you\'re upset" to a calm one', () => {
    const cards = cardsAfter([['c', "I'm not cross, I just want it fixed: the renewal letter went to my old address and my cover has expired.", 0]]);
    const restate = cards.find((s) => s.kind === 'restate');
    expect(restate?.text).toMatch(/old address/);
    expect(restate?.text).not.toMatch(/cross|upset|just want/i);
  });

  it('never says "inconvenienced" to someone whose trouble is more than an inconvenience', () => {
    const cards = cardsAfter([['c', 'My father has surgery in Hanoi on Thursday and you have moved my flight to Friday. I cannot miss this.', 0]]);
    for (const s of cards) expect(s.text).not.toMatch(/inconvenien/i);
  });
});
