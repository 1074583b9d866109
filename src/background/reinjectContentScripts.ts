// After an install or an update, Chrome runs the new content script only in pages loaded from
// then on. Desk tabs already open keep the old copy, orphaned (its line to the worker is dead),
// so an agent mid-chat would get an empty panel until they reload the desk. The worker therefore
// runs the new content script in every open tab of a built-in desk; the orphan notices that its
// extension is gone and stops reading (content/workerLink.ts), so one copy reads each page.
// The new copy runs in a new isolated world: the old copy's double-injection mark does not block it.
import { contentScriptMatches, injectIntoTabsMatching, onInstalledOrUpdated } from '../platform/browser';

/** Injects into every open built-in desk tab. */
export function reinjectContentScriptsOnInstallOrUpdate(): void {
  onInstalledOrUpdated(() => void injectIntoTabsMatching(contentScriptMatches()).catch(() => undefined));
}
