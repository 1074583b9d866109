// What the 107th reading's blind ten (hard chats 1841–1850) found, as kinds, in our own words,
// learned from after it measured the code: a written report promised by a time reworded as
// "get this sorted by 17:00"; costs promised "if anything goes wrong" answered with a claim; a
// Burmese name cut to its first syllable; "most likely you or your partner shared your login"
// not read as blame.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a reframe', () => {
  it('keeps a written report promised by a time', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your cleaners switched off the server room AC overnight and two machines died!!']],
        "The crew log shows two cleaners on floor 9 until 00:30. You will have the written incident report by 16:00 today. Honestly it sounds like our cleaner switched it off by mistake, that one is on us.",
      ) ?? '';
    expect(reframe).toMatch(/written incident report by 16:00 today/);
    expect(reframe).not.toMatch(/get this sorted/);
  });

  it('asks about costs promised "if anything goes wrong" rather than raising a claim', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'My visa appointment was never booked and my flight is on the 19th!!']],
        "Don't worry, I promise you will have your visa before the 19th. If anything goes wrong our company will pay for your new flight.",
      ) ?? '';
    expect(reframe).not.toMatch(/claim/);
    expect(reframe).toMatch(/ask what we can offer/);
  });
});

describe('names', () => {
  it('a Burmese name is said whole', () => {
    const texts = cardsAfter(engine, [['c', 'The catering for our party was short by half and nobody answers me!!']], 'Thandar Hnin Wai')
      .map((c) => c.text)
      .join(' ');
    expect(texts).toMatch(/Thandar Hnin Wai/);
  });
});

describe('blame', () => {
  it('"most likely you or your partner shared your login"', () => {
    expect(rulesOfAgentLine(engine, 'Most likely you or your partner shared your login with someone at some point.')).toContain('agent-tone.dismissive');
  });
});
