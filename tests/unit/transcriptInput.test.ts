// Transcript files as QA leads hand them over: a broken one is named by file, line and field, and
// nothing from them reaches a terminal or a reply box as a control sequence.
import { describe, expect, it } from 'vitest';
import { escapedForTerminal, withoutControlCharacters } from '../../src/text/controlCharacters';
import { readTranscripts } from '../../src/engine/transcript';

const error = (text: string) => {
  try {
    readTranscripts(text, 'chat.json');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('reading transcript files', () => {
  it('names the line where a pretty-printed file stops being JSON', () => {
    const text = ['{', '  "id": "c1",', '  "turns": [', '    {"speaker": "customer", "text": "hi"}', '    {"speaker": "agent", "text": "yo"}', '  ]', '}'].join('\n');
    expect(error(text)).toMatch(/^chat\.json:5: not JSON: /);
  });

  it('still names the JSON Lines line that is broken', () => {
    const good = JSON.stringify({ id: 'a', turns: [] });
    expect(error(`${good}\n${good}\n{"id": "c", "turns": [}\n`)).toMatch(/^chat\.json:3: line is not JSON: /);
  });

  it('refuses a time that is no time, and an id that is no name', () => {
    expect(error(JSON.stringify({ turns: [{ speaker: 'customer', text: 'hi', at: 'yesterday' }] }))).toBe(
      'chat.json: turns[0].at: must be an ISO 8601 time (2026-11-22T10:00:05Z) or epoch milliseconds; got "yesterday"',
    );
    expect(error(JSON.stringify({ turns: [{ speaker: 'customer', text: 'hi', at: 'NaN' }] }))).toMatch(/turns\[0\]\.at: must be/);
    expect(error(JSON.stringify({ id: { chat: 1 }, turns: [] }))).toBe('chat.json: id: must be text or a number');
    expect(readTranscripts(JSON.stringify({ id: 1042, turns: [{ speaker: 'agent', text: 'ok', at: '2026-11-22T10:00:05Z' }, { speaker: 'agent', at: 1764410000000 }] }), 'chat.json')[0]!.id).toBe('1042');
  });
});

describe('control characters', () => {
  it('leaves a reply box only what the text says, line breaks included', () => {
    expect(withoutControlCharacters('Sorry about \u202Etiurf\u202C the\u0000 order\u001b[2J,\nLee.\u2066x\u2069')).toBe('Sorry about tiurf the order[2J,\nLee.x');
  });

  it('shows a terminal every control as an escape, on one line', () => {
    expect(escapedForTerminal('chat\u001b[31m-1\n\u202Eevil')).toBe('chat\\u{1B}[31m-1\\u{A}\\u{202E}evil');
  });
});
