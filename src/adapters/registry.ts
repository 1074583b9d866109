// Every built-in desk, and the lookup the content script uses. Adding a desk is one file in
// desks/ plus one line here (and its fixture and test).
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { defineDesk } from './defineDesk';
import { chatwootAdapter } from './desks/chatwoot';
import { crispAdapter } from './desks/crisp';
import { freshdeskAdapter } from './desks/freshdesk';
import { frontAdapter } from './desks/front';
import { gorgiasAdapter } from './desks/gorgias';
import { helpScoutAdapter } from './desks/helpscout';
import { intercomAdapter } from './desks/intercom';
import { liveChatAdapter } from './desks/livechat';
import { salesforceAdapter } from './desks/salesforce';
import { tawktoAdapter } from './desks/tawkto';
import { zammadAdapter } from './desks/zammad';
import { zendeskAdapter } from './desks/zendesk';
import { urlMatchesAny } from '../sites/matchPattern';
import type { SiteAdapter } from './types';

export type { ChatSnapshot, ReadMessage, SiteAdapter } from './types';
export { descriptorProblems } from '../sites/validateDescriptor';

export const builtInAdapters: readonly SiteAdapter[] = [
  zendeskAdapter,
  intercomAdapter,
  freshdeskAdapter,
  helpScoutAdapter,
  frontAdapter,
  crispAdapter,
  salesforceAdapter,
  tawktoAdapter,
  chatwootAdapter,
  zammadAdapter,
  liveChatAdapter,
  gorgiasAdapter,
];

const describedAdapters = new WeakMap<SiteDescriptor, SiteAdapter>();

/**
 * An admin's or user's desk (docs/interfaces.md §4, policy `siteAdapters`): selectors only, no hooks. One
 * adapter per descriptor object, so a page keeps its reader (and what it remembers) across lookups.
 */
export function adapterFromDescriptor(descriptor: SiteDescriptor): SiteAdapter {
  let adapter = describedAdapters.get(descriptor);
  if (!adapter) describedAdapters.set(descriptor, (adapter = defineDesk({ descriptor })));
  return adapter;
}

/**
 * The adapter for a page. Described desks come first: an admin who describes a desk that also
 * has a built-in adapter (a customised or self-hosted install) knows their markup best.
 */
export function adapterForUrl(url: string, described: readonly SiteDescriptor[] = []): SiteAdapter | undefined {
  const own = described.find((descriptor) => urlMatchesAny(url, descriptor.matches ?? []));
  if (own) return adapterFromDescriptor(own);
  return builtInAdapters.find((adapter) => urlMatchesAny(url, adapter.matches));
}

/** Every match pattern the built-in desks need, for the manifest and its tests. */
export function builtInMatchPatterns(): string[] {
  return [...new Set(builtInAdapters.flatMap((adapter) => adapter.matches))];
}
