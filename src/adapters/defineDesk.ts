// The one way a helpdesk becomes an adapter: its descriptor (the data of docs/interfaces.md §4), older markup
// of the same desk as further descriptors, and a few hooks where selectors cannot say it.
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { DescriptorReader } from './reading/descriptorReader';
import { PAGE_READ_BUDGET, WHOLE_READ } from './reading/readBudget';
import { ShadowRoots } from './dom';
import type { ChatReader, ChatSnapshot, PageChanges, ReadBudget, ReadHooks, SiteAdapter } from './types';

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
    reader: (doc, budget) => new ChainReader(doc, chain, hooks, budget),
  };
}

/**
 * Reads with the first markup of the chain that finds messages, remembering: the markup that
 * fitted last keeps being read incrementally; the whole chain is tried again when it stops
 * finding messages or the changes are unknown. The readers of one round share one walk of the
 * page for its shadow roots.
 */
class ChainReader implements ChatReader {
  private readonly readers: DescriptorReader[];
  private fitting: DescriptorReader | undefined;
  /** The page's shadow roots as found in this round of the chain (found by the first reader that needs them). */
  private roundShadowRoots: ShadowRoots | undefined;

  /** `budget`: as DescriptorReader's (WHOLE_READ reads everything at once). */
  constructor(
    private readonly doc: Document,
    chain: SiteDescriptor[],
    hooks: ReadHooks | undefined,
    budget: ReadBudget = PAGE_READ_BUDGET,
  ) {
    const shadowRootsOfRound = (page: Document) => (this.roundShadowRoots ??= ShadowRoots.under(page));
    this.readers = chain.map((descriptor) => new DescriptorReader(descriptor, hooks, budget, shadowRootsOfRound));
  }

  read(changes?: PageChanges): ChatSnapshot | null {
    if (this.fitting && changes) {
      const snapshot = this.fitting.read(this.doc, changes);
      if (snapshot?.messages.length) return this.told(snapshot, this.fitting);
    }
    this.fitting = undefined;
    this.roundShadowRoots = undefined;
    let empty: ChatSnapshot | null = null;
    let emptyReader: DescriptorReader | undefined;
    for (const reader of this.readers) {
      const snapshot = reader.read(this.doc);
      if (snapshot?.messages.length) {
        this.fitting = reader;
        return this.told(snapshot, reader);
      }
      if (!empty && snapshot) [empty, emptyReader] = [snapshot, reader];
    }
    return empty && this.told(empty, emptyReader!);
  }

  /** Says which markup read the page (the adapter-health line shows an older one). */
  private told(snapshot: ChatSnapshot, reader: DescriptorReader): ChatSnapshot {
    snapshot.markup = this.readers.indexOf(reader);
    return snapshot;
  }
}

/**
 * The first markup that finds messages wins. When none does (a conversation just opened),
 * the first that finds a transcript at all still tells the shell which conversation it is.
 */
export function readFirstThatFits(doc: Document, chain: SiteDescriptor[], hooks?: ReadHooks): ChatSnapshot | null {
  return new ChainReader(doc, chain, hooks, WHOLE_READ).read();
}
