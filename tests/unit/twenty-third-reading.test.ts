// What the twenty-third reading (the reading set and hard chats 311–320, written blind) found, as
// kinds, in our own words: "it's not Robert, it's his daughter, Fiona" still called Robert; "pay it
// back by Monday or my solicitor hears about it… we'll see how brave your lot are face to face"
// answered with a cheerful apology; a cold draft ("as I've already told you…", "it's not our job
// to…", "the terms were there for you to read", "if you want to go to your bank that's up to you")
// with no card at all. Also a jab the new flags exposed in an older set's draft ("maybe read it
// next time before you sign", "everyone else manages", "collections, your choice").
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfter, play } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();

describe('a name put right the other way round', () => {
  it.each([
    ["its not graham its his son, Callum. dad hasn't got a computer so I'm on here for him", 'Callum'],
    ["I'm not Graham, I'm his wife Senga. The boiler is still broken", 'Senga'],
  ])('"%s" → %s', (text, name) => {
    const results = play(engine, [['c', 'the boiler repair booked for last week never happened'], ['c', text]], 'Graham Watt');
    expect(results.at(-1)!.customerName).toBe(name);
    expect(results.at(-1)!.suggestions.map((s) => s.text).join(' ')).not.toMatch(/Graham/);
  });

  it('"I\'m not Graham" is never said back as the problem', () => {
    const results = play(engine, [['c', "I'm not Graham, I'm his wife Senga. The boiler is still broken"]], 'Graham Watt');
    const restatement = results.at(-1)!.suggestions.find((s) => s.kind === 'restate')?.text ?? '';
    expect(restatement).not.toMatch(/not Graham/);
  });

  it('a name said with no correction keeps the header', () => {
    const results = play(engine, [['c', 'It is not Graham who broke it. the boiler is broken']], 'Graham Watt');
    expect(results.at(-1)!.customerName).toMatch(/^Graham/);
  });
});

describe('threats as the end of an ultimatum', () => {
  const crossed = (text: string) => play(engine, [['c', 'You kept my £200 deposit for a dent that was already there.'], ['a', 'I understand, let me check the booking.'], ['c', text]], 'Dmitri Orlov').at(-1)!;

  it('"pay it back by Monday or my solicitor hears about it": the hand-off leads', () => {
    const last = crossed('pay it back by Monday or my solicitor hears about it');
    expect(last.flags.map((f) => f.rule)).toContain('escalation.legal-threat');
    expect(last.suggestions[0]?.kind).toBe('escalate');
  });

  it('"…we\'ll see how tough your lot are face to face": the hand-off, and no cheerful apology', () => {
    const last = crossed("I'm in Leeds again next week, I'll be at your counter and we'll see how tough your lot are face to face");
    expect(last.flags.map((f) => f.rule)).toContain('escalation.violence');
    expect(last.suggestions[0]?.kind).toBe('escalate');
    expect(last.suggestions.map((s) => s.kind)).not.toContain('apologize');
  });

  it.each([["We'll see how brave the kids are at the pool face to face with the big slide"], ['My solicitor hears about the house sale on Friday, can I pay the deposit then?']])('"%s" is not', (text) => {
    const results = play(engine, [['c', text]]);
    expect(results.at(-1)!.flags.map((f) => f.category)).not.toContain('escalation');
  });
});

describe('a cold draft gets a reframe without the jabs', () => {
  const complaint = "I did ask for the relocation waiver. It's on the form, I ticked it and attached my new lease.";

  it.each([
    ['As I have already told you, the fee stands.'],
    ["It's not our job to fix mistakes on forms customers fill in."],
    ['The terms were there for you to read when you signed up.'],
    ["If you want to go to your bank that's up to you."],
  ])('"%s" is flagged', (draft) => {
    expect(draftAfter(engine, complaint, draft).flags.map((f) => f.category)).toContain('agent-tone');
  });

  it('the whole draft is reworded to what the agent can do', () => {
    expectReframeFixes(
      engine,
      complaint,
      "Sam, as I've already told you, the system shows 'other', so the fee stands. It's not our job to fix mistakes on forms customers fill in, and the terms were there for you to read when you signed up. If you want to go to your bank that's up to you.",
      /already told|our job|there for you to read|up to you/i,
      /\bhelp\b|what I can do|options/i,
    );
  });

  it('lessons and a shrug at debt collectors are dropped, the facts and the offer kept', () => {
    expectReframeFixes(
      engine,
      "i told the girl at the front desk in june i was moving, she said no bother. refund it today or i'm doing a chargeback",
      "As I've already explained, you signed a 12-month contract, maybe read it next time before you sign. Everyone else manages to do it properly. If you do a chargeback the account goes to collections, your choice. I can see the €39.99 charge from 3 Oct, and I can log a relocation cancellation if you send a proof of address.",
      /read it next time|everyone else|your choice|already explained/i,
      /I can log a relocation cancellation/,
    );
  });
});
