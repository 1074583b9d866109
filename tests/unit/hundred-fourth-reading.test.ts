// What the 104th reading's blind ten (hard chats 1811–1820) found, as kinds, in our own words: a
// header written family name first ("Uwimana Aline") used for its family name though she signed
// "— Aline"; a company's header ("Al Noor Trading WLL") read as a person called Al; a pet put to
// sleep not read as a loss; "sorry for the snark earlier" not closing the chat; a reframe that
// dropped "Good news … — the branch found your …" and the delivery offered; a hotel tonight and
// medical costs "if needed" answered with a claim; a consumer commission by its initials (KZP).
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, play, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names from the header', () => {
  it('"Mukamana Aline" signing "— Aline" is Aline', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello. You sent a reminder that Simba is due for his vaccine, but he was put to sleep at your clinic last month. — Aline'],
        ['a', 'Thank you, let me check the reminders.'],
        ['c', 'Please just make them stop. And I still did not get the final invoice for the cremation.'],
      ],
      'Mukamana Aline',
    );
    const texts = cards.map((c) => c.text).join(' ');
    expect(texts).toMatch(/Aline/);
    expect(texts).not.toMatch(/Mukamana/);
  });

  it('a company is no one to greet', () => {
    const texts = cardsAfter(
      engine,
      [
        ['c', 'OUR OFFICE AC HAS FAILED AGAIN, THIRD TIME THIS MONTH!!'],
        ['a', 'Sorry, let me check.'],
        ['c', 'CHECK FASTER, IT IS 45 DEGREES'],
      ],
      'Al Rayan Trading WLL',
    )
      .map((c) => c.text)
      .join(' ');
    expect(texts).not.toMatch(/\bAl\b|Rayan/);
  });
});

describe('a pet put to sleep', () => {
  it('is a loss, not a frustration', () => {
    const apology = cardsAfter(engine, [
      ['c', 'You keep texting me to book Bella\'s check-up. She was put to sleep at your clinic two weeks ago. Please make it stop.'],
    ]).find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).toMatch(/loss/);
  });
});

describe('sorry for the snark', () => {
  it('closes the chat after the fix', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Paid for the live stream and it cut out for the whole last act. Great value 👏'],
      ['a', "I've refunded the ticket to your card and the full replay is on your account."],
      ['c', 'oh! thanks, sorry for the snark earlier, long day'],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/follow up|by email|check back/i);
  });
});

describe('a reframe', () => {
  it('keeps the good news and the delivery offered', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'any news?? the wedding is saturday and my suit is still missing']],
        "Good news Ravi — the shop found your grey suit. It had been bagged with another order by mistake. We can deliver it tomorrow between 9am and noon at no charge. Honestly though, this happens when customers don't check their bags, so please do that next time.",
      ) ?? '';
    expect(reframe).toMatch(/found your grey suit/);
    expect(reframe).toMatch(/deliver it tomorrow/);
    expect(reframe).not.toMatch(/check their bags/);
  });

  it('asks what can be offered towards costs still ahead, rather than raising a claim', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'THE HEATING IS DEAD AGAIN AND MY MOTHER IS 90!!']],
        "I'm sorry. That was our engineer's mistake on Monday, so we will pay for a hotel for you both tonight and any doctor's bills if needed.",
      ) ?? '';
    expect(reframe).not.toMatch(/claim/);
    expect(reframe).toMatch(/somewhere to stay/);
  });
});

describe('threats', () => {
  it('a consumer commission by its initials', () => {
    expect(rulesOfCustomerLine(engine, 'You have 24 hours, then I file complaint to KZP.')).toContain('escalation.regulator');
    expect(rulesOf(play(engine, [['c', 'You have 24 hours.']]))).not.toContain('escalation.regulator');
  });
});

function rulesOf(results: ReturnType<typeof play>): string[] {
  return results.flatMap((r) => r.flags.map((f) => f.rule));
}
