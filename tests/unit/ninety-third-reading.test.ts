// What the 93rd reading's blind ten (hard chats 1701–1710) found, as kinds, in our own words: "its
// Tash." after "Hi Natasha" not taken as the name they go by; a partner run down ("our Bologna
// partner has been a disaster lately") kept in a reframe; "Dear Mr Weiß, As clearly stated in…"
// leaving "As" behind; and a stock "I'll take this on myself" to one who said exactly what she
// wants and "That's all I want from you now".
import { describe, expect, it } from 'vitest';
import { analyzeTextFully } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions';
import { bundledEngine, reframeAfter, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"its Tash." after the agent used "Natasha" is the name they go by', () => {
    const c = engine.startConversation({ id: 'n' });
    c.addTurn({ speaker: 'customer', text: 'my instructor never showed up again, third time' });
    c.addTurn({ speaker: 'agent', text: 'Hi Natasha, sorry to hear this. Can I rebook you for Friday?' });
    c.addTurn({ speaker: 'customer', text: 'its Tash. and no, friday is after my test' });
    expect(c.customerName()).toBe('Tash');
  });

  it('but "No." after "Hi Noah" is no name', () => {
    const c = engine.startConversation({ id: 'n', customer: { name: 'Noah Price' } });
    c.addTurn({ speaker: 'customer', text: 'the heating engineer never came' });
    c.addTurn({ speaker: 'agent', text: 'Hi Noah, could you do Thursday instead?' });
    c.addTurn({ speaker: 'customer', text: 'No. I have taken two days off already.' });
    expect(c.customerName()).toMatch(/^Noah/);
  });
});

describe('reframes', () => {
  it('flag and drop a partner run down to the customer', () => {
    expect(rulesOfAgentLine(engine, 'Honestly our Porto courier has been a disaster lately.')).toContain('agent-tone.deflecting');
    const reframe = reframeAfter(
      engine,
      'The cake for my dad never arrived and the party was yesterday.',
      "I've heard back from the bakery: the order went to the wrong street. Honestly our Porto courier has been a disaster lately. I've refunded the €60 to your card.",
    );
    expect(reframe).not.toMatch(/disaster/);
    expect(reframe).toMatch(/refunded the €60/);
  });

  it('leave no "As" behind a citation dropped after a titled greeting', () => {
    const reframe = reframeAfter(
      engine,
      'Your movers scratched my piano and now you reject the claim?',
      'Dear Ms Øyen,\n\nAs clearly stated in section 4.2 of our Terms, which you signed, damage must be reported on the day of the move. You signed the form without remarks.',
    );
    // (The rule left alone, "Dear Ms Øyen, damage must be reported on the day of the move.", was the
    // bare brush-off the 172nd reading's blind twenty graded bad: no card shows it alone any more.)
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/\b[Aa]s\s+(?:clearly\s+)?stated\b|^(?:Dear Ms Øyen, )?[Aa]s\b/);
    expect(reframe).not.toMatch(/^Dear Ms Øyen, damage must be reported[^.]*\.$/);
  });
});

describe('the moment', () => {
  it('"That\'s all I want from you now." after saying exactly what she wants demands that, not a stock offer', () => {
    expect(customerCuesOf(analyzeTextFully("Send me in writing the reason for the amount and how to complain. That's all I want from you now."))).toContain('demands-answer');
    expect(customerCuesOf(analyzeTextFully("Perfect, that's all I wanted, thanks!"))).not.toContain('demands-answer');
  });
});
