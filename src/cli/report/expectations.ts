// Expectations in transcripts (`"expect": [{"turn": 3, "category": "anger", "rule": "…"}]`): a
// reviewer's annotation of what should hold right after a turn. Each entry names one thing — a
// flag, the flags raised, a card, the cards shown, the customer's name, the anger reading — and
// `"absent": true` denies it. Checked at the edge, like the rest of the transcript, so a typo in
// a category fails with file:line, not a silent miss. Other keys (a `note`) are left alone, as
// they always were.
import { RE2JS } from 're2js';
import { type Expectation, type ExpectedFlag, FLAG_CATEGORIES, SUGGESTION_KINDS, type Transcript, TranscriptError } from '../../engine';
import type { TranscriptCheck } from '../transcriptInput';

/** What an entry is about: the first key of these it holds (exactly one is allowed). */
const SUBJECTS = ['category', 'flags', 'card', 'cards', 'customerName', 'angry', 'anger'] as const;
/** Keys that qualify a subject, and the subject they belong to. */
const QUALIFIERS: Record<string, (typeof SUBJECTS)[number]> = { rule: 'category', text: 'card', count: 'card' };

export const checkExpectations: TranscriptCheck = (transcript: Transcript, file, line, label) => {
  const expect: unknown = transcript.expect;
  if (expect === undefined) return;
  const fail = (field: string, reason: string): never => {
    throw new TranscriptError(file, line, `${label ? `${label}: ` : ''}${field}: ${reason}`);
  };
  if (!Array.isArray(expect)) return fail('expect', 'must be a list like [{"turn": 3, "category": "anger"}]');
  expect.forEach((entry: unknown, i) => {
    const field = `expect[${i}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) fail(field, 'must be an object like {"turn": 3, "category": "anger"}');
    const e = entry as Record<string, unknown>;
    if (!Number.isInteger(e.turn) || (e.turn as number) < 0) fail(`${field}.turn`, `must be a turn index (0, 1, …); got ${JSON.stringify(e.turn)}`);
    if ((e.turn as number) >= transcript.turns.length) fail(`${field}.turn`, `is ${e.turn as number}, but the transcript has ${transcript.turns.length} turns (the first is 0)`);
    const subjects = SUBJECTS.filter((s) => e[s] !== undefined);
    if (subjects.length === 0) fail(field, `says nothing to expect: give one of ${SUBJECTS.join(', ')}`);
    if (subjects.length > 1) fail(field, `names ${subjects.join(' and ')}: one thing per entry`);
    for (const [key, subject] of Object.entries(QUALIFIERS)) if (e[key] !== undefined && e[subject] === undefined) fail(`${field}.${key}`, `only goes with "${subject}"`);
    if (e.absent !== undefined && typeof e.absent !== 'boolean') fail(`${field}.absent`, 'must be true or false');
    checkSubject(subjects[0]!, e, field, fail);
  });
};

type Fail = (field: string, reason: string) => never;

function checkSubject(subject: (typeof SUBJECTS)[number], e: Record<string, unknown>, field: string, fail: Fail): void {
  const oneOf = (value: unknown, allowed: readonly string[], at: string) => {
    if (!allowed.includes(value as never)) fail(at, `must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
  };
  const listOf = (value: unknown, allowed: readonly string[], at: string) => {
    if (!Array.isArray(value)) fail(at, `must be a list of ${allowed.join(', ')}`);
    (value as unknown[]).forEach((v, j) => oneOf(v, allowed, `${at}[${j}]`));
  };
  switch (subject) {
    case 'category':
      oneOf(e.category, FLAG_CATEGORIES, `${field}.category`);
      if (e.rule !== undefined && typeof e.rule !== 'string') fail(`${field}.rule`, 'must be a rule id');
      return;
    case 'flags':
      return listOf(e.flags, FLAG_CATEGORIES, `${field}.flags`);
    case 'card':
      if (Array.isArray(e.card)) listOf(e.card, SUGGESTION_KINDS, `${field}.card`);
      else oneOf(e.card, [...SUGGESTION_KINDS, 'any'], `${field}.card`);
      if (e.text !== undefined) {
        if (typeof e.text !== 'string') fail(`${field}.text`, 'must be a regular expression, as text');
        try {
          textPattern(e.text as string);
        } catch (err) {
          fail(`${field}.text`, `is not a regular expression: ${(err as Error).message}`);
        }
      }
      if (e.count !== undefined && !(Number.isInteger(e.count) && (e.count as number) >= 0)) fail(`${field}.count`, 'must be a whole number (0, 1, …)');
      return;
    case 'cards':
      return listOf(e.cards, SUGGESTION_KINDS, `${field}.cards`);
    case 'customerName':
      if (typeof e.customerName !== 'string') fail(`${field}.customerName`, 'must be text');
      return;
    case 'angry':
      if (typeof e.angry !== 'boolean') fail(`${field}.angry`, 'must be true or false');
      return;
    case 'anger': {
      const a = e.anger as Record<string, unknown> | null;
      const score = (v: unknown) => v === undefined || (typeof v === 'number' && v >= 0 && v <= 1);
      if (a === null || typeof a !== 'object' || Array.isArray(a) || (a.min === undefined && a.max === undefined) || Object.keys(a).some((k) => k !== 'min' && k !== 'max') || !score(a.min) || !score(a.max))
        fail(`${field}.anger`, 'must be {"min": 0.7} and/or {"max": 0.2}, scores in [0, 1]');
      return;
    }
  }
}

/** A card's `text`: a regular expression as in rule files (RE2: no backtracking), any case. */
export function textPattern(source: string): RE2JS {
  return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
}

/** The entries about flags that `composure report` scores: flags expected present. */
export function flagExpectations(expect: readonly Expectation[]): ExpectedFlag[] {
  return expect.filter((e): e is ExpectedFlag => e.category !== undefined && e.absent !== true);
}

/**
 * Whether a transcript's expectations take part in precision and recall: they say something about
 * flags, or the list is empty ("no flag should fire here"). A list about cards only does not
 * claim the chat raises no flag.
 */
export function scoresFlags(expect: readonly Expectation[] | undefined): boolean {
  return expect !== undefined && (expect.length === 0 || expect.some((e) => e.category !== undefined || e.flags !== undefined));
}
