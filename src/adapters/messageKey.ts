// Stable message identity. The shell keeps what it has already analysed by key, so the key
// must survive a virtualised list dropping and re-rendering the node (Crisp, Intercom and
// Chatwoot all do) and, where the desk gives us an id, an edit of the text.
import type { Speaker } from '../engine';
import { fnv1a } from '../text/hash';

/** Attributes desks put their own message id in, most specific first (sources in desks/). */
const ID_ATTRIBUTES = [
  'data-message-id', // Chatwoot
  'data-part-id', // Intercom
  'data-part-group-id', // Intercom (legacy groups)
  'data-note-id', // Freshdesk
  'data-thread_id', // FreeScout
  'data-id',
  'id', // tawk.to blockId-N, Chatwoot legacy message{ID}
];

/** Ids that frameworks generate per render are no identity at all. */
const GENERATED_ID = /^(ember\d+|:r[0-9a-z]+:|react-|radix-|headlessui-|mui-)/i;

export function desksOwnMessageId(message: Element): string | undefined {
  for (const name of ID_ATTRIBUTES) {
    const value = message.getAttribute(name);
    if (value && !GENERATED_ID.test(value)) return `${name}=${value}`;
  }
  // Freshdesk puts the note id one level down, on the note body.
  const noteId = message.querySelector('[data-note-id]')?.getAttribute('data-note-id');
  return noteId ? `data-note-id=${noteId}` : undefined;
}


/**
 * Gives keys to the messages of one snapshot. A desk id wins; otherwise the key is a hash of
 * what the message says, who said it and when, plus how many identical messages came before
 * it ("ok", "ok"), so dropping older nodes from a virtualised list does not shift it.
 */
export class MessageKeys {
  private readonly used = new Map<string, number>();

  /** The key of a message whose base (messageKeyBase) is already known: reads cache the base per element. */
  keyForBase(base: string): string {
    const seen = this.used.get(base) ?? 0;
    this.used.set(base, seen + 1);
    return seen === 0 ? base : `${base}~${seen}`;
  }
}

/** What a message's key is before identical messages are told apart by occurrence. */
export function messageKeyBase(ownId: string | undefined, speaker: Speaker, text: string, time: string | undefined): string {
  return ownId ? `id:${ownId}` : `h:${fnv1a(`${speaker}\u0000${text}\u0000${time ?? ''}`).toString(36)}`;
}
