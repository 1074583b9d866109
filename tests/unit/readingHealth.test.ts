// The adapter-health line's logic without a browser: which state each part gets from a read,
// and how the line words it for the panel and the options page.
import { describe, expect, it } from 'vitest';
import { describeHealth, readingHealth } from '../../src/adapters/readingHealth';
import type { ChatSnapshot, ReadMessage } from '../../src/adapters/types';

const said = (speaker: ReadMessage['speaker'], text: string, i: number): ReadMessage => ({ key: `k${i}`, speaker, text });

function snapshot(overrides: Partial<ChatSnapshot> = {}): ChatSnapshot {
  return {
    conversationKey: 'desk.example/c/1|Dana Whitfield',
    customerName: 'Dana Whitfield',
    messages: [said('customer', 'My parcel is lost.', 0), said('agent', 'Sorry to hear that, Dana.', 1)],
    customerTyping: false,
    composer: {} as HTMLElement,
    draft: '',
    ...overrides,
  };
}

describe('readingHealth', () => {
  it('finds every part of a working desk; typing waits until the customer types', () => {
    expect(readingHealth(snapshot(), false).parts).toEqual({ transcript: 'found', sides: 'found', name: 'found', typing: 'waiting', composer: 'found' });
    expect(readingHealth(snapshot(), true).parts.typing).toBe('found');
    expect(readingHealth(snapshot({ customerTyping: true }), false).parts.typing).toBe('found');
  });

  it('reports the parts a read did not find', () => {
    const health = readingHealth(snapshot({ customerName: undefined, composer: null }), false);
    expect(health.parts).toMatchObject({ name: 'missing', composer: 'missing' });
  });

  it('tells "side markers gone" (only system lines) from "one side so far"', () => {
    const systemOnly = snapshot({ messages: [said('system', 'My parcel is lost.', 0), said('system', 'Sorry, Dana.', 1)] });
    expect(readingHealth(systemOnly, false).parts.sides).toBe('missing');
    const customerOnly = readingHealth(snapshot({ messages: [said('customer', 'Hello?', 0)] }), false);
    expect(customerOnly.parts.sides).toBe('waiting');
    expect(customerOnly.sidesSoFar).toBe('customer');
    expect(readingHealth(snapshot({ messages: [] }), false).parts.sides).toBe('waiting');
  });

  it('no transcript: nothing found', () => {
    expect(readingHealth(null, true).parts).toEqual({ transcript: 'missing', sides: 'missing', name: 'missing', typing: 'waiting', composer: 'missing' });
  });

  it('carries which markup read the page', () => {
    expect(readingHealth(snapshot({ markup: 2 }), false).markup).toBe(2);
  });
});

describe('describeHealth', () => {
  it('words found, missing and not-yet parts in one line', () => {
    const health = readingHealth(snapshot({ composer: null, messages: [said('customer', 'Hello?', 0)] }), false);
    expect(describeHealth(health).line).toBe(
      'Found: transcript, customer name. Not found: reply box. Not seen yet: sides (customer only so far), typing.',
    );
  });

  it('says when a fallback markup read the page', () => {
    expect(describeHealth(readingHealth(snapshot({ markup: 1 }), true)).line).toBe(
      'Found: transcript, sides, customer name, typing, reply box. Read with fallback markup 1: the adapter’s first markup did not fit.',
    );
  });
});
