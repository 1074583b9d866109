// When the content script tells the worker about adapter health: only on a change, not during a
// re-render's grace period, and with typing remembered per conversation.
import { describe, expect, it } from 'vitest';
import type { ChatSnapshot } from '../../src/adapters/types';
import { HealthReport } from '../../src/content/healthReport';

function snapshot(conversationKey: string, customerTyping = false): ChatSnapshot {
  return {
    conversationKey,
    customerName: 'Dana Whitfield',
    messages: [
      { key: 'a', speaker: 'customer', text: 'Where is my parcel?' },
      { key: 'b', speaker: 'agent', text: 'Let me check, Dana.' },
    ],
    customerTyping,
    composer: {} as HTMLElement,
    draft: '',
  };
}

const read = (s: ChatSnapshot | null, more: Partial<{ lost: boolean; stalled: boolean; adapter: boolean }> = {}) => ({
  adapter: true, snapshot: s, lost: false, stalled: false, ...more,
});

describe('HealthReport', () => {
  it('has something to tell only when the health changed', () => {
    const report = new HealthReport();
    expect(report.note(read(snapshot('c1')))).toBe(true);
    report.tell();
    expect(report.note(read(snapshot('c1')))).toBe(false);
    expect(report.note(read(snapshot('c1', true)))).toBe(true);
  });

  it('remembers typing for the conversation it was seen in, not the next one', () => {
    const report = new HealthReport();
    report.note(read(snapshot('c1', true)));
    report.note(read(snapshot('c1')));
    expect(report.current?.parts.typing).toBe('found');
    report.note(read(snapshot('c2')));
    expect(report.current?.parts.typing).toBe('waiting');
  });

  it('keeps its last word while a lost transcript may come back, and reports it missing once stalled', () => {
    const report = new HealthReport();
    report.note(read(snapshot('c1')));
    report.tell();
    expect(report.note(read(null, { lost: true }))).toBe(false);
    expect(report.current?.parts.transcript).toBe('found');
    expect(report.note(read(null, { lost: true, stalled: true }))).toBe(true);
    expect(report.tell()?.parts.transcript).toBe('missing');
  });

  it('says nothing about pages no adapter reads', () => {
    const report = new HealthReport();
    report.note(read(null, { adapter: false }));
    expect(report.current).toBeUndefined();
  });
});
