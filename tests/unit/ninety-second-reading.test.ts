// What the 92nd reading's blind ten (hard chats 1691–1700) found, as kinds, in our own words: "put
// me on to someone who can actually do something" not read as asking for a manager; a cold draft
// to a grieving parent ("as per our standard process", "it may not have been sent to the correct
// address") not flagged; a reframe that cut "yes, that's the reason" to "yes"; an appeal promised
// to succeed reworded into a promise of the money back; and a wall cut down to "The fee applies."
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('asking for someone who can act', () => {
  it('"put me on to someone who can…" gets a hand-off', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The wardrobe was meant to come Monday and nobody showed up.'],
      ['a', 'Sorry about that. The next slot is Thursday.'],
      ['c', 'THURSDAY? I TOOK A DAY OFF FOR THIS. PUT ME ON TO SOMEBODY WHO CAN ACTUALLY SORT IT'],
    ]);
    expect(cards.map((c) => c.kind)).toContain('escalate');
  });
});

describe('a cold draft to someone grieving', () => {
  it('is flagged for its process wall and its hint of their mistake', () => {
    expect(rulesOfAgentLine(engine, 'Statements keep going out automatically as per our standard process.')).toContain('agent-tone.hiding-behind-policy');
    expect(rulesOfAgentLine(engine, 'We have nothing on file, so the certificate may not have been posted to the correct address.')).toContain('agent-tone.dismissive');
  });

  it('and the reframe drops both guesses, not only the blaming one', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'My husband died in June and you keep sending him overdue notices. I posted the death certificate in July. Please make it stop.']],
      'Statements keep going out automatically as per our standard process. Post can be slow, or it may not have been posted to the correct address. Please send a certified copy again.',
    );
    expect(reframe).toMatch(/send a certified copy again/);
    expect(reframe).not.toMatch(/post can be slow|correct address|standard process/i);
  });
});

describe('reframes keep the answer and hedge the decision', () => {
  it('keeps "yes, that\'s the reason" answering "is this the reason?"', () => {
    const reframe = reframeAfter(
      engine,
      'My cat only saw the old vet once for a sore paw. Is this the reason they refused the claim??',
      "Hi Rui, yes, that's the reason. The note from the old vet is dated before the policy started. Don't worry, the appeal will definitely be approved and you'll get the 900 euros back.",
    );
    expect(reframe).toMatch(/yes, that's the reason/);
  });

  it('an appeal promised to succeed becomes the agent checking the team has what it needs, and no money promised', () => {
    const reframe = reframeAfter(
      engine,
      'My cat only saw the old vet once for a sore paw. Is this the reason they refused the claim??',
      "You can appeal by email within 60 days. Don't worry, with the vet's letter the appeal will definitely be approved and you'll get the 900 euros back.",
    );
    expect(reframe).toMatch(/appeal by email within 60 days/);
    expect(reframe).toMatch(/the team has everything they need to review it/);
    expect(reframe).not.toMatch(/money back|900 euros back|definitely/);
  });

  it('"the fee applies", all that is left, is owned and followed by what the agent can do', () => {
    const reframe = reframeAfter(
      engine,
      'i docked it at 7pm, someone else must have taken it after me?? pls check',
      "The bike was not docked properly by you. As per our terms the fee applies and there's nothing I can do about it. Make sure to check the lock next time.",
    );
    expect(reframe).toMatch(/^I know this isn't the answer/);
    expect(reframe).toMatch(/What I can do is/);
  });

  it('but no "what I can do" after a step already confirmed', () => {
    const reframe = reframeAfter(
      engine,
      'I missed the appointment because the bus broke down!',
      'As per our policy the €45 no-show fee applies. Your new appointment on 3 December at 10:30 is confirmed.',
    );
    expect(reframe).toMatch(/is confirmed/);
    expect(reframe).not.toMatch(/What I can do is look into the other options/);
  });
});
