// The options page's half of the live desk check: ask the tab's content script to read the page
// with a descriptor; if the tab has none yet (a desk added after the page loaded), inject the
// manifest's content-script file, which needs the tab's origin granted, and ask again.
import type { SiteCheckAnswer, SiteCheckRequest } from '../platform/protocol';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { askTab, injectContentScript } from '../platform/browser';
import { answerWithin } from './answerWithin';

// The content script answers from one synchronous read; this only bounds a hung tab.
const ANSWER_TIMEOUT_MS = 1500;

export async function checkSiteInTab(tabId: number, descriptor: SiteDescriptor): Promise<SiteCheckAnswer> {
  const request: SiteCheckRequest = { type: 'check-site', descriptor };
  try {
    return asAnswer(await withTimeout(askTab(tabId, request)));
  } catch {
    // No receiver: our content script does not run in that tab yet.
  }
  try {
    await injectContentScript(tabId);
  } catch (error) {
    return { ok: false, problem: `Composure cannot run in this tab (${reason(error)}). Grant access to the desk’s addresses, then check again.` };
  }
  try {
    return asAnswer(await withTimeout(askTab(tabId, request)));
  } catch (error) {
    return { ok: false, problem: `The tab did not answer (${reason(error)}). Reload the tab and check again.` };
  }
}

function asAnswer(value: unknown): SiteCheckAnswer {
  if (typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean') return value as SiteCheckAnswer;
  // A content script from before an extension update answers nothing; its page needs a reload.
  return { ok: false, problem: 'The tab’s Composure script is out of date. Reload the tab and check again.' };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return answerWithin(promise, ANSWER_TIMEOUT_MS);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
