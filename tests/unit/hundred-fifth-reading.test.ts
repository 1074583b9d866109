// What the 105th reading's blind ten (hard chats 1821–1830) found, as kinds, in our own words: "i
// dont know how any of this works" read as "it works" and closed with "Glad to hear it"; a kunya
// header ("Bu Faisal") greeted as "Bu"; "Ramadan kareem" not a goodbye; a named colleague's double
// scan and "he's new and keeps doing it" kept in a reframe, with "the £180 back today" and a claim
// for penalties a slip may yet cause; "if you had picked up your phone…" not read as blame, and the
// facts around it dropped with the "so she's called first next time" a step brings about; "Maybe
// next year the students could take a bit more care?" kept; consumer bodies ("the Consumer
// Council", Neytendastofa) not heard.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('the moment', () => {
  it('"i dont know how any of this works" is no fix that worked', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My dad died last week and his phone contract is still running.'],
      ['a', "I'm so sorry for your loss. I can close the contract for you."],
      ['c', "can i pay it myself for a while instead. i dont know how any of this works"],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/Glad to hear it/);
  });

  it('"Eid mubarak to you" after thanks is a goodbye, and a kunya is said whole', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My order was charged twice!!'],
        ['a', "I've refunded the second charge; it shows in 3–5 working days."],
        ['c', 'Thank you, very fast.'],
        ['c', 'Eid mubarak to you'],
      ],
      'Umm Khalid',
    );
    const texts = cards.map((c) => c.text).join(' ');
    expect(texts).not.toMatch(/check back|follow up/i);
    expect(texts).not.toMatch(/\bUmm\b(?! Khalid)/);
  });
});

describe('a reframe', () => {
  it('drops a named colleague\'s double scan, the money "today", and asks about penalties still ahead', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'You invoiced my garage twice for one collection and now the tax man wants paying!']],
        "Sorry Baz, looks like our courier Lee scanned your pickup twice on his handheld, he's new and keeps doing it. I'll get the £90 back in your account today, guaranteed, and we'll cover any bank charges or late fees it causes you.",
      ) ?? '';
    expect(reframe).not.toMatch(/scanned your pickup twice|keeps doing it|today|claim/);
    expect(reframe).toMatch(/money back/);
  });

  it('keeps the facts beside a dropped "if you had picked up", and the step offered', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Why did nobody call my father when the alarm went off?? I want the call-out fee removed.']],
        "Our operator called the first keyholder on file, your mobile, twice at 02:10 and 02:12 with no answer. To be honest, if you had picked up your phone none of this would have happened. I can ask our billing team to review the £60 fee, and I'd suggest we add your father's number as keyholder 1 so he's called first next time.",
      ) ?? '';
    expect(reframe).toMatch(/Our operator called the first keyholder/);
    expect(reframe).toMatch(/review the £60 fee/);
    expect(reframe).not.toMatch(/picked up your phone/);
  });

  it('drops "maybe next year … could take a bit more care?"', () => {
    expect(rulesOfAgentLine(engine, 'Maybe next time the kids could take a bit more care?')).toContain('agent-tone.dismissive');
  });
});

describe('consumer bodies', () => {
  it('"the Consumer Council" and Neytendastofa', () => {
    expect(rulesOfCustomerLine(engine, 'Remove the charge or I go to the Consumer Council.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'Refund me or I write to Neytendastofa.')).toContain('escalation.regulator');
  });
});
