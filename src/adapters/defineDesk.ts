// The one way a helpdesk becomes an adapter: its descriptor (CONTRACTS §4 data), older markup
// of the same desk as further descriptors, and a few hooks where selectors cannot say it.
import type { SiteDescriptor } from '../engine/types';
import { readWithDescriptor } from './descriptorReader';
import type { ChatSnapshot, ReadHooks, SiteAdapter } from './types';

export interface DeskDefinition {
  descriptor: SiteDescriptor;
  /** Older or alternative markup, newest first. Each inherits every field it does not set. */
  olderMarkup?: Partial<SiteDescriptor>[];
  hooks?: ReadHooks;
}

export function defineDesk({ descriptor, olderMarkup = [], hooks }: DeskDefinition): SiteAdapter {
  const fallbackDescriptors = olderMarkup.map((older) => ({ ...descriptor, ...older }));
  const chain = [descriptor, ...fallbackDescriptors];
  return {
    id: descriptor.id,
    name: descriptor.name,
    matches: descriptor.matches,
    descriptor,
    fallbackDescriptors,
    read: (doc) => readFirstThatFits(doc, chain, hooks),
  };
}

/**
 * The first markup that finds messages wins. When none does (a conversation just opened),
 * the first that finds a transcript at all still tells the shell which conversation it is.
 */
export function readFirstThatFits(doc: Document, chain: SiteDescriptor[], hooks?: ReadHooks): ChatSnapshot | null {
  let empty: ChatSnapshot | null = null;
  for (const descriptor of chain) {
    const snapshot = readWithDescriptor(doc, descriptor, hooks);
    if (snapshot?.messages.length) return snapshot;
    empty ??= snapshot;
  }
  return empty;
}
