// Which parts of a desk's page an adapter found on its last read: the transcript, both sides,
// the customer's name, the typing indicator and the reply box. When a desk ships new markup,
// one part usually goes missing first (a renamed side class, a new composer); this says which,
// so an agent or admin sees at once what broke. Pure: computed in the content script, worded
// the same way in the panel and on the options page.
import type { ChatSnapshot } from './types';

/**
 * `found`: read on this page. `missing`: looked for and not there (broken, or the desk has none).
 * `waiting`: nothing to find yet (no agent message so far, nobody typed since the chat opened).
 */
export type PartState = 'found' | 'missing' | 'waiting';

export const READING_PARTS = ['transcript', 'sides', 'name', 'typing', 'composer'] as const;
export type ReadingPart = (typeof READING_PARTS)[number];

export interface ReadingHealth {
  parts: Record<ReadingPart, PartState>;
  /** The sides read so far, when only one side has spoken (shown as "customer only"). */
  sidesSoFar?: 'customer' | 'agent';
  /** Which of the adapter's markups read the page: 0 today's, 1 and up its olderMarkup. */
  markup?: number;
}

/**
 * The health of one read. `typingSeen`: the customer was seen typing in this conversation (the
 * indicator is only there while they type, so "not seen" is waiting, not missing).
 */
export function readingHealth(snapshot: ChatSnapshot | null, typingSeen: boolean): ReadingHealth {
  if (!snapshot) {
    return { parts: { transcript: 'missing', sides: 'missing', name: 'missing', typing: 'waiting', composer: 'missing' } };
  }
  const spoke = { customer: false, agent: false };
  let system = 0;
  for (const message of snapshot.messages) {
    if (message.speaker === 'system') system++;
    else spoke[message.speaker] = true;
  }
  const health: ReadingHealth = {
    parts: {
      transcript: 'found',
      sides: sidesState(spoke, system),
      name: snapshot.customerName ? 'found' : 'missing',
      typing: typingSeen || snapshot.customerTyping ? 'found' : 'waiting',
      composer: snapshot.composer ? 'found' : 'missing',
    },
  };
  if (spoke.customer !== spoke.agent) health.sidesSoFar = spoke.customer ? 'customer' : 'agent';
  if (snapshot.markup !== undefined) health.markup = snapshot.markup;
  return health;
}

/** Messages that all read as system lines mean the side markers are gone, not a quiet chat. */
function sidesState(spoke: { customer: boolean; agent: boolean }, system: number): PartState {
  if (spoke.customer && spoke.agent) return 'found';
  if (!spoke.customer && !spoke.agent && system > 0) return 'missing';
  return 'waiting';
}

const PART_LABEL: Record<ReadingPart, string> = {
  transcript: 'transcript',
  sides: 'sides',
  name: 'customer name',
  typing: 'typing',
  composer: 'reply box',
};

export interface HealthWording {
  found: string[];
  missing: string[];
  waiting: string[];
  /** One line for the panel and the options page. */
  line: string;
}

/** "Found: transcript, sides, customer name, reply box. Not seen yet: typing." */
export function describeHealth(health: ReadingHealth): HealthWording {
  const wording: HealthWording = { found: [], missing: [], waiting: [], line: '' };
  for (const part of READING_PARTS) {
    let label = PART_LABEL[part];
    if (part === 'sides' && health.sidesSoFar) label = `sides (${health.sidesSoFar} only so far)`;
    wording[health.parts[part]].push(label);
  }
  const sentences = [
    wording.found.length ? `Found: ${wording.found.join(', ')}.` : '',
    wording.missing.length ? `Not found: ${wording.missing.join(', ')}.` : '',
    wording.waiting.length ? `Not seen yet: ${wording.waiting.join(', ')}.` : '',
    // An admin's cue that the desk's page is not what the adapter's first markup describes.
    health.markup ? `Read with fallback markup ${health.markup}: the adapter’s first markup did not fit.` : '',
  ];
  wording.line = sentences.filter(Boolean).join(' ');
  return wording;
}
