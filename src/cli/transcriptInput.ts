// Reading transcript files at scale without holding them in memory. JSON Lines files are read
// line by line (readline); a file holding one transcript or an array of them is one JSON value
// and has to be parsed whole, one file at a time.
//
// Input is read twice: `checkTranscriptFiles` parses and checks every transcript first, so a
// malformed line fails the run (one line naming file:line, exit 2) before anything is written,
// exactly as for small files (docs/interfaces.md §2); `transcriptTasks` then streams them again for the
// engine. Parsing is a small fraction of the engine's cost, and both passes use constant memory.
// Only a file rewritten between the two passes can fail mid-run: then the transcripts before the
// bad one have been written in full, and the one-line error and exit 2 follow.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { readTranscripts, type Transcript, TranscriptError } from '../engine';
import { InputFileError } from './errors';
import { displayPath } from './paths';

/** How a file is laid out: decided from its first non-blank line. */
type Layout = 'json-lines' | 'whole';

export interface CheckedFile {
  path: string;
  /** The path as shown in output and errors (relative to the working directory). */
  name: string;
  layout: Layout;
  transcripts: number;
  turns: number;
}

/** One transcript to analyse: raw JSON Lines text (parsed by the worker) or an already parsed one. */
export interface TranscriptTask {
  /** Used when the transcript has no `id`: the file, or `file#index` when it holds several. */
  fallbackName: string;
  file: string;
  /** 1-based line in the file for JSON Lines; undefined for whole files. */
  line?: number;
  source: string | Transcript;
}

/** Extra checks a command applies to each transcript (e.g. `report` checks `expect`). */
export type TranscriptCheck = (transcript: Transcript, file: string, line: number | undefined, label: string | undefined) => void;

export async function checkTranscriptFiles(paths: string[], check?: TranscriptCheck): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const path of paths) {
    const name = displayPath(path);
    const layout = await layoutOf(path, name);
    let transcripts = 0;
    let turns = 0;
    if (layout === 'whole') {
      const all = readTranscripts(readWholeFile(path), name);
      all.forEach((t, i) => check?.(t, name, undefined, all.length > 1 ? `transcript ${i}` : undefined));
      transcripts = all.length;
      turns = all.reduce((n, t) => n + t.turns.length, 0);
    } else {
      for await (const { line, text } of nonBlankLines(path)) {
        const transcript = parseTranscriptLine(text, name, line);
        check?.(transcript, name, line, undefined);
        transcripts++;
        turns += transcript.turns.length;
      }
    }
    checked.push({ path, name, layout, transcripts, turns });
  }
  return checked;
}

/** Every transcript of the checked files: files in the order given, transcripts in file order. */
export async function* transcriptTasks(files: CheckedFile[]): AsyncGenerator<TranscriptTask> {
  for (const { path, name, layout, transcripts: count } of files) {
    const fallback = (i: number) => (count > 1 ? `${name}#${i}` : name);
    if (layout === 'whole') {
      const all = readTranscripts(readWholeFile(path), name);
      for (let i = 0; i < all.length; i++) yield { fallbackName: fallback(i), file: name, source: all[i]! };
      continue;
    }
    let i = 0;
    for await (const { line, text } of nonBlankLines(path)) yield { fallbackName: fallback(i++), file: name, line, source: text };
  }
}

/** One line of a JSON Lines file as a checked transcript; errors name the file and line. */
export function parseTranscriptLine(text: string, file: string, line: number): Transcript {
  if (text.startsWith('[')) throw new TranscriptError(file, line, 'transcript: must be an object with "turns"');
  try {
    return readTranscripts(text, file)[0]!;
  } catch (e) {
    if (!(e instanceof TranscriptError)) throw e;
    const reason = line > 1 ? e.reason.replace(/^not JSON: /, 'line is not JSON: ') : e.reason;
    throw new TranscriptError(file, line, reason);
  }
}

/**
 * JSON Lines when the first non-blank line is a whole JSON object and another line follows;
 * otherwise one JSON value (a one-line file is read whole, so its errors carry no line number).
 */
async function layoutOf(path: string, name: string): Promise<Layout> {
  let first: string | undefined;
  for await (const { text } of nonBlankLines(path)) {
    if (first !== undefined) return 'json-lines';
    if (!text.startsWith('{') || !isJson(text)) return 'whole'; // pretty-printed, an array, or broken: the whole-file reader says which
    first = text;
  }
  if (first === undefined) throw new TranscriptError(name, undefined, 'file is empty');
  return 'whole';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function* nonBlankLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  const input = openStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (text !== '') yield { line, text };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

function openStream(path: string) {
  // Check up front so a missing file or a directory is the one-line input error, not a stack.
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (e) {
    throw fileError(path, e);
  }
  return createReadStream(path, { encoding: 'utf8' });
}

function readWholeFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError(path, e);
  }
}

export function fileError(path: string, e: unknown): InputFileError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputFileError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
}
