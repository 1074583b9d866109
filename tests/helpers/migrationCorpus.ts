// Messages the migration is checked on: every example of the version 1 rule files (chats turn
// by turn) and the bench's support lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
export const V1_RULES = join(ROOT, 'tests', 'fixtures', 'rules-v1');

function textsOf(example: unknown): string[] {
  if (typeof example === 'string') return [example];
  const turns = (example as { turns?: Record<string, unknown>[] }).turns ?? [];
  return turns.flatMap((t) => [t.customer, t.agent, t.draft].filter((x): x is string => typeof x === 'string'));
}

export function migrationCorpus(): string[] {
  const texts = new Set<string>();
  for (const file of readdirSync(V1_RULES)) {
    const pack = parse(readFileSync(join(V1_RULES, file), 'utf8')) as { rules?: { examples: { trigger: unknown[]; ignore: unknown[] } }[] };
    for (const rule of pack.rules ?? []) for (const e of [...rule.examples.trigger, ...rule.examples.ignore]) for (const t of textsOf(e)) texts.add(t);
  }
  for (const line of readFileSync(join(ROOT, 'bench', 'support-lines.jsonl'), 'utf8').trim().split('\n')) texts.add((JSON.parse(line) as { text: string }).text);
  return [...texts];
}

/** Every v1 phrase and words entry of the fixture files, with where it is written. */
export function v1Entries(): { file: string; field: 'phrases' | 'words'; source: string }[] {
  const out: { file: string; field: 'phrases' | 'words'; source: string }[] = [];
  for (const file of readdirSync(V1_RULES)) {
    const pack = parse(readFileSync(join(V1_RULES, file), 'utf8')) as { rules?: { match?: Record<string, unknown>; unless?: Record<string, unknown> }[]; signals?: Record<string, Record<string, unknown>> };
    const blocks = [...(pack.rules ?? []).flatMap((r) => [r.match, r.unless]), ...Object.values(pack.signals ?? {})];
    for (const block of blocks) {
      for (const field of ['phrases', 'words'] as const) for (const source of (block?.[field] as string[] | undefined) ?? []) out.push({ file, field, source });
    }
  }
  return out;
}
