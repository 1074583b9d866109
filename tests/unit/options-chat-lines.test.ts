// The playground's plain-lines chat reader and its choice between JSON and lines.
import { describe, expect, it } from 'vitest';
import { readChatLines, TranscriptError } from '../../src/engine/transcript';
import { readPastedChat, runPlayground } from '../../src/options/playground';
import { bundledEngine } from '../helpers/engine';

describe('readChatLines', () => {
  it('reads speakers, names, clock times, typing events and continued lines', () => {
    const transcript = readChatLines(
      [
        '[10:00:05] Customer (Dana Whitfield): My order never came!!',
        '',
        '[10:00:41] Agent (Sam): Hi Dana, I’m sorry to hear that.',
        '    Could you give me the order number?',
        'customer: (typing)',
        'SYSTEM: Chat transferred to Billing',
      ].join('\n'),
      'chat.txt',
    );
    expect(transcript.customer).toEqual({ name: 'Dana Whitfield' });
    expect(transcript.agent).toEqual({ name: 'Sam' });
    expect(transcript.turns).toEqual([
      { speaker: 'customer', text: 'My order never came!!', at: Date.UTC(2026, 0, 6, 10, 0, 5), author: 'Dana Whitfield' },
      { speaker: 'agent', text: 'Hi Dana, I’m sorry to hear that.\nCould you give me the order number?', at: Date.UTC(2026, 0, 6, 10, 0, 41), author: 'Sam' },
      { speaker: 'customer', typing: true },
      { speaker: 'system', text: 'Chat transferred to Billing' },
    ]);
  });

  it('names the line that is not a chat line', () => {
    const read = () => readChatLines('Customer: Where is my parcel?\nAgent: Let me check.\nDana: Hello??', 'chat.txt');
    expect(read).toThrow(TranscriptError);
    expect(read).toThrow('chat.txt:3: expected "Customer: …", "Agent: …" or "System: …", got "Dana: Hello??"');
  });

  it('names an empty message and an empty paste', () => {
    expect(() => readChatLines('Customer: hi\nAgent:   ', 'chat.txt')).toThrow('chat.txt:2: agent line has no text');
    expect(() => readChatLines('\n\n', 'chat.txt')).toThrow(/^chat\.txt: no chat lines/);
  });
});

describe('pasted chats', () => {
  it('reads docs/interfaces.md §1 JSON when the paste starts like JSON, lines otherwise', () => {
    const json = JSON.stringify({ id: 'chat-1042', customer: { name: 'Dana' }, turns: [{ speaker: 'customer', text: 'My order never came!!' }] });
    expect(readPastedChat(json).transcript.id).toBe('chat-1042');
    expect(readPastedChat(`[${json},${json}]`).skipped).toBe(1);
    expect(readPastedChat('Customer: My order never came!!').transcript.turns).toHaveLength(1);
  });

  it('runs the chat turn by turn and reports a bad paste with its line', () => {
    const engine = bundledEngine();
    const run = runPlayground(engine, 'Customer: This is the third time I have contacted you about this!!\nAgent: Calm down, that is not my problem.');
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.results).toHaveLength(2);
    expect(run.results[0]!.flags.map((f) => f.category)).toContain('anger');
    expect(run.results[1]!.flags.map((f) => f.category)).toContain('agent-tone');
    expect(runPlayground(engine, 'Customer: hi\nhello')).toEqual({ ok: false, error: 'pasted chat:2: expected "Customer: …", "Agent: …" or "System: …", got "hello"' });
    expect(runPlayground(engine, '{"turns": [{"speaker": "boss"}]}')).toMatchObject({ ok: false, error: expect.stringContaining('turns[0].speaker') });
  });
});
