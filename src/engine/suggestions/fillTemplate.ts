// Suggestion templates are written once with slots and filled per conversation. A slot whose
// value is unknown must vanish without a trace: "I'm sorry, {name}, …" with no name known has to
// read "I'm sorry, …", never "I'm sorry, , …" or "I'm sorry, {name}, …".
import { capitalizeFirst, tidySpacing } from './textCase';

export interface TemplateSlots {
  /** The customer's name as known; `{name}` prefers `firstName`. */
  name?: string;
  firstName?: string;
  problem?: string;
  remedy?: string;
  contact?: string;
  day?: string;
}

type SlotName = 'name' | 'firstName' | 'problem' | 'remedy' | 'contact' | 'day';

const SLOT = /\{(name|firstName|problem|remedy|contact|day)\}/g;
// A hand-off sentence still reads right without the team's contact: "I'm bringing in a colleague".
const FALLBACK: Partial<Record<SlotName, string>> = { contact: 'a colleague' };
// "[ on {day}]": a part of the sentence that only makes sense with its slot filled.
const OPTIONAL_PART = /\[([^\[\]]*)\]/g;

/**
 * Fills `{name}`, `{firstName}`, `{problem}`, `{remedy}`, `{contact}` and `{day}`. A part in square
 * brackets is kept only when every slot in it is known. Otherwise an unknown `{contact}` becomes
 * "a colleague", an unknown `{day}` goes with its preposition ("on {day}"), and any other unknown
 * slot is dropped together with the comma or space that attached it.
 */
export function fillTemplate(template: string, slots: TemplateSlots): string {
  const values = slotValues(slots);
  const known = (slot: string): boolean => values[slot as SlotName] !== undefined;

  let text = template.replace(OPTIONAL_PART, (_, part: string) =>
    [...part.matchAll(SLOT)].every((m) => known(m[1]!)) ? part : '',
  );
  for (const [slot, fallback] of Object.entries(FALLBACK)) {
    if (!known(slot)) text = text.replaceAll(`{${slot}}`, fallback);
  }
  const startsWithMissingSlot = /^\s*\{(\w+)\}/.exec(text);
  const dropped = startsWithMissingSlot !== null && !known(startsWithMissingSlot[1]!);

  text = text
    // "on {day}" without a day: the preposition goes with it.
    .replace(/\s+(?:on|by|before|until|next|this|from)\s+\{day\}/gi, (m) => (known('day') ? m : ''))
    // ", {name}," / ", {name}." → keep only the punctuation that follows.
    .replace(/,\s*\{(\w+)\}(?=\s*[,.!?:;—–])/g, (m, slot: string) => (known(slot) ? m : ''))
    .replace(/\s*\{(\w+)\}[,:]?/g, (m, slot: string) => (known(slot) ? m : ''))
    // A value ending in a period ("Mr.", "Jr.") before the template's own: one period, never "M..".
    .replace(/\{(\w+)\}(\.(?!\.))?/g, (m, slot: string, period?: string) => {
      const value = values[slot as SlotName];
      if (value === undefined) return m;
      return period && value.endsWith('.') ? value : value + (period ?? '');
    });

  text = tidySpacing(text);
  return dropped || /^\s*\{contact\}/.test(template) ? capitalizeFirst(text) : text;
}

// Suggestions are recomputed after every turn from the same few templates and slots: by template
// (a rule's own string, whose hash the engine keeps), then by the slots' values.
const filledCache = new Map<string, Map<string, string>>();
let filledCount = 0;
const FILLED_CACHE_LIMIT = 2_000;

/** `fillTemplate`, remembered: the panel fills the same templates with the same slots turn after turn. */
export function filledTemplate(template: string, slots: TemplateSlots): string {
  const key = slotsKey(slots);
  let byTemplate = filledCache.get(template);
  let text = byTemplate?.get(key);
  if (text === undefined) {
    if (filledCount >= FILLED_CACHE_LIMIT) {
      filledCache.clear();
      filledCount = 0;
      byTemplate = undefined;
    }
    if (!byTemplate) filledCache.set(template, (byTemplate = new Map()));
    text = fillTemplate(template, slots);
    byTemplate.set(key, text);
    filledCount++;
  }
  return text;
}

// The six slots a filling depends on, each length-prefixed (one key per set of values).
function slotsKey(slots: TemplateSlots): string {
  // Slot by slot, not over an array of them: the panel asks for a key per card after every turn.
  return keyPart(slots.name) + keyPart(slots.firstName) + keyPart(slots.problem) + keyPart(slots.remedy) + keyPart(slots.contact) + keyPart(slots.day);
}

function keyPart(value: string | undefined): string {
  return typeof value === 'string' ? `|${value.length}:${value}` : '|';
}

function slotValues(slots: TemplateSlots): Partial<Record<SlotName, string>> {
  const present = (value: string | undefined): string | undefined => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  const firstName = present(slots.firstName) ?? present(slots.name);
  return {
    name: firstName,
    firstName,
    problem: present(slots.problem),
    remedy: present(slots.remedy),
    contact: present(slots.contact),
    day: present(slots.day),
  };
}
