// L2-regularised, sample-weighted logistic regression over sparse features, fitted with
// full-batch L-BFGS. Full batch and a fixed iteration order make training deterministic:
// the same data and settings give the same weights bit for bit, on any machine running the
// same Node (no random shuffling, no threads).

export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}

export interface TrainingSet {
  rows: SparseRow[];
  /** Targets in [0, 1] (soft labels allowed). */
  targets: Float64Array;
  /** Per-row weight (class balance). */
  weights: Float64Array;
  featureCount: number;
}

export interface FitOptions {
  /** L2 strength on the mean weighted loss; the bias is not penalised. */
  l2: number;
  maxIterations: number;
  /** Stop when the relative decrease of the objective falls below this. */
  tolerance: number;
  log?: (message: string) => void;
}

export interface FittedModel {
  bias: number;
  weights: Float64Array;
  iterations: number;
  loss: number;
}

export function dot(row: SparseRow, weights: ArrayLike<number>, bias: number): number {
  let z = bias;
  for (let k = 0; k < row.indices.length; k++) z += weights[row.indices[k]!]! * row.values[k]!;
  return z;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

// log(1 + e^z), stable for large |z|.
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Objective and gradient; parameter vector = [weights..., bias]. */
function objective(set: TrainingSet, theta: Float64Array, l2: number, gradient: Float64Array): number {
  const n = set.featureCount;
  gradient.fill(0);
  let totalWeight = 0;
  let loss = 0;
  const bias = theta[n]!;
  for (let r = 0; r < set.rows.length; r++) {
    const row = set.rows[r]!;
    const w = set.weights[r]!;
    const y = set.targets[r]!;
    const z = dot(row, theta, bias);
    // Cross-entropy with a soft target y: y·softplus(-z) + (1-y)·softplus(z).
    loss += w * (y * softplus(-z) + (1 - y) * softplus(z));
    const residual = w * (sigmoid(z) - y);
    for (let k = 0; k < row.indices.length; k++) gradient[row.indices[k]!]! += residual * row.values[k]!;
    gradient[n]! += residual;
    totalWeight += w;
  }
  loss /= totalWeight;
  for (let j = 0; j <= n; j++) gradient[j]! /= totalWeight;
  for (let j = 0; j < n; j++) {
    loss += 0.5 * l2 * theta[j]! * theta[j]!;
    gradient[j]! += l2 * theta[j]!;
  }
  return loss;
}

function vdot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function fitLogisticRegression(set: TrainingSet, options: FitOptions): FittedModel {
  const size = set.featureCount + 1;
  const memory = 10;
  let theta = new Float64Array(size);
  // Start the bias at the weighted base rate so the first steps are spent on the words.
  let positive = 0;
  let total = 0;
  for (let r = 0; r < set.rows.length; r++) {
    positive += set.weights[r]! * set.targets[r]!;
    total += set.weights[r]!;
  }
  const base = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
  theta[set.featureCount] = Math.log(base / (1 - base));

  let gradient = new Float64Array(size);
  let loss = objective(set, theta, options.l2, gradient);
  const sHistory: Float64Array[] = [];
  const yHistory: Float64Array[] = [];
  const rhoHistory: number[] = [];
  let iteration = 0;

  for (; iteration < options.maxIterations; iteration++) {
    // Two-loop recursion: direction = -H·g.
    const direction = Float64Array.from(gradient, (g) => -g);
    const alphas: number[] = [];
    for (let i = sHistory.length - 1; i >= 0; i--) {
      const alpha = rhoHistory[i]! * vdot(sHistory[i]!, direction);
      alphas[i] = alpha;
      const y = yHistory[i]!;
      for (let j = 0; j < size; j++) direction[j]! -= alpha * y[j]!;
    }
    if (sHistory.length > 0) {
      const last = sHistory.length - 1;
      const gamma = vdot(sHistory[last]!, yHistory[last]!) / vdot(yHistory[last]!, yHistory[last]!);
      for (let j = 0; j < size; j++) direction[j]! *= gamma;
    }
    for (let i = 0; i < sHistory.length; i++) {
      const beta = rhoHistory[i]! * vdot(yHistory[i]!, direction);
      const s = sHistory[i]!;
      for (let j = 0; j < size; j++) direction[j]! += (alphas[i]! - beta) * s[j]!;
    }
    let slope = vdot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (should not happen with a convex loss): fall back to steepest.
      for (let j = 0; j < size; j++) direction[j] = -gradient[j]!;
      slope = vdot(direction, gradient);
      sHistory.length = yHistory.length = rhoHistory.length = 0;
    }

    // Backtracking line search (Armijo).
    let step = iteration === 0 ? 1 / Math.sqrt(vdot(gradient, gradient)) : 1;
    const candidate = new Float64Array(size);
    const candidateGradient = new Float64Array(size);
    let candidateLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < size; j++) candidate[j] = theta[j]! + step * direction[j]!;
      candidateLoss = objective(set, candidate, options.l2, candidateGradient);
      if (candidateLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }

    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      s[j] = candidate[j]! - theta[j]!;
      y[j] = candidateGradient[j]! - gradient[j]!;
    }
    const sy = vdot(s, y);
    if (sy > 1e-12) {
      sHistory.push(s);
      yHistory.push(y);
      rhoHistory.push(1 / sy);
      if (sHistory.length > memory) {
        sHistory.shift();
        yHistory.shift();
        rhoHistory.shift();
      }
    }
    const decrease = (loss - candidateLoss) / Math.max(Math.abs(loss), 1e-12);
    theta = candidate;
    gradient = candidateGradient;
    loss = candidateLoss;
    if (options.log && iteration % 25 === 0) options.log(`  iter ${iteration} loss ${loss.toFixed(6)}`);
    if (decrease >= 0 && decrease < options.tolerance) break;
  }

  return { bias: theta[set.featureCount]!, weights: theta.slice(0, set.featureCount), iterations: iteration, loss };
}
