// What the 122nd reading's blind ten (hard chats 1991–2000) found, as kinds, in our own words,
// learned from after it measured the code: a good draft reframed because "you'll both get a
// confirmation SMS" read as a promise (and the reframe then dropped the name and the SMS); a policy
// draft whose reframe kept "the customer is responsible for…" and "Nothing further can be done",
// and left "within 10 working days on our website" once "as stated" went.
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a notification told, not an outcome promised', () => {
  it('"you\'ll both get a confirmation SMS" is no guarantee; "you\'ll each get €200" still is', () => {
    expect(rulesOfAgentLine(engine, "The transfer shows within 3 working days, and you'll both get a confirmation SMS.")).not.toContain('overpromise.guarantee');
    expect(rulesOfAgentLine(engine, "You'll each get €200 back by Friday.")).toContain('overpromise.guarantee');
  });

  it('a good closing draft is left alone', () => {
    const result = draftAfter(
      engine,
      'Please close my account and move my points to my brother, his card ends 1180.',
      "Understood, Hamid. I've sent the request to close your account and move your 2,400 points to the card ending 1180. It usually shows within 3 working days, and you'll both get a confirmation SMS.",
    );
    expect(result.suggestions.filter((s) => s.kind === 'reframe')).toEqual([]);
  });
});

describe('a policy draft, reframed', () => {
  it('drops the duty the terms lay on "the customer", the wall, and where the fact is written', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your sweep left soot all over my sofa. Who pays for the cleaning?']],
        'According to our Terms point 4.1 the customer is responsible for covering furniture near the fireplace. The certificate will be emailed within 5 working days as stated on our website. Nothing further can be done on this matter.',
      ) ?? '';
    expect(reframe).toMatch(/certificate will be emailed within 5 working days\./);
    expect(reframe).not.toMatch(/customer is responsible|Nothing further|on our website/);
  });
});
