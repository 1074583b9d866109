// Which desk's adapter reads this page: chosen again when the address or the described desks change.
import type { ChatReader, SiteAdapter } from '../adapters/types';
import type { SiteDescriptor } from '../sites/siteDescriptor';

export type AdapterLookup = (url: string, described: readonly SiteDescriptor[]) => SiteAdapter | undefined;

export class AdapterChoice {
  /** The described desks, once the worker sent them; until then a page no built-in desk knows waits. */
  private described: SiteDescriptor[] | undefined;
  private chosen: SiteAdapter | undefined;
  /** The adapter's reader for this page: it remembers the transcript between reads. */
  private chosenReader: ChatReader | undefined;
  /** The address the adapter was chosen for ('' : choose at the next look). */
  private chosenFor = '';

  /** `deskChanged`: another desk's adapter took over from one that read this page before. */
  constructor(
    private readonly doc: Document,
    private readonly adapterFor: AdapterLookup,
    private readonly deskChanged: () => void,
  ) {}

  get adapter(): SiteAdapter | undefined {
    return this.chosen;
  }

  get reader(): ChatReader | undefined {
    return this.chosenReader;
  }

  /** Whether the worker has told which desks are described (policy, user) besides the built-in ones. */
  get describedKnown(): boolean {
    return this.described !== undefined;
  }

  /** The adapter for the page's address now. */
  current(): SiteAdapter | undefined {
    if (location.href === this.chosenFor) return this.chosen;
    this.chosenFor = location.href;
    const next = this.adapterFor(this.chosenFor, this.described ?? []);
    if (next !== this.chosen) {
      this.chosenReader = next?.reader(this.doc);
      // Another desk's reader keys messages its own way: read the chat afresh, not as a diff.
      if (this.chosen) this.deskChanged();
    }
    this.chosen = next;
    return next;
  }

  /** The worker's described desks; false when they are the ones in use already (nothing to do). */
  useDescribed(descriptors: SiteDescriptor[]): boolean {
    if (this.described && JSON.stringify(descriptors) === JSON.stringify(this.described)) return false;
    this.described = descriptors;
    this.chosenFor = '';
    return true;
  }
}
