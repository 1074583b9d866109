// Calm text for the rules' false-alarm budget (issue 12): what a support chat says when nobody
// is upset. From the data sets (DATA_DIR: `shared/data` beside the repository, or COMPOSURE_DATA_DIR):
//  - customer turns of twcs_frustration_dev.jsonl that all three raters scored 0;
//  - its agent (company) turns;
//  - GoEmotions dev comments labelled only "neutral".
// Dialogues with dialogue_id % 8 === 0 are a held-out reading set and are never used.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA_DIR = process.env.COMPOSURE_DATA_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');

export interface CalmMessage {
  source: 'twcs-customer' | 'twcs-agent' | 'goemotions-neutral';
  id: string;
  speaker: 'customer' | 'agent';
  text: string;
}

export function calmCorpusAvailable(): boolean {
  return existsSync(join(DATA_DIR, 'twcs_frustration_dev.jsonl')) && existsSync(join(DATA_DIR, 'goemotions_dev.jsonl'));
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function calmCorpus(): CalmMessage[] {
  const out: CalmMessage[] = [];
  for (const turn of jsonLines<{ dialogue_id: number; turn: number; speaker: string; text: string; ratings?: number[] | null }>('twcs_frustration_dev.jsonl')) {
    if (turn.dialogue_id % 8 === 0) continue; // the held-out reading set
    const id = `twcs-${turn.dialogue_id}-${turn.turn}`;
    if (turn.speaker === 'customer') {
      if (turn.ratings && turn.ratings.length > 0 && turn.ratings.every((r) => r === 0)) out.push({ source: 'twcs-customer', id, speaker: 'customer', text: turn.text });
    } else {
      out.push({ source: 'twcs-agent', id, speaker: 'agent', text: turn.text });
    }
  }
  for (const row of jsonLines<{ id: string; text: string; label: string }>('goemotions_dev.jsonl')) {
    if (row.label === 'neutral') out.push({ source: 'goemotions-neutral', id: `goemotions-${row.id}`, speaker: 'customer', text: row.text });
  }
  return out;
}
