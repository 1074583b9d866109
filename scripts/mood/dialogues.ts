// The rated support dialogues (twcs_frustration_dev.jsonl in DATA_DIR; Zuters & Leonova,
// "Frustration Intensity Prediction in Customer Support Dialog Texts", ITCS 2020, MIT), the
// reading set kept apart from everything, and the folds by dialogue.
import { readJsonl } from '../anger/data';

export interface TwcsTurn {
  dialogue_id: number;
  turn: number;
  speaker: 'customer' | 'agent';
  text: string;
  /** Three raters' 0–4 frustration, or null/absent when not rated. */
  ratings?: number[] | null;
  score?: number;
  frustrated?: number;
}

export interface Dialogue {
  id: number;
  turns: TwcsTurn[];
}

export const TWCS_FILE = 'twcs_frustration_dev.jsonl';

/**
 * The reading set: dialogues whose id is divisible by 8. Never trained on, tuned on, or turned
 * into rules or examples; the bench reports it once, at the end.
 */
export function isReadingSet(dialogueId: number): boolean {
  return dialogueId % 8 === 0;
}

export function readDialogues(): Dialogue[] {
  const byId = new Map<number, TwcsTurn[]>();
  for (const row of readJsonl<TwcsTurn>(TWCS_FILE)) {
    let turns = byId.get(row.dialogue_id);
    if (!turns) byId.set(row.dialogue_id, (turns = []));
    turns.push(row);
  }
  return [...byId]
    .sort((a, b) => a[0] - b[0])
    .map(([id, turns]) => ({ id, turns: turns.sort((a, b) => a.turn - b.turn) }));
}

/** The dialogues training may see: everything but the reading set. */
export function learningDialogues(dialogues: readonly Dialogue[]): Dialogue[] {
  return dialogues.filter((d) => !isReadingSet(d.id));
}

/** Fold of a dialogue among `folds`: dealt round-robin in id order, so folds are even and fixed. */
export function foldsByDialogue(dialogues: readonly Dialogue[], folds: number): Map<number, number> {
  return new Map(dialogues.map((d, i) => [d.id, i % folds]));
}

export const isRated = (turn: TwcsTurn): boolean => turn.speaker === 'customer' && Array.isArray(turn.ratings) && turn.score !== undefined;
