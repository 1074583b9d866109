// Desks added by policy or by the user, without a rebuild. The manifest's content script runs only
// on the built-in desks (the only host access asked at install); another desk's origins are granted
// on demand from the options page (Sites → Allow). The worker keeps one registered content script,
// `composure-sites`, whose matches are the described desks' patterns that are granted and not
// already covered by a built-in desk, and runs the script in tabs already open when access is new.
import type { SiteDescriptor } from '../sites/siteDescriptor';
import {
  contentScriptMatches,
  hasHostAccess,
  injectIntoTabsMatching,
  onHostAccessChanged,
  registerContentScriptFor,
  registeredContentScriptMatches,
  unregisterContentScript,
} from '../platform/browser';
import { describedPatterns, registrationStep } from './siteScriptMatches';

export const SITE_SCRIPT_ID = 'composure-sites';

export class SiteRegistration {
  private descriptors: SiteDescriptor[] | undefined;
  /** Syncs run one after another: a grant during a settings change must not register twice. */
  private queue: Promise<void> = Promise.resolve();

  /** At the worker's top level: host access granted or withdrawn in the options page. */
  listen(): void {
    onHostAccessChanged(() => this.resync());
  }

  /** The policy + user descriptors in force (only once the policy is known: a guess would unregister its desks). */
  update(descriptors: SiteDescriptor[]): Promise<void> {
    this.descriptors = descriptors;
    return this.resync();
  }

  private resync(): Promise<void> {
    if (!this.descriptors) return this.queue;
    const descriptors = this.descriptors;
    this.queue = this.queue.then(() => this.sync(descriptors)).catch((error: unknown) => {
      console.warn('[Composure] could not register the content script for added desks:', error instanceof Error ? error.message : String(error));
    });
    return this.queue;
  }

  private async sync(descriptors: SiteDescriptor[]): Promise<void> {
    const wanted = describedPatterns(descriptors, contentScriptMatches());
    const granted = (await Promise.all(wanted.map(async (pattern) => ((await hasHostAccess([pattern])) ? pattern : undefined)))).filter(
      (pattern): pattern is string => pattern !== undefined,
    );
    const registered = await registeredContentScriptMatches(SITE_SCRIPT_ID);
    const step = registrationStep(registered, granted);
    if (step.kind === 'unregister') await unregisterContentScript(SITE_SCRIPT_ID);
    else if (step.kind !== 'none') await registerContentScriptFor(SITE_SCRIPT_ID, step.matches, step.kind === 'update');

    // A desk tab open since before the grant gets the script now; a copy already running ignores it.
    await injectIntoTabsMatching(granted.filter((pattern) => !(registered ?? []).includes(pattern)));
  }
}
