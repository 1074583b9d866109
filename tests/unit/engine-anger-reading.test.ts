// The scorer walks a turn's words with a per-word cache of weights instead of calling
// `visitFeatures` (the definition training uses). These check that it still reads exactly the
// trained features: the same entries, in text order, with the same log-odds, on first sight of a
// word and on every later one.
import { describe, expect, it } from 'vitest';
import { analyzeTextFully } from '../../src/engine/analyzeText';
import { extractFeatures } from '../../src/engine/anger/features';
import { loadAngerModel, readWithModel, type AngerWeightsFile } from '../../src/engine/anger/model';
import weightsFile from '../../models/anger-weights.json';

const TEXTS = [
  'This is USELESS!!! I have been waiting for three weeks and nobody answers',
  'I am not happy, not happy at all. Why are you ignoring me?!',
  'sooo annoying, the charging keeps failing and failing',
  'Thanks, that worked perfectly :) 👍 #relieved',
  'ok',
  'order 12345 was charged twice at 5pm, see https://example.com',
];

/** The reading as training defines it: every present feature once, in the order visited. */
function readByDefinition(model: ReturnType<typeof loadAngerModel>, file: AngerWeightsFile, text: string) {
  const weightOf = new Map(file.features.map((key, i) => [key, file.weights[i]! / file.scale]));
  let logit = model.bias;
  const keys: string[] = [];
  for (const [key, value] of extractFeatures(analyzeTextFully(text))) {
    const weight = weightOf.get(key);
    if (weight === undefined) continue;
    logit += weight * value;
    keys.push(key);
  }
  return { logit, keys };
}

describe('readWithModel', () => {
  const file = weightsFile as AngerWeightsFile;

  it('reads the trained features of a turn, first time and cached', () => {
    const model = loadAngerModel(file);
    for (const round of [1, 2]) {
      for (const text of TEXTS) {
        const reading = readWithModel(model, analyzeTextFully(text));
        const expected = readByDefinition(model, file, text);
        expect(reading.entries.map((e) => e.key), `${text} (round ${round})`).toEqual(expected.keys);
        expect(reading.logit).toBeCloseTo(expected.logit, 12);
      }
    }
    expect(model.words.size).toBeGreaterThan(0);
  });

  it('finds weighted words, pairs, negations, stems, cues and sentiment in these texts (the check above is not empty)', () => {
    const model = loadAngerModel(file);
    const kinds = new Set(TEXTS.flatMap((t) => readWithModel(model, analyzeTextFully(t)).entries.map((e) => e.key.slice(0, 1))));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['b', 'c', 'm', 'n', 's', 't', 'w']));
  });
});
