// Ranking and threshold metrics shared by the trainer (threshold choice on held-out train) and
// `bench/anger.ts` (the reported table), so both measure the same way.

/** Area under the ROC curve; ties count half (Mann–Whitney U). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const meanRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!]) {
        positives++;
        rankSum += meanRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface BinaryCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of `score >= threshold` (or `> threshold` when `strict`). */
export function f1At(scores: readonly number[], labels: readonly boolean[], threshold: number, strict = false): BinaryCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const predicted = strict ? scores[i]! > threshold : scores[i]! >= threshold;
    if (predicted && labels[i]) tp++;
    else if (predicted) fp++;
    else if (labels[i]) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The threshold (one of the scores) that maximises F1 of `score >= threshold`. */
export function bestF1Threshold(scores: readonly number[], labels: readonly boolean[]): { threshold: number; f1: number } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const totalPositives = labels.filter(Boolean).length;
  let tp = 0;
  let predicted = 0;
  let best = { threshold: 1, f1: 0 };
  for (let i = 0; i < order.length; i++) {
    predicted++;
    if (labels[order[i]!]) tp++;
    const next = order[i + 1];
    if (next !== undefined && scores[next] === scores[order[i]!]) continue;
    const f1 = (2 * tp) / (predicted + totalPositives);
    if (f1 > best.f1) best = { threshold: scores[order[i]!]!, f1 };
  }
  return best;
}

/**
 * The threshold (one of the scores) that maximises the mean F1 over several labelings of the
 * same rows, e.g. GoEmotions `anger` and `anger_broad`.
 */
export function bestMeanF1Threshold(scores: readonly number[], labelings: readonly (readonly boolean[])[]): { threshold: number; meanF1: number } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const totals = labelings.map((labels) => labels.filter(Boolean).length);
  const tp = labelings.map(() => 0);
  let predicted = 0;
  let best = { threshold: 1, meanF1: 0 };
  for (let i = 0; i < order.length; i++) {
    predicted++;
    labelings.forEach((labels, k) => {
      if (labels[order[i]!]) tp[k]!++;
    });
    const next = order[i + 1];
    if (next !== undefined && scores[next] === scores[order[i]!]) continue;
    const meanF1 = tp.reduce((sum, t, k) => sum + (2 * t) / (predicted + totals[k]!), 0) / labelings.length;
    if (meanF1 > best.meanF1) best = { threshold: scores[order[i]!]!, meanF1 };
  }
  return best;
}
