// Every annotated transcript under tests/scenarios/ (tests/scenarios/README.md), one case each:
// played through the engine turn by turn as the CLI does, its `expect` checked by the same code
// as `composure report --check`. A failure lists each expectation not met: turn, what was
// expected, what came.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeUnmet, unmetExpectations } from '../../src/cli/report/expectationCheck';
import { checkExpectations } from '../../src/cli/report/expectations';
import { readTranscripts } from '../../src/engine/transcript';
import { bundledEngine } from '../helpers/engine';

const DIR = join(import.meta.dirname, '../scenarios');
const engine = bundledEngine();
const files = readdirSync(DIR).filter((f) => /\.jsonl?$/.test(f)).sort();

it('finds the scenario files', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const name = `tests/scenarios/${file}`;
  const transcripts = readTranscripts(readFileSync(join(DIR, file), 'utf8'), name);
  transcripts.forEach((t, i) => checkExpectations(t, name, undefined, transcripts.length > 1 ? `transcript ${i}` : undefined));

  describe(file, () => {
    it.each(transcripts.map((t, i) => [t.id ?? `#${i}`, t] as const))('%s', (_, transcript) => {
      expect(transcript.expect?.length, 'a scenario says what it expects').toBeGreaterThan(0);
      const results = engine.analyzeTranscript(transcript);
      expect(unmetExpectations(transcript, results).map(describeUnmet)).toEqual([]);
      // Each expectation can fail: the same one denied is reported.
      const denied = { ...transcript, expect: transcript.expect!.map((e) => ({ ...e, absent: !e.absent })) };
      expect(unmetExpectations(denied, results)).toHaveLength(transcript.expect!.length);
    });
  });
}
