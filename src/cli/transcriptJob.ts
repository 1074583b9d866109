// What is computed for one transcript, the same in the main thread (--jobs 1) and in a worker:
// the analyze output lines (jsonl or table) or the per-conversation summary `report` needs.
import type { ComposureEngine, ExpectedFlag, FlagCategory, Severity, Speaker, Transcript, TurnResult } from '../engine';
import { escapedForTerminal } from '../text/controlCharacters';
import { unmetExpectations, type UnmetExpectation } from './report/expectationCheck';
import { flagExpectations, scoresFlags } from './report/expectations';
import { parseTranscriptLine, type TranscriptTask } from './transcriptInput';

export type JobMode = 'jsonl' | 'table' | 'summary';

export interface FlagHit {
  turn: number;
  rule: string;
  category: FlagCategory;
  severity: Severity;
  message: string;
  evidence?: string;
}

/** One conversation as the report sees it: anger per turn, flags, and the text behind them. */
export interface ConversationSummary {
  name: string;
  file: string;
  line?: number;
  speakers: Speaker[];
  /** Anger score per turn (0 for agent and system turns). */
  anger: number[];
  /** The smoothed conversation level after each turn. */
  level: number[];
  angry: boolean[];
  hits: FlagHit[];
  /** Turn index → text (shortened), for turns with a flag or an expected flag. */
  texts: Record<number, string>;
  /** The flags expected, when the transcript's `expect` takes part in scoring (not annotated: undefined). */
  expect?: ExpectedFlag[];
  /** Expectations of any kind not met (when the transcript carries `expect`). */
  unmet?: UnmetExpectation[];
}

export type JobResult = string | ConversationSummary;

/** Longest turn text kept in a report; a 200 KB message is cut, with a marker. */
const REPORT_TEXT_LIMIT = 600;

export function runTranscriptJob(engine: ComposureEngine, task: TranscriptTask, mode: JobMode): JobResult {
  const transcript = typeof task.source === 'string' ? parseTranscriptLine(task.source, task.file, task.line ?? 0) : task.source;
  const name = transcript.id ?? task.fallbackName;
  const conversation = engine.startConversation(transcript);
  if (mode === 'summary') return summarize(transcript, name, task, transcript.turns.map((turn) => conversation.addTurn(turn)));
  const format = mode === 'jsonl' ? jsonLine : tableRow;
  let out = '';
  for (const turn of transcript.turns) out += format(name, conversation.addTurn(turn));
  return out;
}

export const TABLE_HEADER = `${'transcript'.padEnd(16)} turn  speaker   anger  mood        flags / suggestions\n`;

function jsonLine(transcript: string, r: TurnResult): string {
  const line = {
    transcript,
    turn: r.turn,
    speaker: r.speaker,
    anger: r.anger,
    angry: r.angry,
    frustration: r.frustration,
    mood: r.mood,
    flags: r.flags.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message, ...(f.evidence ? { evidence: f.evidence } : {}) })),
    suggestions: r.suggestions.map((s) => ({ kind: s.kind, text: s.text, rule: s.rule })),
    level: r.conversation.level,
    trend: r.conversation.trend,
    ...(r.customerName ? { customerName: r.customerName } : {}),
    ...(r.explain ? { explain: r.explain } : {}),
  };
  return `${JSON.stringify(line)}\n`;
}

function tableRow(transcript: string, r: TurnResult): string {
  const flags = r.flags.map((f) => `!${f.rule}`).join(' ');
  const suggestions = r.suggestions.map((s) => s.kind).join(',');
  const anger = r.speaker === 'customer' ? `${r.anger.toFixed(2)}${r.angry ? '*' : ' '}` : '     ';
  const mood = (r.speaker === 'customer' ? r.mood : '').padEnd(10);
  // Transcript ids come from the file: a terminal must not run the escape sequences they may hold.
  return `${escapedForTerminal(String(transcript)).slice(0, 16).padEnd(16)} ${String(r.turn).padStart(4)}  ${r.speaker.padEnd(8)}  ${anger}  ${mood}  ${flags}${flags && suggestions ? '  ' : ''}${suggestions ? `→ ${suggestions}` : ''}
`;
}

function summarize(transcript: Transcript, name: string, task: TranscriptTask, results: TurnResult[]): ConversationSummary {
  const hits: FlagHit[] = results.flatMap((r) =>
    r.flags.map((f) => ({ turn: r.turn, rule: f.rule, category: f.category, severity: f.severity, message: f.message, ...(f.evidence ? { evidence: f.evidence } : {}) })),
  );
  const expect = scoresFlags(transcript.expect) ? flagExpectations(transcript.expect!) : undefined;
  const wanted = new Set([...hits.map((h) => h.turn), ...(expect ?? []).map((e) => e.turn)]);
  const texts: Record<number, string> = {};
  for (const turn of wanted) texts[turn] = shorten(turnText(transcript, turn));
  return {
    name,
    file: task.file,
    ...(task.line ? { line: task.line } : {}),
    speakers: transcript.turns.map((t) => t.speaker),
    anger: results.map((r) => r.anger),
    level: results.map((r) => r.conversation.level),
    angry: results.map((r) => r.angry),
    hits,
    texts,
    ...(expect ? { expect } : {}),
    ...(transcript.expect ? { unmet: unmetExpectations(transcript, results) } : {}),
  };
}

function turnText(transcript: Transcript, turn: number): string {
  const t = transcript.turns[turn];
  if (!t) return '';
  return t.typing && !t.text ? '(started typing)' : (t.text ?? '');
}

function shorten(text: string): string {
  return text.length <= REPORT_TEXT_LIMIT ? text : `${text.slice(0, REPORT_TEXT_LIMIT - 1)}…`;
}
