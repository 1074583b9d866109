import { describe, expect, it } from 'vitest';
import {
  APOLOGY_PHRASINGS,
  ASK_WHAT_IS_FAIR_PHRASINGS,
  BREATHER_PHRASINGS,
  ESCALATION_PHRASINGS,
  fillTemplate,
  FOLLOW_UP_PHRASINGS,
  isOverpromise,
  pickVariant,
  withoutApology,
} from '../../src/engine/suggestions';

const POOLS = { APOLOGY_PHRASINGS, ASK_WHAT_IS_FAIR_PHRASINGS, BREATHER_PHRASINGS, ESCALATION_PHRASINGS, FOLLOW_UP_PHRASINGS };

describe('fillTemplate', () => {
  it('fills every slot', () => {
    expect(
      fillTemplate("I'm sorry, {name}, that {problem}. {remedy} I'll check back on {day}; {contact} can help too.", {
        firstName: 'Dana',
        problem: 'your package is late',
        remedy: 'I can open a courier investigation.',
        day: 'Friday',
        contact: 'our escalations team',
      }),
    ).toBe("I'm sorry, Dana, that your package is late. I can open a courier investigation. I'll check back on Friday; our escalations team can help too.");
  });

  it('prefers the first name and falls back to the name as known', () => {
    expect(fillTemplate('Thanks, {name}.', { name: 'Dana Whitfield', firstName: 'Dana' })).toBe('Thanks, Dana.');
    expect(fillTemplate('Thanks, {name}.', { name: 'Dana' })).toBe('Thanks, Dana.');
  });

  it.each([
    ["I'm sorry, {name}, this has been a hassle.", "I'm sorry, this has been a hassle."],
    ["I'm sorry[, {name},] for the trouble.", "I'm sorry for the trouble."],
    ['As I understand it, {name}, your order is late — is that right?', 'As I understand it, your order is late — is that right?'],
    ['{name}, I can help with that.', 'I can help with that.'],
    ['Thanks for waiting, {name}.', 'Thanks for waiting.'],
    ['Hi {name}! Let me look.', 'Hi! Let me look.'],
    ['I want to make sure I understand, {name}: your card was charged twice.', 'I want to make sure I understand: your card was charged twice.'],
    ['Is that right, {name}?', 'Is that right?'],
  ])('drops an unknown name without a dangling comma: %s', (template, filled) => {
    expect(fillTemplate(template, {})).toBe(filled);
    expect(fillTemplate(template, { name: '  ' })).toBe(filled);
  });

  it('drops an optional part whose slot is unknown', () => {
    const template = "I'll check back with you[ on {day}] to make sure everything arrived.";
    expect(fillTemplate(template, { day: 'Friday' })).toBe("I'll check back with you on Friday to make sure everything arrived.");
    expect(fillTemplate(template, {})).toBe("I'll check back with you to make sure everything arrived.");
  });

  it('hands off to "a colleague" when the team has no contact configured', () => {
    const template = "{name}, I understand this is serious for you, so I'm bringing in {contact} who can look at it properly.";
    expect(fillTemplate(template, {})).toBe("I understand this is serious for you, so I'm bringing in a colleague who can look at it properly.");
    expect(fillTemplate('{contact} will join this chat shortly.', {})).toBe('A colleague will join this chat shortly.');
    expect(fillTemplate(template, { firstName: 'Dana', contact: 'our support lead' })).toBe(
      "Dana, I understand this is serious for you, so I'm bringing in our support lead who can look at it properly.",
    );
  });

  it('drops "on {day}" when no day is known', () => {
    expect(fillTemplate("I'll check back with you on {day} to make sure everything arrived, {name}.", {})).toBe(
      "I'll check back with you to make sure everything arrived.",
    );
    expect(fillTemplate("I've noted this on your case, {name}, and I'll follow up with you by email on {day}.", {})).toBe(
      "I've noted this on your case, and I'll follow up with you by email.",
    );
  });

  it('does not read slots or brackets inside the values it inserts', () => {
    expect(fillTemplate('Noted: {problem}.', { problem: 'the label said [fragile] {name}' })).toBe('Noted: the label said [fragile] {name}.');
  });
});

describe('pickVariant', () => {
  it('is reproducible for a conversation and turn', () => {
    expect(pickVariant(APOLOGY_PHRASINGS, 'chat-17:4')).toBe(pickVariant(APOLOGY_PHRASINGS, 'chat-17:4'));
    expect(pickVariant(APOLOGY_PHRASINGS, 42)).toBe(pickVariant(APOLOGY_PHRASINGS, '42'));
  });

  it('rotates across turns instead of repeating one sentence', () => {
    const picked = new Set(Array.from({ length: 20 }, (_, turn) => pickVariant(APOLOGY_PHRASINGS, `chat-17:${turn}`)));
    expect(picked.size).toBeGreaterThanOrEqual(3);
  });

  it('works on any pool and refuses an empty one', () => {
    expect(pickVariant([{ id: 1 }], 'x')).toEqual({ id: 1 });
    expect(() => pickVariant([], 'x')).toThrow(RangeError);
  });
});

describe('phrasing pools', () => {
  it.each(Object.entries(POOLS))('%s has several phrasings that fill cleanly with and without a name', (_, pool) => {
    expect(pool.length).toBeGreaterThanOrEqual(3);
    for (const template of pool) {
      for (const slots of [{}, { firstName: 'Dana', day: 'Friday', contact: 'the escalations team' }]) {
        const text = fillTemplate(template, slots);
        expect(text, template).not.toMatch(/[{}[\]]|, ,|,\s*[.!?:;]| {2}|^\s|\s$/);
        expect(text, template).toMatch(/^[A-Z]/);
      }
    }
  });

  it('apologises for the experience, never admits fault or overpromises', () => {
    const all = Object.values(POOLS).flat();
    for (const text of all) {
      expect(text).not.toMatch(/\b(?:our (?:mistake|fault|error)|we (?:messed|screwed) up|we were (?:wrong|negligent)|it'?s our fault|my fault)\b/i);
      expect(isOverpromise(text), text).toBe(false);
    }
    // Every one says sorry or understands, but the one for a customer who refused apologies.
    expect(APOLOGY_PHRASINGS.filter((text) => !withoutApology(text)).every((text) => /\b(?:sorry|understand)\b/i.test(text))).toBe(true);
    expect(APOLOGY_PHRASINGS.filter(withoutApology).map((text) => /\b(?:sorry|apologi[sz]e)\b/i.test(text))).toEqual([false]);
  });

  it('apologises in the playbook\'s words', () => {
    expect(fillTemplate(APOLOGY_PHRASINGS[0]!, {})).toBe(
      "I'm sorry for the inconvenience this has caused you; let's see what we can do to find a solution.",
    );
    expect(fillTemplate(APOLOGY_PHRASINGS[0]!, { firstName: 'Dana' })).toBe(
      "I'm sorry, Dana, for the inconvenience this has caused you; let's see what we can do to find a solution.",
    );
  });

  it('follow-up names the day when known', () => {
    expect(fillTemplate(FOLLOW_UP_PHRASINGS[0]!, { day: 'Friday' })).toBe("I'll check back with you on Friday to make sure this is resolved.");
  });

  it('escalation names the contact when known and reads well without it', () => {
    const withContact = ESCALATION_PHRASINGS.map((t) => fillTemplate(t, { firstName: 'Dana', contact: 'our support lead, Priya' }));
    expect(withContact.some((t) => t.includes('our support lead, Priya'))).toBe(true);
    expect(fillTemplate(ESCALATION_PHRASINGS[0]!, {})).toBe("I'd like to bring in a colleague who can help with this further.");
  });
});
