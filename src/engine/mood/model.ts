// The shipped mood weights (models/mood-weights.json, written by `npm run train:mood`): the two
// stages of the frustration model (the message's own reading, then the conversation's).
// Imported statically, so bundlers inline it and nothing is fetched.
import { CONVERSATION_INPUTS, MESSAGE_INPUTS } from './features';

/** A linear stage: log-odds = bias + Σ weight · (input − center). */
export interface LinearStage {
  /** Input names, in the order the features module lists them: a mismatch means the file is stale. */
  inputs: string[];
  weights: number[];
  /** Each input's mean over the training turns: contributions are told relative to it. */
  centers: number[];
  /** Log-odds at the centers. */
  bias: number;
}

export interface MoodWeightsFile {
  format: 'composure-mood/4';
  /** Provenance: data sources and licenses, settings, cross-validated metrics. */
  meta: Record<string, unknown>;
  message: LinearStage;
  conversation: LinearStage;
  /** Frustration at or above which a customer message reads `frustrated`, chosen by cross-validation. */
  frustratedThreshold: number;
}

export interface LoadedStage {
  weights: Float64Array;
  centers: Float64Array;
  bias: number;
}

export interface FrustrationModel {
  message: LoadedStage;
  conversation: LoadedStage;
  threshold: number;
}

export function loadMoodModel(file: MoodWeightsFile): FrustrationModel {
  if (file.format !== 'composure-mood/4') throw new Error('models/mood-weights.json: unknown format (retrain: npm run train:mood)');
  return {
    message: loadStage(file.message, MESSAGE_INPUTS),
    conversation: loadStage(file.conversation, CONVERSATION_INPUTS),
    threshold: file.frustratedThreshold,
  };
}

function loadStage(stage: LinearStage, expected: readonly string[]): LoadedStage {
  if (stage.inputs.join('|') !== expected.join('|') || stage.weights.length !== expected.length || stage.centers.length !== expected.length) {
    throw new Error('models/mood-weights.json: inputs differ from src/engine/mood/features.ts (retrain: npm run train:mood)');
  }
  return { weights: Float64Array.from(stage.weights), centers: Float64Array.from(stage.centers), bias: stage.bias };
}

/** A stage's log-odds for its inputs. */
export function stageLogit(stage: LoadedStage, values: Float64Array): number {
  let z = stage.bias;
  for (let i = 0; i < stage.weights.length; i++) z += stage.weights[i]! * (values[i]! - stage.centers[i]!);
  return z;
}
