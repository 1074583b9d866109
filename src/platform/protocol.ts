// The messages that cross extension contexts: content script ⇄ service worker ⇄ side panel, and
// the options page's one-shot questions to a desk tab. Declared here, once, for every side.
// Transcript text travels only over these in-memory channels; it is never written to storage.
import type { ReadingHealth } from '../adapters/readingHealth';
import type { AngerLevel, Flag, Speaker, Suggestion, Turn } from '../engine';
import type { SiteDescriptor } from '../sites/siteDescriptor';

export type { ReadingHealth };

/** Port names: one port per helpdesk tab, one per open panel. */
export const PAGE_PORT = 'composure-page';
export const PANEL_PORT = 'composure-panel';

/** The panel page as built (manifest `side_panel.default_path`); `?tab=<id>` pins it to a tab. */
export const PANEL_PAGE = 'src/sidepanel/index.html';
export const pinnedPanelPath = (tabId: number) => `${PANEL_PAGE}?tab=${tabId}`;

/** How well the content script is reading the page (adapter health). */
export type PageStatus =
  | 'reading' // the adapter reads a conversation
  | 'no-chat' // a supported desk, but no conversation is open
  | 'stalled' // the adapter used to read this page and no longer can (layout changed?)
  | 'unrecognised'; // the content script runs but no adapter knows this page

export interface LastRead {
  speaker: Turn['speaker'];
  /** First words of the last message read, so the agent can tell where reading stopped. */
  excerpt: string;
  /** When it was read (epoch ms). */
  readAt: number;
}

// ── content script → service worker ──────────────────────────────────────────────
export interface PageHello {
  type: 'hello';
  url: string;
  site?: string;
  siteName?: string;
  status: PageStatus;
}

/**
 * Turns of one conversation, starting at index `from`. `from: 0` restarts the conversation
 * (new session, edited message, or replay after the service worker was stopped); the worker
 * applies each turn index exactly once, so replays never duplicate flags.
 */
export interface PageTurns {
  type: 'turns';
  conversationKey: string;
  site?: string;
  customerName?: string;
  from: number;
  turns: Turn[];
  /** Number of turns the page holds after these: lets the worker spot a gap and ask for a replay. */
  total: number;
}

export interface PageDraft {
  type: 'draft';
  conversationKey: string;
  text: string;
}

export interface PageHealth {
  type: 'health';
  status: PageStatus;
  lastRead?: LastRead;
  /** Which parts of the page the adapter found on its last read (absent where no adapter reads). */
  reading?: ReadingHealth;
}

/**
 * Extension page → a desk tab's content script (one-shot): how reading goes there. The options
 * page asks every open tab, so an admin sees what broke on which desk after an update.
 */
export interface TabReadingQuestion {
  type: 'reading-health';
}

export interface TabReadingAnswer {
  site?: string;
  siteName?: string;
  status: PageStatus;
  reading?: ReadingHealth;
}

export function isTabReadingQuestion(message: unknown): message is TabReadingQuestion {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'reading-health';
}

/**
 * Options page → a desk tab's content script (one-shot): read this page once with a descriptor
 * the user is writing, and say what was found, so a wrong selector is seen before the desk is saved.
 */
export interface SiteCheckRequest {
  type: 'check-site';
  descriptor: SiteDescriptor;
}

export type SiteCheckAnswer =
  | {
      ok: true;
      messages: number;
      speakers: Record<Speaker, number>;
      customerName?: string;
      /** The first three messages, shortened: enough to tell the sides were read right. */
      sample: { speaker: Speaker; excerpt: string }[];
    }
  | { ok: false; problem: string };

export function isSiteCheckRequest(message: unknown): message is SiteCheckRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'check-site';
}

export interface InsertResult {
  type: 'inserted';
  requestId: number;
  ok: boolean;
  reason?: string;
}

export type PageToWorker = PageHello | PageTurns | PageDraft | PageHealth | InsertResult;

// ── service worker → content script ──────────────────────────────────────────────
export type WorkerToPage =
  | { type: 'replay'; conversationKey?: string; from: number }
  /** `replace`: the text takes the place of the whole draft (a reframe), else it goes in at the caret. */
  | { type: 'insert'; requestId: number; text: string; replace?: boolean }
  /**
   * The helpdesks described by policy and by the user (docs/interfaces.md §4), sent when the page's port
   * opens and whenever they change: on a page one of them matches it is read before any built-in adapter.
   */
  | { type: 'sites'; descriptors: SiteDescriptor[] };

// ── panel ⇄ service worker ───────────────────────────────────────────────────────
export type PanelToWorker =
  | { type: 'watch'; tabId: number }
  | { type: 'insert'; text: string; replace?: boolean }
  | { type: 'dismiss'; flagId: string }
  | { type: 'snooze'; rule: string; minutes: number }
  | { type: 'set-rule-enabled'; rule: string; enabled: boolean }
  | { type: 'dismiss-breather' };

export interface PanelFlag extends Flag {
  /** Stable within a conversation: `rule@turn` (drafts: `rule@draft`). */
  id: string;
  /** The text of the turn that raised it (for "report a false positive"). */
  turnText?: string;
  turnSpeaker?: Turn['speaker'];
}

export interface PanelState {
  tabId: number;
  /** `unsupported`: no content script runs on this tab (not a known helpdesk). */
  status: PageStatus | 'unsupported' | 'starting';
  site?: string;
  siteName?: string;
  url?: string;
  conversationKey?: string;
  customerName?: string;
  level: AngerLevel;
  /** Smoothed anger after each customer turn, oldest first (for the meter's trend line). */
  levelHistory: number[];
  /** What drove the latest customer message's anger score, strongest first. */
  angerDrivers: string[];
  flags: PanelFlag[];
  suggestions: Suggestion[];
  disabledRules: string[];
  /** Rules switched off by policy: shown as such, cannot be re-enabled. */
  policyDisabledRules: string[];
  /** Policy `locked`: the agent cannot switch rules on or off. */
  settingsLocked: boolean;
  /** Why, worded for the agent (shown where the rule switches would be). */
  lockedReason?: string;
  /** Set after a heated chat ended: the peak anger of that chat. */
  breather?: { peak: number; endedAt: number };
  lastRead?: LastRead;
  /** Adapter health: which parts of the page the adapter found (transcript, sides, name, typing, reply box). */
  reading?: ReadingHealth;
  turnCount: number;
  /** Where the worker's time goes: engine start (wink model load) and the latest analysis. */
  timing?: { engineStartMs?: number; lastAnalysisMs?: number };
  /** The engine could not run (e.g. a rule pack failed to load): shown instead of silence. */
  problem?: string;
  /** The organization's policy could not be read: which policy applies instead, in the agent's words. */
  policyNotice?: string;
  lastInsert?: { ok: boolean; reason?: string; at: number };
}

export type WorkerToPanel = { type: 'state'; state: PanelState };
