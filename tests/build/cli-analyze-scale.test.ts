// `composure analyze` at scale: streamed JSON Lines, a pool of worker threads, and output that is
// byte-for-byte the same whatever --jobs is (file, then transcript, then turn order).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jobsFor } from '../../src/cli/transcriptPool';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/composure.mjs');

function composure(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CUSTOMER = [
  "This is the THIRD time I'm contacting you and nobody has done anything!!!",
  'Hi, could you tell me when my order will ship?',
  "I was charged twice for the same subscription and nobody answers my emails.",
  "A refund? That's not good enough. I want my money back NOW",
  'Thanks, that helps a lot.',
  'The app keeps crashing when I log in. Useless.',
];
const AGENT = ['What is your order number?', "I'm really sorry to hear that. It sounds like your parcel is late.", 'Please calm down.', 'I can issue a full refund today.', 'Is there anything else I can help with?'];

/** Realistic-enough chats of varying length, heated and calm, some without an id. */
function chats(count: number, firstId = 0) {
  return Array.from({ length: count }, (_, i) => {
    const n = 2 + ((i * 7) % 11);
    const turns = Array.from({ length: n }, (_, k) => ({
      speaker: k % 2 === 0 ? 'customer' : 'agent',
      text: (k % 2 === 0 ? CUSTOMER : AGENT)[(i * 5 + k * 3) % (k % 2 === 0 ? CUSTOMER.length : AGENT.length)],
      at: new Date(Date.UTC(2026, 10, 24, 9) + i * 60_000 + k * 20_000).toISOString(),
    }));
    return { ...(i % 9 === 4 ? {} : { id: `chat-${firstId + i}` }), customer: { name: 'Dana Whitfield' }, turns };
  });
}

function tmpDir() {
  return mkdtempSync(join(tmpdir(), 'composure-scale-'));
}

describe('composure analyze --jobs', () => {
  const dir = tmpDir();
  const jsonl = join(dir, 'export.jsonl');
  const array = join(dir, 'array.json');
  const pretty = join(dir, 'single.json');
  writeFileSync(jsonl, `${chats(150).map((c) => JSON.stringify(c)).join('\n')}\n`);
  writeFileSync(array, JSON.stringify(chats(12, 1000)));
  writeFileSync(pretty, JSON.stringify(chats(1, 2000)[0], null, 2));

  it('writes the same lines, in file/transcript/turn order, with 1, 2 and 3 jobs', () => {
    const one = composure('analyze', '--jobs', '1', jsonl, array, pretty);
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    for (const jobs of ['2', '3']) {
      const many = composure('analyze', '--jobs', jobs, jsonl, array, pretty);
      expect(many.code).toBe(0);
      expect(many.out).toBe(one.out);
    }
    const lines = one.out.trim().split('\n').map((l) => JSON.parse(l) as { transcript: string; turn: number });
    const expectedOrder = [
      ...[jsonl, array, pretty].flatMap((file, f) => {
        const list = f === 0 ? chats(150) : f === 1 ? chats(12, 1000) : chats(1, 2000);
        const name = (c: { id?: string }, i: number) => c.id ?? (list.length > 1 ? `${file}#${i}` : file);
        return list.flatMap((c, i) => c.turns.map((_, turn) => `${name(c, i)}/${turn}`));
      }),
    ];
    expect(lines.map((l) => `${l.transcript}/${l.turn}`)).toEqual(expectedOrder);
    expect(lines.some((l) => l.transcript.endsWith('export.jsonl#4'))).toBe(true);
  });

  it('gives the same table with two jobs as with one', () => {
    const one = composure('analyze', '--format', 'table', '--jobs', '1', jsonl);
    const two = composure('analyze', '--format', 'table', '--jobs', '2', jsonl);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(two.out.split('\n')[0]).toMatch(/^transcript\s+turn\s+speaker\s+anger/);
  });

  it('fails on a malformed line deep in a big file before writing anything, naming file:line', () => {
    const lines = chats(400).map((c) => JSON.stringify(c));
    lines[311] = lines[311]!.slice(0, -5); // cut short, as a crashed export would
    const broken = join(tmpDir(), 'broken-export.jsonl');
    writeFileSync(broken, `${lines.join('\n')}\n`);
    const r = composure('analyze', '--jobs', '2', jsonl, broken);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/broken-export\.jsonl:312: line is not JSON/);
  });

  it('names file:line and field for a bad turn in the middle of a JSON Lines file', () => {
    const lines = chats(30).map((c) => JSON.stringify(c));
    lines[20] = JSON.stringify({ id: 'chat-bad', turns: [{ speaker: 'customer', text: 'hello' }, { speaker: 'bot', text: 'hi' }] });
    const path = join(tmpDir(), 'speakers.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n\n`);
    const r = composure('analyze', path);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/speakers\.jsonl:21: turns\[1\]\.speaker: must be "customer", "agent" or "system"; got "bot"/);
  });

  it('rejects a --jobs that is not a positive whole number, and reports a broken rules dir once', () => {
    expect(composure('analyze', '--jobs', '0', jsonl).code).toBe(2);
    const r = composure('analyze', '--jobs', 'many', jsonl);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--jobs must be a whole number/);
    const rules = composure('analyze', '--jobs', '2', '--rules', join(tmpDir(), 'nope'), jsonl);
    expect(rules.code).toBe(2);
    expect(rules.out).toBe('');
    expect(rules.err.trim().split('\n')).toHaveLength(1);
    expect(rules.err).toMatch(/nope: no such directory/);
  });
});

describe('how many workers', () => {
  it('uses one per core for big inputs, none for small ones, and --jobs as given (up to one per transcript)', () => {
    expect(jobsFor(undefined, { transcripts: 2000, turns: 40_000 })).toBe(Math.min(availableParallelism(), 20));
    expect(jobsFor(undefined, { transcripts: 2, turns: 13 })).toBe(1);
    expect(jobsFor(4, { transcripts: 2, turns: 13 })).toBe(2);
    expect(jobsFor(3, { transcripts: 0, turns: 0 })).toBe(1);
  });
});
