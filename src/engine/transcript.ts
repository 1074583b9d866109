// Reading transcripts (docs/interfaces.md §1): one object, an array of them, or JSON Lines. Input from
// files and exports is checked here, at the edge; a bad one is named by file and line.
import { SPEAKERS, type Transcript, type Turn } from './types';

export class TranscriptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'TranscriptError';
  }
}

export function readTranscripts(text: string, file: string): Transcript[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new TranscriptError(file, undefined, 'file is empty');
  const whole = tryParse(trimmed);
  if (whole.ok) {
    const values = Array.isArray(whole.value) ? whole.value : [whole.value];
    return values.map((v, i) => checkTranscript(v, file, undefined, Array.isArray(whole.value) ? `transcript ${i}` : undefined));
  }
  // Not one JSON value: JSON Lines, one transcript per line — unless the first line is no JSON
  // value on its own, so the file was meant as one (pretty-printed) value: name where it broke.
  const transcripts: Transcript[] = [];
  const lines = trimmed.split(/\r?\n/);
  if (!tryParse(lines[0]!.trim()).ok) throw new TranscriptError(file, whole.line, `not JSON: ${whole.error}`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const parsed = tryParse(line);
    if (!parsed.ok) throw new TranscriptError(file, i + 1, `line is not JSON: ${parsed.error}`);
    transcripts.push(checkTranscript(parsed.value, file, i + 1));
  }
  return transcripts;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string; line?: number };

function tryParse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    return { ok: false, error: message.replace(/^JSON\.parse: /, ''), line };
  }
}

function checkTranscript(value: unknown, file: string, line: number | undefined, label?: string): Transcript {
  const where = (field: string) => (label ? `${label}: ${field}` : field);
  const fail = (field: string, reason: string): never => {
    throw new TranscriptError(file, line, `${where(field)}: ${reason}`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('transcript', 'must be an object with "turns"');
  const t = value as Record<string, unknown>;
  if (!Array.isArray(t.turns)) fail('turns', 'missing or not a list');
  const turns = (t.turns as unknown[]).map((turn, i) => checkTurn(turn, `turns[${i}]`, fail));
  const person = (key: 'customer' | 'agent') => {
    const v = t[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object') fail(key, 'must be an object like {"name": "…"}');
    const name = (v as Record<string, unknown>).name;
    if (name !== undefined && typeof name !== 'string') fail(`${key}.name`, 'must be text');
    return { name: name as string | undefined };
  };
  const expect = Array.isArray(t.expect) ? (t.expect as Transcript['expect']) : undefined;
  if (t.id !== undefined && typeof t.id !== 'string' && !(typeof t.id === 'number' && Number.isFinite(t.id))) fail('id', 'must be text or a number');
  return {
    id: t.id === undefined ? undefined : String(t.id),
    site: typeof t.site === 'string' ? t.site : undefined,
    customer: person('customer'),
    agent: person('agent'),
    turns,
    ...(expect ? { expect } : {}),
  };
}

function checkTurn(value: unknown, field: string, fail: (field: string, reason: string) => never): Turn {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(field, 'must be an object');
  const turn = value as Record<string, unknown>;
  if (!SPEAKERS.includes(turn.speaker as never)) fail(`${field}.speaker`, `must be "customer", "agent" or "system"; got ${JSON.stringify(turn.speaker)}`);
  if (turn.text !== undefined && typeof turn.text !== 'string') fail(`${field}.text`, 'must be text');
  if (turn.at !== undefined && !isTime(turn.at)) fail(`${field}.at`, `must be an ISO 8601 time (2026-11-22T10:00:05Z) or epoch milliseconds; got ${JSON.stringify(turn.at)}`);
  return {
    speaker: turn.speaker as Turn['speaker'],
    ...(typeof turn.text === 'string' ? { text: turn.text } : {}),
    ...(turn.at !== undefined ? { at: turn.at as string | number } : {}),
    ...(turn.typing === true ? { typing: true } : {}),
    ...(typeof turn.author === 'string' ? { author: turn.author } : {}),
  };
}

/** An ISO 8601 date and time (the date alone counts too), or finite epoch milliseconds. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function isTime(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));
}

// ── Plain chat lines ──────────────────────────────────────────────────────────────
// What a QA lead copies out of a helpdesk or writes by hand to try a rule:
//   [10:00:05] Customer (Dana Whitfield): My order never came!!
//   Agent: Hi Dana, I'm sorry to hear that.
//   Customer: (typing)
// The clock and the name in brackets are optional; an indented line continues the message above.
const CHAT_LINE = /^(?:\[(\d{1,2}):(\d{2})(?::(\d{2}))?\]\s*)?(customer|agent|system)\s*(?:\(([^)]*)\))?\s*:\s?(.*)$/i;
const TYPING_MARK = /^\((?:is )?typing(?:…|\.\.\.)?\)$/i;
/** Clock-only times get a fixed day, so that gaps between turns are right and replays are stable. */
const CHAT_DAY = Date.UTC(2026, 0, 6);

/** Reads plain "Speaker: text" lines as one transcript; an unreadable line is named by number. */
export function readChatLines(text: string, file: string): Transcript {
  const turns: Turn[] = [];
  const names: { customer?: string; agent?: string } = {};
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === '') return;
    const previous = turns.at(-1);
    if (/^\s/.test(raw) && previous?.text !== undefined) {
      previous.text = `${previous.text}\n${raw.trim()}`;
      return;
    }
    const match = CHAT_LINE.exec(raw.trim());
    if (!match) {
      const shown = raw.trim().length > 40 ? `${raw.trim().slice(0, 40)}…` : raw.trim();
      throw new TranscriptError(file, lineNumber, `expected "Customer: …", "Agent: …" or "System: …", got "${shown}"`);
    }
    const [, hours, minutes, seconds, who, name, said] = match;
    const speaker = who!.toLowerCase() as Turn['speaker'];
    const message = said!.trim();
    const at = hours === undefined ? undefined : CHAT_DAY + ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
    if (name?.trim() && speaker !== 'system') names[speaker] ??= name.trim();
    if (speaker === 'customer' && TYPING_MARK.test(message)) {
      turns.push({ speaker, typing: true, ...(at !== undefined ? { at } : {}) });
      return;
    }
    if (message === '') throw new TranscriptError(file, lineNumber, `${speaker} line has no text`);
    turns.push({ speaker, text: message, ...(at !== undefined ? { at } : {}), ...(name?.trim() ? { author: name.trim() } : {}) });
  });
  if (turns.length === 0) throw new TranscriptError(file, undefined, 'no chat lines; write one message per line, e.g. "Customer: My order never came"');
  return {
    turns,
    ...(names.customer ? { customer: { name: names.customer } } : {}),
    ...(names.agent ? { agent: { name: names.agent } } : {}),
  };
}
