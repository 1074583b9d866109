// Expected flags in transcripts (`"expect": [{"turn": 3, "category": "anger", "rule": "…"}]`):
// a reviewer's annotation of where the engine should raise a flag. Checked at the edge, like
// the rest of the transcript, so a typo in a category fails with file:line, not a silent miss.
import { TranscriptError } from '../../engine/transcript';
import { FLAG_CATEGORIES, type Transcript } from '../../engine/types';
import type { TranscriptCheck } from '../transcriptInput';

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
    if (!FLAG_CATEGORIES.includes(e.category as never)) fail(`${field}.category`, `must be one of ${FLAG_CATEGORIES.join(', ')}; got ${JSON.stringify(e.category)}`);
    if (e.rule !== undefined && typeof e.rule !== 'string') fail(`${field}.rule`, 'must be a rule id');
  });
};
