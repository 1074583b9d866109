// The problem-type labels of the twcs dev half (bench/data/problem-types/README.md): three
// readers' labels combined into one label per customer turn, and how far the readers agree.
//   npx tsx bench/problem-type-labels.ts
// writes bench/data/problem-types/majority.jsonl (the turns we may tune on) and
// majority-reading.jsonl (the reading set, dialogue_id % 8 === 0: evaluated once, never tuned on),
// and prints the agreement table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_TYPES, type ProblemType } from '../src/engine/suggestions';
import { isReadingSet } from '../scripts/mood/dialogues';

export const LABELS_DIR = join(import.meta.dirname, 'data/problem-types');
const READER_FILES = ['reader1.jsonl', 'reader2.jsonl', 'reader3.jsonl'];

/** A reader's label: one of the nine problem types, or `none` (no problem stated yet). */
export type Label = ProblemType | 'none';
export const LABELS: readonly Label[] = [...PROBLEM_TYPES, 'none'];

interface ReaderLine {
  dialogue_id: number;
  turn: number;
  type: Label;
  confidence: 'sure' | 'unsure';
  second?: Label;
}

export interface LabeledTurn {
  dialogue_id: number;
  turn: number;
  /** The three readers' labels, in reader order. */
  labels: Label[];
  /** The label at least two readers gave, or `disputed` when all three differ. */
  majority: Label | 'disputed';
  reading: boolean;
}

/** Every labeled customer turn, the readers' files checked to cover the same turns in the same order. */
export function readLabeledTurns(dir = LABELS_DIR): LabeledTurn[] {
  const readers = READER_FILES.map((file) =>
    readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as ReaderLine),
  );
  const [first] = readers;
  return first!.map((line, i) => {
    const labels = readers.map((reader, r) => {
      const other = reader[i];
      if (!other || other.dialogue_id !== line.dialogue_id || other.turn !== line.turn) throw new Error(`${READER_FILES[r]}: line ${i + 1} is not dialogue ${line.dialogue_id} turn ${line.turn}`);
      if (!LABELS.includes(other.type)) throw new Error(`${READER_FILES[r]}: line ${i + 1}: unknown label ${other.type}`);
      return other.type;
    });
    return { dialogue_id: line.dialogue_id, turn: line.turn, labels, majority: majorityOf(labels), reading: isReadingSet(line.dialogue_id) };
  });
}

function majorityOf(labels: readonly Label[]): Label | 'disputed' {
  for (const label of labels) if (labels.filter((l) => l === label).length >= 2) return label;
  return 'disputed';
}

export interface Agreement {
  turns: number;
  /** Mean over the three reader pairs of the share of turns they label alike. */
  pairwise: number;
  /** Fleiss' kappa over the ten labels. */
  fleissKappa: number;
  disputed: number;
  perLabel: { label: Label; majority: number; given: number; kappa: number; specificAgreement: number }[];
}

/**
 * Agreement of the readers. Per label: Fleiss' kappa for that category alone, and the specific
 * (positive) agreement averaged over reader pairs, 2·both / (2·both + only one): of the times a
 * reader gave the label, how often the other did too.
 */
export function agreementOf(turns: readonly LabeledTurn[]): Agreement {
  const n = 3;
  const N = turns.length;
  const count = (t: LabeledTurn, label: Label) => t.labels.filter((l) => l === label).length;
  let pairs = 0;
  let agreeing = 0;
  for (const t of turns) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
      pairs++;
      if (t.labels[a] === t.labels[b]) agreeing++;
    }
  }
  // Fleiss: P̄ = mean per-turn agreement, P̄e = Σ p_j².
  const share = new Map(LABELS.map((label) => [label, turns.reduce((s, t) => s + count(t, label), 0) / (N * n)]));
  const meanAgreement = turns.reduce((s, t) => s + LABELS.reduce((u, label) => u + count(t, label) * (count(t, label) - 1), 0) / (n * (n - 1)), 0) / N;
  const chance = [...share.values()].reduce((s, p) => s + p * p, 0);
  const perLabel = LABELS.map((label) => {
    const p = share.get(label)!;
    const disagreement = turns.reduce((s, t) => s + count(t, label) * (n - count(t, label)), 0);
    let both = 0;
    let one = 0;
    for (const t of turns) {
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
        const hits = Number(t.labels[a] === label) + Number(t.labels[b] === label);
        if (hits === 2) both++;
        else if (hits === 1) one++;
      }
    }
    return {
      label,
      majority: turns.filter((t) => t.majority === label).length,
      given: turns.reduce((s, t) => s + count(t, label), 0),
      kappa: p > 0 && p < 1 ? 1 - disagreement / (N * n * (n - 1) * p * (1 - p)) : NaN,
      specificAgreement: both + one > 0 ? (2 * both) / (2 * both + one) : NaN,
    };
  });
  return {
    turns: N,
    pairwise: agreeing / pairs,
    fleissKappa: (meanAgreement - chance) / (1 - chance),
    disputed: turns.filter((t) => t.majority === 'disputed').length,
    perLabel,
  };
}

export function agreementTable(a: Agreement): string {
  const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(0)}%`);
  const k = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));
  const lines = [
    `${a.turns} turns: pairwise agreement ${pct(a.pairwise)}, Fleiss' kappa ${k(a.fleissKappa)}, disputed (all three differ) ${a.disputed}`,
    '| label | majority | labels given | kappa | specific agreement |',
    '|---|---:|---:|---:|---:|',
    ...a.perLabel.map((r) => `| ${r.label} | ${r.majority} | ${r.given} | ${k(r.kappa)} | ${pct(r.specificAgreement)} |`),
  ];
  return lines.join('\n');
}

function writeMajority(file: string, turns: readonly LabeledTurn[]): void {
  writeFileSync(join(LABELS_DIR, file), turns.map((t) => JSON.stringify({ dialogue_id: t.dialogue_id, turn: t.turn, type: t.majority, labels: t.labels })).join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const turns = readLabeledTurns();
  writeMajority('majority.jsonl', turns.filter((t) => !t.reading));
  writeMajority('majority-reading.jsonl', turns.filter((t) => t.reading));
  console.log(`All labeled turns\n${agreementTable(agreementOf(turns))}\n`);
  console.log(`Without the reading set\n${agreementTable(agreementOf(turns.filter((t) => !t.reading)))}`);
}
