import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import {
  CONFIDENT_PROBLEM_TYPE,
  detectProblemType,
  isOverpromise,
  mergeRemedyCatalogues,
  parseRemedyCatalogue,
  PROBLEM_TYPES,
  problemTypeAfter,
  problemTypeVotes,
  readProblemType,
  remedyCatalogueFromValue,
  remediesFor,
  type RemedyCatalogue,
} from '../../src/engine/suggestions';

const REMEDIES_FILE = 'rules/remedies.yaml';
const catalogue = parseRemedyCatalogue(readFileSync(REMEDIES_FILE, 'utf8'), REMEDIES_FILE);
const typeOf = (...turns: string[]) => detectProblemType(turns.map(analyzeText), catalogue);

describe('detectProblemType', () => {
  it.each([
    ["My package didn't arrive on time!!!", 'delivery'],
    ['Where is my parcel? Tracking has said "in transit" for a week', 'delivery'],
    ['I was charged twice for my subscription', 'billing'],
    ['I was double-charged this month', 'billing'],
    ['Why is the amount on my bank statement different from the price on your site?', 'billing'],
    ['My package arrived damaged', 'defect'],
    ['The kettle stopped working after two days', 'defect'],
    ['The bread I bought had expired', 'defect'],
    ['You sent me the wrong size and I\'m furious', 'wrong-item'],
    ['This is not what I ordered', 'wrong-item'],
    ["I've been waiting 3 weeks for my refund", 'refund'],
    ["My refund still hasn't arrived", 'refund'],
    ["my son can't log in to his account", 'account-access'],
    ['I keep getting "invalid password" even after the reset link', 'account-access'],
    ['I want to cancel my subscription right now', 'cancellation'],
    ['The app crashes every time I open it', 'technical'],
    ["The website doesn't work on my phone", 'technical'],
    ['I was charged twice and I want a refund', 'billing'],
  ])('%s → %s', (turn, type) => {
    expect(typeOf(turn)).toBe(type);
  });

  it('does not count the mere mention of a package as a delivery problem', () => {
    expect(typeOf('Hi. I got my package today.', 'The package was fine but the glass inside was cracked and the lamp is broken.')).toBe('defect');
  });

  it('is undefined when the customer names no problem yet, so the caller keeps what it knew', () => {
    expect(typeOf('hello?', 'I am so done with this company')).toBeUndefined();
  });

  it('uses the catalogue\'s own keywords', () => {
    expect(typeOf('Is my order out for delivery yet')).toBe('delivery');
    const withSofa = mergeRemedyCatalogues(catalogue, { 'defect': { keywords: ['wobbly'], remedies: ['I can arrange a repair visit.'] } });
    expect(detectProblemType([analyzeText('The sofa legs are wobbly')], withSofa)).toBe('defect');
    expect(detectProblemType([analyzeText('The sofa legs are wobbly')])).toBeUndefined();
  });

  it('works without a catalogue (built-in vocabulary)', () => {
    expect(detectProblemType([analyzeText('I was charged twice')])).toBe('billing');
  });
});

describe('readProblemType: the type with a confidence', () => {
  const reading = (...turns: string[]) => readProblemType(turns.map(analyzeText), catalogue);
  const confidentType = (...turns: string[]) => {
    const r = reading(...turns);
    return r.confidence >= CONFIDENT_PROBLEM_TYPE ? r.type : undefined;
  };

  it('is confident when a sentence names the problem and nothing points elsewhere', () => {
    expect(confidentType("My parcel still hasn't arrived and the tracking hasn't moved in a week!!")).toBe('delivery');
    expect(confidentType('I was charged twice for my subscription')).toBe('billing');
    expect(confidentType("I can't log in, it says my password is wrong")).toBe('account-access');
  });

  it('grows with the sentences that say the same, and stays in [0, 1]', () => {
    const one = reading('The app keeps crashing.');
    const three = reading('The app keeps crashing.', 'Now it shows an error every time.', 'It still crashes after the update.');
    expect(three.type).toBe('technical');
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(three.confidence).toBeLessThanOrEqual(1);
  });

  it('falls with a rival type: two problems named equally are a guess', () => {
    const alone = reading("I can't log in to my account.");
    const rivalled = reading("I can't log in to my account.", 'And I was charged twice this month.');
    expect(rivalled.confidence).toBeLessThan(alone.confidence);
    expect(rivalled.confidence).toBe(0);
  });

  it('is not confident from a word that only says where the problem lies', () => {
    expect(confidentType('Do I need to download the app for this?')).toBeUndefined();
    expect(confidentType('Hi, question about my invoice')).toBeUndefined();
  });

  it('reads no type and no confidence when nothing points anywhere', () => {
    expect(reading('hello?', 'I am so done with this company')).toEqual({ type: undefined, confidence: 0 });
  });

  it('reads service outages as technical', () => {
    expect(confidentType('Internet down again, third time this week.')).toBe('technical');
    expect(confidentType('No signal at all since this morning. The whole area has an outage.')).toBe('technical');
    expect(confidentType('The stream keeps buffering during the match.')).toBe('technical');
  });

  it.each([
    ['My flight has been delayed five hours and nobody at the gate tells us anything'],
    ['Flight cancelled and no rebooking offered'],
    ['I missed my connection because the first flight was late'],
    ['The train was cancelled again and the next one is late'],
  ])('does not read travel trouble as a late parcel or a cancellation: %s', (complaint) => {
    // `other` offers the general cards, as no confident type does.
    expect(['other', undefined]).toContain(confidentType(complaint));
  });

  it('reads a customer who wants to cancel, not a company that cancelled', () => {
    expect(confidentType('I want to cancel my subscription right now')).toBe('cancellation');
    expect(confidentType('They cancelled it without telling me')).toBeUndefined();
  });

  it('counts a word once, whichever of its forms the vocabulary lists', () => {
    // "delayed" is listed, and so is its lemma "delay": one domain word, not two.
    expect(problemTypeVotes(analyzeText('It was delayed.')).get('delivery')).toBeCloseTo(0.4);
  });

  it('is deterministic', () => {
    const turns = ['The app crashes and I was charged twice', 'Where is my refund?'].map(analyzeText);
    expect(readProblemType(turns, catalogue)).toEqual(readProblemType(turns, catalogue));
  });
});

describe('problemTypeAfter: the type a conversation acts on', () => {
  const votes = (...turns: string[]) => turns.map((t) => problemTypeVotes(analyzeText(t), catalogue));

  it('takes a confident reading', () => {
    expect(problemTypeAfter(undefined, votes('My order never arrived, the tracking is stuck'))).toBe('delivery');
  });

  it('keeps what it knew when the words point nowhere', () => {
    expect(problemTypeAfter('delivery', votes('hello??'))).toBe('delivery');
  });

  it('drops a type the words no longer read clearly, so only general cards are offered', () => {
    expect(problemTypeAfter('delivery', votes('My flight was delayed and now they cancelled it'))).toBeUndefined();
  });
});

describe('remediesFor', () => {
  it('offers the catalogue remedies for the type', () => {
    expect(remediesFor('defect', catalogue)).toContain('I can arrange a replacement to be sent to you.');
  });

  it('falls back to the general remedies for other, an unknown type or a type without remedies', () => {
    expect(remediesFor(undefined, catalogue)).toEqual(catalogue.other!.remedies);
    expect(remediesFor('billing', { other: catalogue.other! })).toEqual(catalogue.other!.remedies);
    expect(remediesFor('billing', {})).toEqual([]);
  });

  it('returns a copy the caller may change', () => {
    remediesFor('defect', catalogue).push('changed');
    expect(catalogue.defect!.remedies).not.toContain('changed');
  });
});

describe('the bundled remedy catalogue', () => {
  it('covers every problem type with at least two offers', () => {
    for (const type of PROBLEM_TYPES) expect(catalogue[type]?.remedies.length, type).toBeGreaterThanOrEqual(2);
  });

  it('promises nothing that cannot be kept and admits no fault', () => {
    for (const type of PROBLEM_TYPES) {
      for (const remedy of catalogue[type]!.remedies) {
        expect(isOverpromise(remedy), remedy).toBe(false);
        expect(remedy).not.toMatch(/\b(?:will arrive|tomorrow|guarantee|our (?:fault|mistake)|we messed up)\b/i);
      }
    }
  });
});

describe('parseRemedyCatalogue', () => {
  const error = (yaml: string): string => {
    try {
      parseRemedyCatalogue(yaml, 'policy/remedies.yaml');
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      return (e as Error).message;
    }
    throw new Error('expected the catalogue to be rejected');
  };

  it('accepts the short policy form: a list of remedies per type', () => {
    expect(parseRemedyCatalogue('delivery:\n  - "I can check the tracking for you."\n', 'p.yaml')).toEqual({
      delivery: { keywords: [], remedies: ['I can check the tracking for you.'] },
    });
  });

  it('names file, line and field of a bad remedy', () => {
    expect(error('delivery:\n  remedies:\n    - "I can check."\n    - 42\n')).toBe(
      'policy/remedies.yaml:4: delivery.remedies[1]: expected a non-empty remedy text',
    );
  });

  it('rejects an unknown problem type with the list of known ones', () => {
    expect(error('billing:\n  - ok\ndeliverry:\n  - x\n')).toMatch(/^policy\/remedies\.yaml:3: deliverry: unknown problem type; expected one of wrong-item, .*other$/);
  });

  it('rejects an unknown field, a missing remedies list and an empty one', () => {
    expect(error('refund:\n  remedy:\n    - x\n')).toBe('policy/remedies.yaml:2: refund.remedy: unknown field; expected "remedies" or "keywords"');
    expect(error('refund:\n  keywords: [money back]\n')).toBe('policy/remedies.yaml:1: refund: missing field "remedies"');
    expect(error('refund: []\n')).toBe('policy/remedies.yaml:1: refund: expected at least one remedy');
  });

  it('rejects a placeholder the suggestion cannot fill', () => {
    expect(error('other:\n  - "I can help, {nmae}."\n')).toMatch(/:2: other\[0\]: unknown placeholder \{nmae\}/);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(error('delivery:\n  - a\ndelivery:\n  - b\n')).toMatch(/^policy\/remedies\.yaml:3: YAML syntax: Map keys must be unique/);
    expect(error('delivery: [x\n')).toMatch(/^policy\/remedies\.yaml:\d+: YAML syntax:/);
    expect(error('- a\n- b\n')).toBe('policy/remedies.yaml:1: expected a mapping of problem types to remedies');
  });

  it('validates policy JSON the same way, without line numbers', () => {
    expect(() => remedyCatalogueFromValue({ billing: 'refund it' }, 'policy')).toThrow(
      'policy: billing: expected a list of remedies or a mapping with "remedies" and "keywords"',
    );
  });
});

describe('mergeRemedyCatalogues', () => {
  it('replaces the remedies of the types the policy names and keeps the rest', () => {
    const policy: RemedyCatalogue = remedyCatalogueFromValue({ delivery: ['I can check with the courier for you.'] }, 'policy');
    const merged = mergeRemedyCatalogues(catalogue, policy);
    expect(merged.delivery!.remedies).toEqual(['I can check with the courier for you.']);
    expect(merged.delivery!.keywords).toEqual(catalogue.delivery!.keywords);
    expect(merged.billing).toEqual(catalogue.billing);
  });
});
