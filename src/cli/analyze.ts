// `composure analyze FILE...`: every transcript, turn by turn, exactly as the extension would
// see it live; one JSON line per turn, written as it is computed (constant memory per file).
import { readFileSync } from 'node:fs';
import { createEngine } from '../engine/engine';
import { readTranscripts } from '../engine/transcript';
import type { Transcript, TurnResult } from '../engine/types';
import { InputFileError, UsageError } from './errors';
import { displayPath, loadRulesDir } from './loadRules';
import { parseArgs } from './options';

export function analyzeCommand(args: string[], bundledRules: string): number {
  const { positional, options } = parseArgs(args, ['rules', 'format']);
  const format = options.get('format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'table') throw new UsageError(`--format must be jsonl or table, not "${format}"`);
  if (positional.length === 0) throw new UsageError('analyze needs at least one transcript file');
  const { packs, remedies } = loadRulesDir(options.get('rules') ?? bundledRules);
  const engine = createEngine(packs, { remedies });
  // Read and check every file first: a malformed file fails the run before any output.
  const files = positional.map((path) => ({ path, transcripts: readTranscripts(readInput(path), displayPath(path)) }));
  const write = format === 'jsonl' ? writeJsonLine : writeTableRow;
  if (format === 'table') process.stdout.write(`${'transcript'.padEnd(16)} turn  speaker   anger  flags / suggestions\n`);
  for (const { path, transcripts } of files) {
    transcripts.forEach((transcript, i) => {
      const name = transcript.id ?? (transcripts.length > 1 ? `${displayPath(path)}#${i}` : displayPath(path));
      const conversation = engine.startConversation(transcript);
      for (const turn of transcript.turns) write(name, conversation.addTurn(turn));
    });
  }
  return 0;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputFileError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}

function writeJsonLine(transcript: Transcript['id'], r: TurnResult): void {
  const line = {
    transcript,
    turn: r.turn,
    speaker: r.speaker,
    anger: r.anger,
    angry: r.angry,
    flags: r.flags.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message, ...(f.evidence ? { evidence: f.evidence } : {}) })),
    suggestions: r.suggestions.map((s) => ({ kind: s.kind, text: s.text, rule: s.rule })),
    level: r.conversation.level,
    trend: r.conversation.trend,
    ...(r.customerName ? { customerName: r.customerName } : {}),
    ...(r.explain ? { explain: r.explain } : {}),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function writeTableRow(transcript: Transcript['id'], r: TurnResult): void {
  const flags = r.flags.map((f) => `!${f.rule}`).join(' ');
  const suggestions = r.suggestions.map((s) => s.kind).join(',');
  const anger = r.speaker === 'customer' ? `${r.anger.toFixed(2)}${r.angry ? '*' : ' '}` : '     ';
  process.stdout.write(`${String(transcript).slice(0, 16).padEnd(16)} ${String(r.turn).padStart(4)}  ${r.speaker.padEnd(8)}  ${anger}  ${flags}${flags && suggestions ? '  ' : ''}${suggestions ? `→ ${suggestions}` : ''}\n`);
}
