// What the 103rd reading's blind ten (hard chats 1801–1810) found, as kinds, in our own words: the
// header's name used for a widow writing on her late husband's account ("You're welcome, Henrik");
// a restatement of a thank-you's side remark, or of a grieving customer's words when she asks what
// happens now; a reframe that sent "someone out" for a parcel and kept a whole-order refund "so
// you're not out of pocket", and read "Sorry Mairi, Good news…"; "put me with a manager", the
// Livro de Reclamações and DECO not read as escalation; "for next time though, please double-check…"
// not read as a lesson. And a name of invisible characters only, greeted as one.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, play, reframeAfterChat, rulesOf, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('the header\'s name', () => {
  it('is not used for one writing on a relative\'s account, nor for the one who died', () => {
    const results = play(
      engine,
      [
        ['c', 'Hello. I am writing on my father\'s account. Anders died last month and you keep texting him about his dental check-up.'],
        ['a', 'I am so sorry for your loss. I have stopped the reminders now.'],
        ['c', 'Thank you, that helps.'],
      ],
      'Anders Lund',
    );
    expect(results.flatMap((r) => r.suggestions.map((s) => s.text)).join(' ')).not.toMatch(/Anders/);
  });

  it('nor a name of invisible characters only', () => {
    const texts = cardsAfter(engine, [['c', 'My parcel is a week late and nobody answers!!']], '\u200b\u200c').map((c) => c.text).join(' ');
    expect(texts).not.toMatch(/,\s*[\u200b\u200c]*\s*\./);
  });
});

describe('restatements', () => {
  it('skip a thank-you\'s side remark, and a grieving customer\'s words when she asks what happens now', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "Hello. I am writing on my wife's account. Maria died on 4 October. Your dentist still sends her reminders, and yesterday a letter came saying she owes 90 euro for a missed appointment."],
        ['a', 'Dear Tomas, I am so sorry for your loss, and sorry the reminders reached you at such a hard time. I have stopped all reminders and cancelled her open booking for 3 December.'],
        ['c', 'Thank you. I did not know there was another booking.'],
        ['c', "What about the 90 euro? I don't want to argue about money but I also don't want a letter in January with her name on it. And do you need the death certificate? I really can't manage phoning anyone else this week."],
      ],
      'Maria Costa',
    );
    expect(cards.filter((c) => c.kind === 'restate')).toEqual([]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/Maria/);
  });
});

describe('a reframe', () => {
  it('sends things, not "someone out", and asks rather than refunding the whole order on top', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'You sent the wrong size school shoes and term starts Monday!!']],
        "So sorry Eilidh, this is on our packing team. Good news is the size 4s are in stock. I'll get them out today and I guarantee they'll be with you tomorrow, so don't worry. I'll also refund the whole order so you're not out of pocket.",
      ) ?? '';
    expect(reframe).not.toMatch(/someone out/);
    expect(reframe).not.toMatch(/refund the whole order/);
    expect(reframe).not.toMatch(/, Good news/);
  });
});

describe('escalation', () => {
  it('"put me with a manager", the complaints book and DECO', () => {
    const rules = rulesOf(play(engine, [['c', "No voucher. If I don't have an answer today I fill the Livro de Reclamações and I go to DECO. Put me with a manager please."]]));
    expect(rules).toContain('escalation.regulator');
    expect(rules).toContain('escalation.manager-request');
    expect(rulesOfCustomerLine(engine, 'Can you put me with a colleague who speaks Portuguese?')).not.toContain('escalation.manager-request');
  });
});

describe('a lesson said first', () => {
  it('"For next time though, please…" is flagged', () => {
    expect(rulesOfAgentLine(engine, 'For next time though, please check the size guide before ordering.')).toContain('agent-tone.dismissive');
  });
});
