// The playground's pure part: a pasted chat (the transcript JSON of docs/interfaces.md §1, or
// plain "Customer: …" lines) run turn by turn through an engine built with the settings in force,
// as the extension would run it live. The page only shows the result.
import { type ComposureEngine, readChatLines, readTranscripts, type Transcript, TranscriptError, type TurnResult } from '../engine';

export const PASTED_CHAT = 'pasted chat';

export type PlaygroundRun =
  | { ok: true; transcript: Transcript; results: TurnResult[]; /** More transcripts were pasted than the one shown. */ skipped: number }
  | { ok: false; error: string };

/** JSON when it starts like JSON, else chat lines; errors name the line. */
export function readPastedChat(text: string): { transcript: Transcript; skipped: number } {
  if (/^\s*[[{]/.test(text)) {
    const transcripts = readTranscripts(text, PASTED_CHAT);
    if (transcripts.length === 0) throw new TranscriptError(PASTED_CHAT, undefined, 'no transcript in the list');
    return { transcript: transcripts[0]!, skipped: transcripts.length - 1 };
  }
  return { transcript: readChatLines(text, PASTED_CHAT), skipped: 0 };
}

export function runPlayground(engine: ComposureEngine, text: string): PlaygroundRun {
  try {
    const { transcript, skipped } = readPastedChat(text);
    const conversation = engine.startConversation({ ...transcript, id: transcript.id ?? 'playground' });
    return { ok: true, transcript, results: transcript.turns.map((turn) => conversation.addTurn(turn)), skipped };
  } catch (error) {
    if (error instanceof TranscriptError) return { ok: false, error: error.message };
    return { ok: false, error: `${PASTED_CHAT}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
