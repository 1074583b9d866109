// The one place that touches extension APIs. Everything else imports from here, so contexts stay
// testable and the Firefox port changes one file. Chrome-only APIs (sidePanel) are guarded.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { isNoPolicyError, type ManagedRead } from './managedRead';

export type Port = Runtime.Port;

export function connect(name: string): Port {
  return browser.runtime.connect({ name });
}

export function onConnect(listener: (port: Port) => void): void {
  browser.runtime.onConnect.addListener(listener);
}

/**
 * True when the port was opened by one of this extension's own pages at `paths` (the side panel,
 * docked or popped out as a tab). A content script is an extension context too, but it lives in
 * a desk page: it must not watch other tabs or insert into them.
 */
export function portFromExtensionPage(port: Port, paths: readonly string[]): boolean {
  const { id, url } = port.sender ?? {};
  if (id !== browser.runtime.id || !url) return false;
  const { origin, pathname } = new URL(url);
  return origin === ownOrigin() && paths.some((path) => pathname === `/${path}`);
}

/** True when the port was opened by our content script in a tab (not by an extension page). */
export function portFromContentScript(port: Port): boolean {
  const { id, url, tab } = port.sender ?? {};
  return id === browser.runtime.id && tab?.id !== undefined && !!url && new URL(url).origin !== ownOrigin();
}

/** This extension's origin (chrome-extension://<id>, moz-extension://<uuid>). */
function ownOrigin(): string {
  return new URL(browser.runtime.getURL('')).origin;
}

/** Tab id of the sender of a port (undefined for extension pages). */
export function portTabId(port: Port): number | undefined {
  return port.sender?.tab?.id;
}

/** One-shot messages (used only to wake a tab's content script for a replay). */
export function onRuntimeMessage(listener: (message: unknown) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    listener(message);
    return undefined;
  });
}

/** Resolves false when the tab has no content script of ours (not a helpdesk page). */
export async function sendToTab(tabId: number, message: unknown): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false;
  }
}

// ── storage: settings only, never transcript text ────────────────────────────────
export async function readLocal<T>(key: string, fallback: T): Promise<T> {
  const got = await browser.storage.local.get(key);
  return (got[key] as T | undefined) ?? fallback;
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

export async function readSession<T>(key: string, fallback: T): Promise<T> {
  const got = await browser.storage.session.get(key);
  return (got[key] as T | undefined) ?? fallback;
}

export async function writeSession(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

/**
 * Every policy value at once (what `storage.managed.get(null)` returns), told apart from "no
 * policy" (Firefox throws; Chromium answers `{}`), a failed read, and no answer within `waitMs`.
 */
export async function readManaged(waitMs: number): Promise<ManagedRead> {
  // Through a promise first: a browser can also throw at once rather than reject.
  const read = Promise.resolve()
    .then(() => browser.storage.managed.get(null))
    .then(
    (values): ManagedRead => ({ kind: 'read', values: values as Record<string, unknown> }),
    (error: unknown): ManagedRead => (isNoPolicyError(error) ? { kind: 'none' } : { kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<ManagedRead>((resolve) => (timer = setTimeout(() => resolve({ kind: 'no-answer' }), waitMs)));
  try {
    return await Promise.race([read, silence]);
  } finally {
    clearTimeout(timer);
  }
}

export async function readLocalKeys(keys: readonly string[]): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get([...keys])) as Record<string, unknown>;
}

export async function removeLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

export function onStorageChanged(listener: (area: string, keys: string[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => listener(area, Object.keys(changes)));
}

// ── tabs ─────────────────────────────────────────────────────────────────────────
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onTabActivated(listener: (tabId: number, windowId: number) => void): void {
  browser.tabs.onActivated.addListener((info) => listener(info.tabId, info.windowId));
}

export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}

/** Side panel only: true when this page is the side panel, not a tab. */
export async function isInTab(): Promise<boolean> {
  const tab = await browser.tabs.getCurrent();
  return tab !== undefined;
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

// ── action badge ─────────────────────────────────────────────────────────────────
export function setBadge(tabId: number, text: string, color: string): void {
  // Fire and forget: a tab that closed meanwhile rejects, and that is fine.
  browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
}

// ── side panel (Chrome) / sidebar (Firefox) ──────────────────────────────────────
// `vite build --mode firefox` makes this a constant, so each build keeps only its own branch:
// Firefox has sidebarAction instead of sidePanel, and web-ext lint rejects any sidePanel call.
const FIREFOX = import.meta.env.MODE === 'firefox';

/**
 * Must be called synchronously inside a user gesture (a click, a command): awaiting anything
 * first loses the gesture and the browser refuses to open the panel.
 */
export function openSidePanel(tabId: number): Promise<void> {
  // Firefox opens the window's sidebar; the tab's own page comes from setTabSidePanel.
  if (FIREFOX) return browser.sidebarAction.open();
  if (typeof chrome === 'undefined' || !chrome.sidePanel) return Promise.resolve();
  return chrome.sidePanel.open({ tabId });
}

/** Gives a tab its own panel page (e.g. `…?tab=<id>`), shown whenever that tab is active. */
export function setTabSidePanel(tabId: number, path: string): void {
  if (FIREFOX) {
    browser.sidebarAction.setPanel({ tabId, panel: browser.runtime.getURL(path) }).catch(() => undefined);
    return;
  }
  if (typeof chrome === 'undefined' || !chrome.sidePanel) return;
  chrome.sidePanel.setOptions({ tabId, path, enabled: true }).catch(() => undefined);
}

export function openPanelOnActionClick(): void {
  if (FIREFOX) {
    // No await before toggle(): the click's user gesture must still be current.
    browser.action.onClicked.addListener(() => void browser.sidebarAction.toggle().catch(() => undefined));
    return;
  }
  if (typeof chrome === 'undefined' || !chrome.sidePanel) return;
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}

export function onCommand(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}

// ── panel page helpers ───────────────────────────────────────────────────────────
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// ── options page: host access, tabs, injection; content script: answering one-shot asks ─────
/** Whether the extension may read pages at every one of `origins` (match patterns). */
export async function hasHostAccess(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false; // a pattern the browser rejects counts as not granted
  }
}

/**
 * Asks the user for `origins`. Must be called synchronously inside the click handler (nothing
 * awaited first): the browser refuses a request that has lost its user gesture.
 */
export function requestHostAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins }).catch(() => false);
}

export function onHostAccessChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(() => listener());
  browser.permissions.onRemoved.addListener(() => listener());
}

export interface VisibleTab {
  id: number;
  url: string;
  title: string;
}

/** Open tabs whose address we may see: without the `tabs` permission, only those we have host access to. */
export async function visibleTabs(): Promise<VisibleTab[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => (tab.id !== undefined && tab.url && /^https?:/.test(tab.url) ? [{ id: tab.id, url: tab.url, title: tab.title ?? tab.url }] : []));
}

/** One question to a tab's content script and its answer; rejects when no script of ours listens there. */
export function askTab(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Runs the manifest's content-script file in a tab we have host access to (a desk added after the page loaded). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] });
}

/** Runs the content script in every open tab at one of `patterns`; resolves to how many tabs it reached. */
export async function injectIntoTabsMatching(patterns: string[]): Promise<number> {
  const tabIds = await tabIdsMatching(patterns);
  // A tab that navigated or closed meanwhile rejects; the others still get their copy.
  const results = await Promise.allSettled(tabIds.map((tabId) => injectContentScript(tabId)));
  return results.filter((result) => result.status === 'fulfilled').length;
}

/** The manifest's content-script file (one self-contained file, named by the build). */
function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('the manifest names no content script');
  return file;
}

/** Content script: answers one-shot messages; `answer` returns undefined for messages it does not handle. */
export function answerRuntimeMessages(answer: (message: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown) => answer(message));
}

// ── worker: re-reading the desk tabs already open when the extension is installed or updated ──
/** Install or update (reloading an unpacked build counts as an update); not a browser restart. */
export function onInstalledOrUpdated(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install' || details.reason === 'update') listener();
  });
}

/** The match patterns of the manifest's content scripts: the built-in desks. */
export function contentScriptMatches(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
}

/** Open tabs at one of `patterns`, except discarded ones (they load afresh, content script and all, when shown). */
export async function tabIdsMatching(patterns: string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  const tabs = await browser.tabs.query({ url: patterns });
  return tabs.flatMap((tab) => (tab.id === undefined || tab.discarded ? [] : [tab.id]));
}

/** Content script: false once the extension was reloaded, updated or removed under this page. */
export function extensionContextAlive(): boolean {
  try {
    return browser.runtime.id !== undefined;
  } catch {
    return false;
  }
}

// ── service worker: the content script for desks added by policy or by the user ─────────────
// One dynamically registered script (same file as the manifest's) whose matches follow the
// described desks whose origins the user granted; see src/background/siteRegistration.ts.

/** The matches of our registered script `id`, or undefined when none is registered. */
export async function registeredContentScriptMatches(id: string): Promise<string[] | undefined> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  return script ? (script.matches ?? []) : undefined;
}

/** Registers (or, when `update`, changes) script `id` to run the manifest's content-script file on `matches`. */
export async function registerContentScriptFor(id: string, matches: string[], update: boolean): Promise<void> {
  const script = { id, matches, js: [contentScriptFile()], runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true };
  if (update) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export async function unregisterContentScript(id: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [id] });
}
