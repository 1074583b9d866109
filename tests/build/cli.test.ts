// The QA lead's command line, run as a person runs it: the built `composure` bin in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../helpers/engine';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/composure.mjs');

function composure(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'composure-cli-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('composure analyze', () => {
  it('analyses the example of docs/interfaces.md: one JSON line per turn with the documented fields', () => {
    const r = composure('analyze', 'docs/examples/chat-1042.json');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.turn)).toEqual([0, 1, 2, 3]);
    for (const l of lines) {
      expect(l.transcript).toBe('chat-1042');
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['transcript', 'turn', 'speaker', 'anger', 'angry', 'frustration', 'mood', 'flags', 'suggestions']));
      expect(['calm', 'frustrated', 'angry']).toContain(l.mood);
    }
    expect(lines[1].anger).toBe(0);
    // The agent's turn: never upset.
    expect(lines[1]).toMatchObject({ speaker: 'agent', frustration: 0, mood: 'calm' });
    expect(lines[0].suggestions.every((s: { text: string }) => !s.text.includes('{'))).toBe(true);
  });

  it('reads JSON Lines with several transcripts and flags the heated one only', () => {
    const r = composure('analyze', 'docs/examples/heated-chat.jsonl');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const heated = lines.filter((l) => l.transcript === 'heated-1');
    const calm = lines.filter((l) => l.transcript === 'calm-1');
    expect(heated[0].angry).toBe(true);
    expect(heated.flatMap((l) => l.flags.map((f: { category: string }) => f.category))).toEqual(expect.arrayContaining(['anger', 'interruption', 'no-empathy']));
    expect(calm.flatMap((l) => l.flags)).toEqual([]);
  });

  it('prints a table with --format table', () => {
    const r = composure('analyze', '--format', 'table', 'docs/examples/heated-chat.jsonl');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/heated-1\s+0\s+customer\s+0\.\d\d\*\s+angry/);
  });

  it('prints a transcript id with terminal escape sequences as visible text in the table', () => {
    const path = tmp('escape.json', JSON.stringify({ id: 'chat\u001b]0;pwned\u0007\u202E1', turns: [{ speaker: 'customer', text: 'Where is my order?' }] }));
    const r = composure('analyze', '--format', 'table', path);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
    expect(r.out).toContain('chat\\u{1B}]0;pwn');
  });

  it('analyses a 200 KB message', () => {
    const text = 'The package never arrived and nobody answers my emails. '.repeat(3600);
    const path = tmp('big.json', JSON.stringify({ id: 'big', turns: [{ speaker: 'customer', text }] }));
    const r = composure('analyze', path);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).turn).toBe(0);
  });

  it('exits 2 with a one-line error naming the file and line for malformed input', () => {
    const path = tmp('broken.jsonl', '{"turns":[{"speaker":"customer","text":"hi"}]}\n{"turns": [ oops ]}\n');
    const r = composure('analyze', path);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/broken\.jsonl:2: /);
    expect(r.err).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
    expect(r.out).toBe('');
  });

  it('exits 2 on a turn with a wrong speaker, naming the field', () => {
    const path = tmp('speaker.json', JSON.stringify({ turns: [{ speaker: 'bot', text: 'hi' }] }));
    const r = composure('analyze', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/speaker\.json: turns\[0\]\.speaker: must be "customer", "agent" or "system"; got "bot"/);
  });

  it('exits 2 on a missing file and on an unknown option', () => {
    expect(composure('analyze', 'no/such/file.json').code).toBe(2);
    expect(composure('analyze', '--colour', 'x', 'docs/examples/chat-1042.json').code).toBe(2);
  });
});

describe('composure test and lint', () => {
  it('runs the bundled examples: all pass', () => {
    const r = composure('test');
    expect(r.code).toBe(0);
    const [, passed, failed] = /^(\d+) passed, (\d+) failed$/m.exec(r.out) ?? [];
    expect(Number(passed)).toBeGreaterThanOrEqual(60);
    expect(Number(failed)).toBe(0);
  });

  it('reports a failing example as file:line rule-id expected … got …', () => {
    const dir = mkdtempSync(join(tmpdir(), 'composure-rules-'));
    for (const f of ['signals.yaml', 'remedies.yaml']) copyFileSync(join(RULES_DIR, f), join(dir, f));
    writeFileSync(join(dir, 'team.yaml'), `version: 1
rules:
  - id: team.please
    category: agent-tone
    match:
      phrases: [please hold]
    message: Say how long.
    examples:
      trigger:
        - Please wait.
      ignore:
        - Please hold for two minutes.
`);
    const r = composure('test', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/team\.yaml:10 team\.please expected to fire, got nothing fired/);
    expect(r.out).toMatch(/team\.yaml:12 team\.please expected not to fire, got fired: team\.please/);
    // The copied signals carry their own examples, which pass; the team rule's two fail.
    const signals = parse(readFileSync(join(RULES_DIR, 'signals.yaml'), 'utf8')) as { signals: Record<string, { examples?: { trigger: string[]; ignore?: string[] } }> };
    const signalExamples = Object.values(signals.signals).reduce((n, s) => n + (s.examples?.trigger.length ?? 0) + (s.examples?.ignore?.length ?? 0), 0);
    expect(signalExamples).toBeGreaterThan(0);
    expect(r.out).toMatch(new RegExp(`^${signalExamples} passed, 2 failed$`, 'm'));
  });

  it('lint passes on the bundled rules and names file, line and field on a broken file', () => {
    expect(composure('lint').code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'composure-lint-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'signals.yaml'), readFileSync(join(RULES_DIR, 'signals.yaml')));
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\nrules:\n  - id: team.x\n    category: anger\n    severity: loud\n    match: {phrases: [x]}\n    message: m\n    examples: {trigger: [x], ignore: [y]}\n');
    const r = composure('lint', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.yaml:5: rules\[0\] \(team\.x\)\.severity: must be one of "info", "warning", "critical"; got "loud"/);
    expect(r.out).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
  });

  it('lint agrees with the engine: a later file overrides a rule id, an id twice in one file is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'composure-lint-'));
    writeFileSync(join(dir, 'signals.yaml'), readFileSync(join(RULES_DIR, 'signals.yaml')));
    const rule = (message: string) => `  - id: team.x\n    category: agent-tone\n    match: {patterns: [whatever]}\n    message: ${message}\n    examples: {trigger: [Whatever.], ignore: [Fine.]}\n`;
    writeFileSync(join(dir, 'a.yaml'), `version: 2\nrules:\n${rule('first')}`);
    writeFileSync(join(dir, 'b.yaml'), `version: 2\nrules:\n${rule('second')}`);
    const overridden = composure('lint', dir);
    expect(overridden.code).toBe(0);
    expect(overridden.out).toMatch(/b\.yaml:3: note: rule team\.x overrides the one at .*a\.yaml:3/);
    writeFileSync(join(dir, 'b.yaml'), `version: 2\nrules:\n${rule('second')}${rule('third')}`);
    const twice = composure('lint', dir);
    expect(twice.code).toBe(1);
    expect(twice.out).toMatch(/b\.yaml:8: rules\[1\] \(team\.x\)\.id: duplicate rule id "team\.x"/);
  });

  it('migrate rewrites a version 1 file as version 2 in place; --check fails while one is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'composure-migrate-'));
    const file = join(dir, 'team.yaml');
    writeFileSync(file, `# our legal words\nversion: 1\nrules:\n  - id: team.legal\n    category: escalation\n    match:\n      words: ["speak|speaking to|with? my lawyer|solicitor"]\n    message: m\n    examples: {trigger: ["I am speaking to my lawyer"], ignore: ["my lawyer is nice"]}\n`);
    expect(composure('migrate', '--check', dir).code).toBe(1);
    const r = composure('migrate', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/team\.yaml: migrated to version 2 \(1 patterns\)/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# our legal words\nversion: 2\n/);
    expect(text).toContain('patterns:\n        - (speak | speaking) [to | with] my (lawyer | solicitor)');
    expect(composure('migrate', '--check', dir).code).toBe(0);
    expect(composure('test', dir).out).toMatch(/^2 passed, 0 failed$/m);
  });
});
