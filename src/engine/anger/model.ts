// The shipped anger weights: their file format and the scorer built from them. The file is
// produced by `npm run train:anger` and imported statically by `index.ts`, so bundlers inline
// it and the extension never fetches anything at run time.
import type { AngerContribution } from '../types';
import { describeFeature, type FeatureVector } from './features';

export interface AngerWeightsFile {
  format: 'composure-anger-logreg/1';
  /** Provenance: data source and license, training settings, held-out metrics. */
  meta: Record<string, unknown>;
  /** Weights are stored as integers; log-odds = stored / scale. */
  scale: number;
  bias: number;
  /** Default "angry" cut on the score, chosen on held-out train rows. */
  threshold: number;
  features: string[];
  weights: number[];
}

export interface AngerModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  threshold: number;
}

export function loadAngerModel(file: AngerWeightsFile): AngerModel {
  if (file.format !== 'composure-anger-logreg/1' || file.features.length !== file.weights.length || !(file.scale > 0)) {
    throw new Error('models/anger-weights.json: unknown format or inconsistent lengths');
  }
  const weights = new Map<string, number>();
  for (let i = 0; i < file.features.length; i++) weights.set(file.features[i]!, file.weights[i]! / file.scale);
  return { bias: file.bias / file.scale, weights, threshold: file.threshold };
}

/** Each present feature's share of the model's log-odds (features without a weight omitted). */
export function modelContributions(model: AngerModel, features: FeatureVector): AngerContribution[] {
  const contributions: AngerContribution[] = [];
  for (const [key, value] of features) {
    const weight = model.weights.get(key);
    if (weight !== undefined && weight !== 0) contributions.push({ feature: describeFeature(key), weight: weight * value });
  }
  return contributions;
}
