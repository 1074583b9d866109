// Routes messages between helpdesk tabs and panels, and owns the per-tab state in the worker.
import type { Engine } from '../engine/api';
import { fnv1a } from '../engine/hash';
import { nextStep } from '../engine/nextStep';
import type { SiteDescriptor } from '../engine/types';
import { readSession, sendToTab, setBadge, setTabSidePanel, writeSession, type Port } from '../platform/browser';
import { pinnedPanelPath, type PageToWorker, type PanelState, type PanelToWorker, type WorkerToPage, type WorkerToPanel } from '../platform/protocol';
import { panelView, type TabExtras } from './panelView';
import { SettingsEngine } from './settingsEngine';
import { SettingsStore } from './settingsStore';
import { SiteRegistration } from './siteRegistration';
import { TabConversation, type EndedChat } from './tabConversation';

const BADGE_COLORS = { critical: '#b3261e', warning: '#8a5a00', info: '#44546a' } as const;
const DISMISSED_KEY = 'dismissedFlags';
// The breather nudge stays for a while after a heated chat, then goes away by itself.
const BREATHER_MS = 15 * 60_000;

interface TabLinks {
  page?: Port;
  conversation: TabConversation;
  breather?: EndedChat;
  lastInsert?: PanelState['lastInsert'];
}

const timing: NonNullable<PanelState['timing']> = {};

export class TabHub {
  private tabs = new Map<number, TabLinks>();
  private panels = new Map<Port, number>();
  private settings = new SettingsStore(() => this.settingsChanged());
  /** Built on the first conversation (the wink model loads with its first analysis), off the page's thread. */
  private engines = new SettingsEngine();
  private sites = new SiteRegistration();
  /** The described desks last sent to the pages (JSON), so a change reaches them once. */
  private sitesSent: string | undefined;
  /** flag ids the agent dismissed, per conversation key. Ids are rule@turn: no chat text. */
  private dismissed: Record<string, string[]> = {};
  private insertRequests = 0;
  /** Tabs asked to replay after a worker restart, until they answer (or turn out not to be desks). */
  private waking = new Set<number>();
  /** Why the engine could not analyse the last turns, if it could not. */
  private problem: string | undefined;

  /** Call at the worker's top level: registers the listeners that wake a stopped worker. */
  constructor() {
    this.engines.update(this.settings.effective);
    this.settings.start();
    this.sites.listen();
    void readSession<Record<string, string[]>>(DISMISSED_KEY, {}).then((d) => {
      this.dismissed = { ...d, ...this.dismissed };
      this.publishAll();
    });
  }

  // ── pages ──────────────────────────────────────────────────────────────────────
  attachPage(tabId: number, port: Port): void {
    this.tab(tabId).page = port;
    // Until the policy answered, the page waits: a guess could pick the wrong adapter for a moment.
    if (this.settings.policyAnswered) post(port, { type: 'sites', descriptors: this.settings.effective.siteAdapters.value });
  }

  detachPage(tabId: number, port: Port): void {
    const tab = this.tabs.get(tabId);
    if (tab?.page === port) tab.page = undefined;
  }

  onPageMessage(tabId: number, port: Port, message: PageToWorker): void {
    try {
      this.handlePageMessage(tabId, port, message);
      this.problem = undefined;
    } catch (error) {
      // A broken rule pack or an engine bug must not leave the panel silently empty.
      this.problem = error instanceof Error ? error.message : String(error);
    }
    this.publish(tabId);
  }

  private handlePageMessage(tabId: number, port: Port, message: PageToWorker): void {
    const tab = this.tab(tabId);
    const conversation = tab.conversation;
    switch (message.type) {
      case 'hello':
        Object.assign(conversation, { url: message.url, site: message.site, siteName: message.siteName, status: message.status });
        // The desk tab's own panel follows this tab even when the agent looks at another one.
        setTabSidePanel(tabId, pinnedPanelPath(tabId));
        break;
      case 'health':
        conversation.status = message.status;
        conversation.lastRead = message.lastRead;
        conversation.reading = message.reading;
        break;
      case 'turns': {
        const started = performance.now();
        const outcome = conversation.applyTurns(message, Date.now());
        timing.lastAnalysisMs = Math.round((performance.now() - started) * 10) / 10;
        if (outcome.kind === 'gap') {
          port.postMessage({ type: 'replay', conversationKey: message.conversationKey, from: outcome.from } satisfies WorkerToPage);
          return;
        }
        if (outcome.ended) tab.breather = outcome.ended;
        break;
      }
      case 'draft':
        if (message.conversationKey === conversation.conversationKey) conversation.previewDraft(message.text);
        break;
      case 'inserted':
        tab.lastInsert = { ok: message.ok, reason: message.reason, at: Date.now() };
        break;
    }
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
    this.waking.delete(tabId);
  }

  /**
   * The keyboard shortcut's insert: the card the panel leads with (its next step), else the first
   * of the others it folds away — only when a panel shows this tab, so nothing goes into the reply
   * box unseen (the caller opens the panel instead). Returns whether a card was inserted.
   */
  insertTopSuggestion(tabId: number): boolean {
    if (![...this.panels.values()].includes(tabId)) return false;
    const view = this.view(tabId);
    const step = nextStep(view.flags, view.suggestions, view.customerName);
    const top = step.card ?? step.otherCards[0];
    if (top) this.insert(tabId, top.text);
    return top !== undefined;
  }

  // ── panels ─────────────────────────────────────────────────────────────────────
  detachPanel(port: Port): void {
    this.panels.delete(port);
  }

  onPanelMessage(port: Port, message: PanelToWorker): void {
    if (message.type === 'watch') {
      this.panels.set(port, message.tabId);
      // The worker may have restarted and forgotten this tab: ask its page to replay. A tab with
      // no content script answers nothing, and the panel says the page is not supported. Asked
      // before the first view, so that view says "starting" rather than "no conversation".
      if (!this.tabs.get(message.tabId)?.conversation.live) void this.wakePage(message.tabId);
      this.sendView(port, message.tabId);
      return;
    }
    const tabId = this.panels.get(port);
    if (tabId === undefined) return;
    const now = Date.now();
    switch (message.type) {
      case 'insert':
        this.insert(tabId, message.text, message.replace === true);
        break;
      case 'dismiss':
        this.dismiss(tabId, message.flagId);
        break;
      case 'snooze':
        void this.settings.snooze(message.rule, message.minutes, now);
        break;
      case 'set-rule-enabled':
        // Refused while locked or for a rule the policy switched off (the panel offers neither).
        void this.settings.setRuleEnabled(message.rule, message.enabled).then((outcome) => outcome.ok || this.publish(tabId));
        break;
      case 'dismiss-breather':
        this.tab(tabId).breather = undefined;
        this.publish(tabId);
        break;
    }
  }

  // ── internals ──────────────────────────────────────────────────────────────────
  private tab(tabId: number): TabLinks {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = { conversation: new TabConversation(() => this.engine()) };
      this.tabs.set(tabId, tab);
    }
    return tab;
  }

  private engine(): Engine {
    const engine = this.engines.current();
    timing.engineStartMs = this.engines.buildMs;
    return engine;
  }

  /**
   * The policy or the user's settings changed. The engine is rebuilt only when its inputs did, and
   * every open conversation is analysed again from the turns held, so the flags follow the new
   * rules at once (no duplicates: each re-run starts a fresh conversation).
   */
  private settingsChanged(): void {
    const effective = this.settings.effective;
    if (this.engines.update(effective)) {
      try {
        for (const tab of this.tabs.values()) tab.conversation.rerun();
        this.problem = undefined;
      } catch (error) {
        this.problem = error instanceof Error ? error.message : String(error);
      }
    }
    if (this.settings.policyAnswered) this.shareSites(effective.siteAdapters.value);
    this.publishAll();
  }

  private shareSites(descriptors: SiteDescriptor[]): void {
    const sent = JSON.stringify(descriptors);
    if (sent === this.sitesSent) return;
    this.sitesSent = sent;
    for (const tab of this.tabs.values()) if (tab.page) post(tab.page, { type: 'sites', descriptors });
    void this.sites.update(descriptors);
  }

  private async wakePage(tabId: number): Promise<void> {
    this.waking.add(tabId);
    const reached = await sendToTab(tabId, { type: 'replay', from: 0 } satisfies WorkerToPage);
    // Reached: the page connects and says hello next, and until then the tab is still starting
    // (a view published meanwhile, when the policy answers, must not show an empty chat).
    if (reached) return;
    this.waking.delete(tabId);
    this.publish(tabId);
  }

  private insert(tabId: number, text: string, replace = false): void {
    const request: WorkerToPage = { type: 'insert', requestId: ++this.insertRequests, text, ...(replace ? { replace } : {}) };
    const page = this.tabs.get(tabId)?.page;
    if (page) page.postMessage(request);
    else void sendToTab(tabId, request);
  }

  private dismiss(tabId: number, flagId: string): void {
    const key = dismissalKey(this.tabs.get(tabId)?.conversation.conversationKey);
    if (!key) return;
    this.dismissed[key] = [...(this.dismissed[key] ?? []), flagId];
    void writeSession(DISMISSED_KEY, this.dismissed);
    this.publish(tabId);
  }

  private view(tabId: number): PanelState {
    const tab = this.tabs.get(tabId);
    const now = Date.now();
    const key = dismissalKey(tab?.conversation.conversationKey);
    const breather = tab?.breather && now - tab.breather.endedAt < BREATHER_MS ? tab.breather : undefined;
    const extras: TabExtras = {
      dismissed: new Set(key ? this.dismissed[key] : []),
      breather,
      lastInsert: tab?.lastInsert,
    };
    const view = panelView(tabId, tab?.conversation, this.settings.rules, extras, now);
    if (!tab && this.waking.has(tabId)) view.status = 'starting';
    // The page said hello and reads a conversation whose turns are on their way (a page that
    // (re)connects sends them next): not an empty conversation.
    if (tab && !tab.conversation.live && tab.conversation.status === 'reading') view.status = 'starting';
    // Before the policy answered, any flag could be one it switches off: show none yet.
    if (!this.settings.policyAnswered) Object.assign(view, { status: 'starting', flags: [], suggestions: [] });
    const policyNotice = this.settings.policyNotice;
    return { ...view, timing: { ...timing }, ...(this.problem ? { problem: this.problem } : {}), ...(policyNotice ? { policyNotice } : {}) };
  }

  private sendView(port: Port, tabId: number, view = this.view(tabId)): void {
    try {
      port.postMessage({ type: 'state', state: view } satisfies WorkerToPanel);
    } catch {
      this.panels.delete(port);
    }
  }

  private publish(tabId: number): void {
    const view = this.view(tabId);
    const worst = view.flags.find((f) => f.severity === 'critical') ?? view.flags.find((f) => f.severity === 'warning') ?? view.flags[0];
    // Until the policy answers, the count is unknown, not zero: the badge keeps what it showed.
    // A restarted background (Firefox suspends its event page after 30 s idle; its "no policy"
    // answer takes about half a second) would otherwise blank the badge each time.
    if (view.status !== 'starting') setBadge(tabId, view.flags.length ? String(view.flags.length) : '', BADGE_COLORS[worst?.severity ?? 'info']);
    for (const [port, watched] of this.panels) if (watched === tabId) this.sendView(port, tabId, view);
  }

  private publishAll(): void {
    for (const tabId of this.tabs.keys()) this.publish(tabId);
    for (const [port, tabId] of this.panels) if (!this.tabs.has(tabId)) this.sendView(port, tabId);
  }
}

function post(port: Port, message: WorkerToPage): void {
  try {
    port.postMessage(message);
  } catch {
    /* the page went away; its port's disconnect cleans up */
  }
}

// Conversation keys can hold the customer's name; storage gets only a hash of them.
function dismissalKey(conversationKey: string | undefined): string | undefined {
  return conversationKey === undefined ? undefined : fnv1a(conversationKey).toString(36);
}
