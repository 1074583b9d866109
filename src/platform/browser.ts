// The one place that touches extension APIs. Everything else imports from here, so contexts stay
// testable and the Firefox port changes one file. Chrome-only APIs (sidePanel) are guarded.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export type Port = Runtime.Port;

export function connect(name: string): Port {
  return browser.runtime.connect({ name });
}

export function onConnect(listener: (port: Port) => void): void {
  browser.runtime.onConnect.addListener(listener);
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

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
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

/** Enterprise policy (CONTRACTS §5). Absent schema or policy reads as empty. */
export async function readManaged<T>(key: string, fallback: T): Promise<T> {
  try {
    const got = await browser.storage.managed.get(key);
    return (got[key] as T | undefined) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Every policy value at once (what `storage.managed.get(null)` returns); empty without policy or schema. */
export async function readManagedAll(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) as Record<string, unknown>;
  } catch {
    return {};
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
