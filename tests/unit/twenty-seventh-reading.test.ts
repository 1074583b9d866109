// What the twenty-seventh and twenty-eighth readings (hard chats 411–440, written blind) found, as
// kinds, in our own words: admissions the flags did not know ("our pharmacist made a labelling
// error", "our payment system glitched", "we lost it", "they saw it and should have checked"), a
// promise kept ("I've personally made sure of it"), walls kept ("the fee stands", "nothing else to
// discuss", "not something I handle here", "isn't my area"), reframes that broke ("Twice already,
// you need…", a leftover "Anyway,", a lone "Wei Ling."), a colleague's slip left in once its clause
// went ("Kayla rushed the groom"), and remedies and check-backs beside a draft that already acts.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, draftAfter, play } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const COMPLAINT = 'This has been going on for a week and nobody is fixing it.';

describe('flags on drafts the rules did not know', () => {
  it.each([
    ['Our chemist made a dosing error on the label.', 'liability-admission'],
    ['Our booking system glitched and took the deposit twice.', 'liability-admission'],
    ['Honestly, we lost it.', 'liability-admission'],
    ['The staff noticed the scratch and should have told you at collection.', 'liability-admission'],
    ["I've personally made sure of it, so you don't need to come in.", 'overpromise'],
    ['The terms are the terms and the charge stands.', 'agent-tone'],
    ['Those are the house rules and there is nothing else to discuss.', 'agent-tone'],
    ["For the parking it's not something I handle here.", 'agent-tone'],
    ['I work in sales so repairs is not my area.', 'agent-tone'],
  ])('"%s" → %s', (draft, category) => {
    expect(draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.category)).toContain(category);
  });
});

describe('reframes that read as one message', () => {
  it('"like I said twice already" goes whole', () => {
    expectReframeFixes(
      engine,
      'Still blurry. Are you even reading my messages?',
      "Obviously I'm reading it. Like I said twice already, the new lenses take a week to settle. If it's still blurry after that you can send them back under EY-1020.",
      /twice|like i said|obviously/i,
      // "I'm reading it" only answers the jab: it goes with "Obviously".
      /^The new lenses take a week to settle\./,
    );
  });

  it('a leftover "Anyway," goes with the lecture before it', () => {
    expectReframeFixes(
      engine,
      'The waiver never said it would void the warranty.',
      'Well, obviously you should have read what you were signing. Anyway, I can book a free check at the Leeds store under JB-2210.',
      /anyway|should have read/i,
      /I can book a free check at the Leeds store/,
    );
  });

  it('a two-word name left alone joins the next sentence', () => {
    expectReframeFixes(engine, 'Where is my coat?', "Honestly Wei Ling, we lost it, that's on us. The branch is still searching under LI-2020 and I'll update you by Friday.", /lost it|on us/i, /^Wei Ling, /);
  });

  it("a colleague's slip, named or guessed at, goes with the clause beside it", () => {
    expectReframeFixes(
      engine,
      'My dog came home with a cut ear.',
      "Thanks Sam. I'm so sorry, this is our fault. Jodie obviously rushed the groom and nicked his ear, and she should have told you at pick-up. I've booked him in for a free check on Monday.",
      /Jodie|rushed|nicked|should have/i,
      /free check on Monday/,
    );
    expectReframeFixes(
      engine,
      'The mirror arrived cracked.',
      "I'm so sorry, that one's on us. The lads must have dragged the wardrobe instead of lifting it, that was careless of them. Send the photos over by replying to your booking email.",
      /lads|dragged|careless/i,
      /Send the photos over/,
    );
  });

  it('a wall added after a brush-off is dropped, not answered with "let me see"', () => {
    expectReframeFixes(
      engine,
      'My room has had no heating for three days.',
      "I'm in accounts so maintenance isn't my area. You'll have to contact Facilities about MR-100, there's nothing I can do from here.",
      /my area|nothing I can do|let me see/i,
      /You can contact Facilities about MR-100\./,
    );
  });
});

describe('beside a draft that acts, no remedy or check-back', () => {
  const chat = () => {
    const conversation = engine.startConversation({ id: 'acting', customer: { name: 'Valeria Ruiz' } });
    conversation.addTurn({ speaker: 'customer', text: 'You charged my card twice for the same booking, $3,480 MXN each time!!' });
    conversation.addTurn({ speaker: 'agent', text: 'I am so sorry, Valeria. Let me check the payments.' });
    conversation.addTurn({ speaker: 'customer', text: 'Please hurry, that is my rent money.' });
    return conversation;
  };

  it('no solution or follow-up card while the draft requests the reversal', () => {
    const kinds = chat()
      .previewDraft("Valeria, I've requested the reversal of the extra $3,480 MXN under RF-2081, and your bank usually shows it within 5 to 10 business days.")
      .suggestions.map((s) => s.kind);
    expect(kinds).not.toContain('solution');
    expect(kinds).not.toContain('follow-up');
  });

  it('no apology card beside a draft that apologises, no question beside one that asks', () => {
    const kinds = chat().previewDraft("I'm so sorry, Valeria, that's a horrible worry. Which card was it charged to?").suggestions.map((s) => s.kind);
    expect(kinds).not.toContain('apologize');
    expect(kinds).not.toContain('clarify');
  });

  it('a transcript\'s unsent draft ("draft": true) is read like the composer: never part of the history', () => {
    const turns = [
      { speaker: 'customer' as const, text: 'You charged my card twice for the same booking, $3,480 MXN each time!!' },
      { speaker: 'agent' as const, text: "I've requested the reversal under RF-2081 and I'll follow up on Monday.", draft: true },
    ];
    const added = engine.startConversation({ id: 'draft-chat' });
    const results = turns.map((t) => added.addTurn(t));
    const previewed = engine.startConversation({ id: 'draft-chat' });
    previewed.addTurn(turns[0]!);
    const preview = previewed.previewDraft(turns[1]!.text);
    expect(results[1]!.suggestions.map((s) => s.text)).toEqual(preview.suggestions.map((s) => s.text));
    expect(results[1]!.suggestions.map((s) => s.kind)).not.toContain('follow-up');
  });

  it('a draft that only sympathises leaves the remedies in place', () => {
    // The agent's first answer: the type's own remedies still stand beside a draft that only sympathises.
    const conversation = engine.startConversation({ id: 'sympathy', customer: { name: 'Valeria Ruiz' } });
    conversation.addTurn({ speaker: 'customer', text: 'You charged my card twice for the same booking, $3,480 MXN each time!!' });
    const kinds = conversation.previewDraft('Valeria, I completely understand how worrying that is.').suggestions.map((s) => s.kind);
    expect(kinds).toContain('solution');
  });
});

describe('a banter-free check: the acting draft does not hide the card after it is sent', () => {
  it('once sent, the next customer message gets its cards again', () => {
    const results = play(engine, [
      ['c', 'You charged my card twice for the same booking!!'],
      ['a', "I've requested the reversal under RF-2081."],
      ['c', 'It has been ten days and still nothing is back on my card, this is ridiculous'],
    ]);
    expect(results.at(-1)!.suggestions.map((s) => s.kind)).toContain('apologize');
  });
});

describe('names in the order their cultures write them', () => {
  it.each([
    ['Mei Xin Lim', 'Mei Xin'],
    ['Lim Mei Xin', 'Mei Xin'],
    ['Watanabe Haruka', 'Haruka'],
    ['Haruka Watanabe', 'Haruka'],
    ['Anna Lee', 'Anna'],
  ])('header "%s" → %s', (header, first) => {
    expect(nameFrom(header, 'transcript')?.first).toBe(first);
  });

  it('a name alone after a closing "please." is the one they sign with', () => {
    const results = play(engine, [['c', 'I was charged a cleaning fee I do not owe. I would like it removed, please. Haruka']], 'Watanabe H.');
    expect(results.at(-1)!.customerName).toMatch(/^Haruka\b/);
  });
});

describe('what the mid-case reading found (hard chats 441–460)', () => {
  it('a threat earlier in the same burst still rules out the cheerful apology', () => {
    const results = play(engine, [
      ['c', 'you charged me twice for a gym i never used'],
      ['a', 'I have cancelled it now. My name is Olu.'],
      ['c', 'if that manager isnt there with my money tomorrow someone is going to get hurt'],
      ['c', 'olu. ill remember that'],
    ]);
    const kinds = results.at(-1)!.suggestions.map((s) => s.kind);
    expect(kinds[0]).toBe('escalate');
    expect(kinds).not.toContain('apologize');
  });

  it('no check-back in answer to sarcasm', () => {
    const results = play(engine, [
      ['c', 'ordered pizza 50 min ago, app says delivered, nothing here'],
      ['a', "Hi Sam, I'm sorry, that's really frustrating. Could you confirm the address is 9 Elm Road?"],
      ['c', 'yes'],
      ['a', "Thanks. The driver's GPS shows him a street away. I've refunded the full £24.10 to your card and added a £5 credit. Sorry again."],
      ['c', 'oh brilliant, £5. love how your app thinks a street away counts as delivered'],
    ]);
    expect(results.at(-1)!.suggestions.map((s) => s.kind)).not.toContain('follow-up');
  });

  it('a time is no place to cut a clause', () => {
    const results = play(engine, [['c', 'they emailed saying its $38.75 for a 4 hour ride?? the app still shows it as a ride from 10:28 til 2:30am when it auto ended']]);
    const restatement = results.at(-1)!.suggestions.find((s) => s.kind === 'restate')?.text ?? '';
    expect(restatement).not.toMatch(/from 10\b(?!:)/);
  });
});

