// Reading the public labeled data in `/work/shared/data` (see its README for sources and
// licenses). Only the trainer and the bench read these files; nothing here is bundled.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface LabeledText {
  id: string;
  text: string;
  label: string;
  anger?: number;
  anger_broad?: number;
  score?: number;
  sentiment?: string;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The data sets: `shared/data` beside the repository, or `COMPOSURE_DATA_DIR` for other checkouts. */
export const DATA_DIR = process.env.COMPOSURE_DATA_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'data');

export function readJsonl<T = LabeledText>(file: string): T[] {
  const full = path.isAbsolute(file) ? file : path.join(DATA_DIR, file);
  return readFileSync(full, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

// GoEmotions masks names and religions as "[NAME]", "[RELIGION]". Live chats carry real names,
// so the mask tokens must not become anger words ("[NAME] is an idiot" → "is an idiot").
export function unmaskGoEmotions(text: string): string {
  return text.replace(/\[(NAME|RELIGION)\]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** FNV-1a of a string: a stable, platform-independent split of train into fit / held-out. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
