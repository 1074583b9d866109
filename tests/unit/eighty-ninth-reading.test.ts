// What the 89th reading's blind ten (hard chats 1661–1670) found, as kinds, in our own words: a
// stock apology after "not a script" or "don't just say sorry"; a stall after "can you stop it
// today, or not?"; a Vietnamese given name cut to its first syllable ("Thu" of "Thu Hà"); a hand-off
// to one who has gone to the bank and only wants the account closed; and a reframe opening on
// "What I can do is…" before the rule it answers.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('the moment', () => {
  it.each(["I want someone who can decide. Not a script.", "DONT JUST SAY SORRY, fix the heating"])('no stock apology after "%s"', (last) => {
    const cards = cardsAfter(engine, [
      ['c', 'Our heating has been broken for nine days and my daughter has asthma. This is the third time I am writing!'],
      ['a', 'Let me check the repair ticket.'],
      ['c', 'NINE DAYS. My kid is sleeping in a coat.'],
      ['c', last],
    ]);
    const apology = cards.find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).not.toMatch(/frustrating|sorry you've had to deal/);
  });

  it('offers no "let me look into this" to "…today, or not?"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'You keep sending FINAL NOTICE letters to my late father. It has to stop.'],
      ['a', "I'm so sorry for your loss. I'll need to check with our billing manager how this happened."],
      ['c', 'I am not refusing to pay what is fair. But can you actually stop the letters, today, or not?'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/look into this now/);
  });

  it('no hand-off to one who has gone to the bank and only wants the account closed', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your game charged my son 60 euros for gems he never got.'],
      ['a', 'I can ask the payments team for a second review.'],
      ['c', "Honestly don't bother. I've rung the bank and they're doing a chargeback. I just want the account closed and my card removed."],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('escalate');
  });
});

describe('names', () => {
  it('calls "Thu Hà", signed under "Đỗ Thị Thu Hà", by both syllables', () => {
    const conversation = engine.startConversation({ id: 'n', customer: { name: 'Đỗ Thị Thu Hà' } });
    conversation.addTurn({ speaker: 'customer', text: 'Dear support team,\n\nI paid for the course yesterday, 450.000 VND was taken from my card, but the lessons say "not available in your region". I already logged out, reinstalled the app and tried on my laptop. Same error every time. This is the third time I write and nobody answers, I am very disappointed!!\n\nThank you,\nThu Hà' });
    const named = conversation.suggestions().map((c) => c.text).join(' ');
    expect(named).toMatch(/Thu Hà/);
    expect(named).not.toMatch(/\bThu\b(?! Hà)/);
  });
});

describe('a reframe', () => {
  it('says what the agent can do after the rule it answers, not before', () => {
    const reframe = reframeAfter(
      engine,
      'My driving lesson was cancelled this morning and nobody told me! Do I lose it from my package?',
"Mr Ali is honestly not very reliable, he cancelled this morning without informing the office properly. Also the text would have gone to your sister's number since she made the booking, so you should have checked with her. As per policy the lesson is counted as used since it was cancelled less than 12 hours before.",
    );
    expect(reframe).toMatch(/What I can do/);
    expect(reframe).not.toMatch(/^What I can do/);
  });
});
