// Routes messages between helpdesk tabs and panels, and owns the per-tab state in the worker.
// Each concern beside a tab's conversation has its own module: dismissals, breathers, inserts,
// waking pages after a restart, the badge and the engine's timing; the hub only routes to them
// and publishes what the panels show.
import { type Engine, nextStep } from '../engine';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { setTabSidePanel, type Port } from '../platform/browser';
import { pinnedPanelPath, type PageToWorker, type PanelState, type PanelToWorker, type WorkerToPage, type WorkerToPanel } from '../platform/protocol';
import { AnalysisTiming } from './analysisTiming';
import { Breathers } from './breathers';
import { Dismissals } from './dismissals';
import { showFlagCount } from './flagBadge';
import { Inserts } from './inserts';
import { PageWaking } from './pageWaking';
import { panelView } from './panelView';
import { SettingsEngine } from './settingsEngine';
import { SettingsStore } from './settingsStore';
import { SiteRegistration } from './siteRegistration';
import { TabConversation } from './tabConversation';

interface TabLinks {
  page?: Port;
  conversation: TabConversation;
}

export class TabHub {
  private tabs = new Map<number, TabLinks>();
  private panels = new Map<Port, number>();
  private settings = new SettingsStore(() => this.settingsChanged());
  /** Built on the first conversation (the wink model loads with its first analysis), off the page's thread. */
  private engines = new SettingsEngine();
  private sites = new SiteRegistration();
  /** The described desks last sent to the pages (JSON), so a change reaches them once. */
  private sitesSent: string | undefined;
  private dismissals = new Dismissals();
  private breathers = new Breathers();
  private inserts = new Inserts();
  private waking = new PageWaking();
  private timing = new AnalysisTiming();
  /** Why the engine could not analyse the last turns, if it could not. */
  private problem: string | undefined;

  /** Call at the worker's top level: registers the listeners that wake a stopped worker. */
  constructor() {
    this.engines.update(this.settings.effective);
    this.settings.start();
    this.sites.listen();
    this.dismissals.load(() => this.publishAll());
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
    this.analysing(() => this.handlePageMessage(tabId, port, message));
    this.publish(tabId);
  }

  private handlePageMessage(tabId: number, port: Port, message: PageToWorker): void {
    const conversation = this.tab(tabId).conversation;
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
        const outcome = this.timing.measure(() => conversation.applyTurns(message, Date.now()));
        if (outcome.kind === 'gap') {
          port.postMessage({ type: 'replay', conversationKey: message.conversationKey, from: outcome.from } satisfies WorkerToPage);
          return;
        }
        if (outcome.ended) this.breathers.note(tabId, outcome.ended);
        break;
      }
      case 'draft':
        if (message.conversationKey === conversation.conversationKey) conversation.previewDraft(message.text);
        break;
      case 'inserted':
        this.inserts.noteOutcome(tabId, message, Date.now());
        break;
    }
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
    this.waking.forget(tabId);
    this.breathers.forget(tabId);
    this.inserts.forget(tabId);
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
    if (top) this.inserts.send(tabId, this.tabs.get(tabId)?.page, top.text);
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
      if (!this.tabs.get(message.tabId)?.conversation.live) void this.waking.wake(message.tabId, () => this.publish(message.tabId));
      this.sendView(port, message.tabId);
      return;
    }
    const tabId = this.panels.get(port);
    if (tabId === undefined) return;
    switch (message.type) {
      case 'insert':
        this.inserts.send(tabId, this.tabs.get(tabId)?.page, message.text, message.replace === true);
        break;
      case 'dismiss':
        if (this.dismissals.dismiss(this.tabs.get(tabId)?.conversation.conversationKey, message.flagId)) this.publish(tabId);
        break;
      case 'snooze':
        void this.settings.snooze(message.rule, message.minutes, Date.now());
        break;
      case 'set-rule-enabled':
        // Refused while locked or for a rule the policy switched off (the panel offers neither).
        void this.settings.setRuleEnabled(message.rule, message.enabled).then((outcome) => outcome.ok || this.publish(tabId));
        break;
      case 'dismiss-breather':
        this.breathers.forget(tabId);
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
    this.timing.engineBuilt(this.engines.buildMs);
    return engine;
  }

  /** Runs an analysis; a broken rule pack or an engine bug must not leave the panel silently empty. */
  private analysing(analyse: () => void): void {
    try {
      analyse();
      this.problem = undefined;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * The policy or the user's settings changed. The engine is rebuilt only when its inputs did, and
   * every open conversation is analysed again from the turns held, so the flags follow the new
   * rules at once (no duplicates: each re-run starts a fresh conversation).
   */
  private settingsChanged(): void {
    const effective = this.settings.effective;
    if (this.engines.update(effective)) {
      this.analysing(() => {
        for (const tab of this.tabs.values()) tab.conversation.rerun();
      });
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

  private view(tabId: number): PanelState {
    const tab = this.tabs.get(tabId);
    const now = Date.now();
    const extras = {
      dismissed: this.dismissals.of(tab?.conversation.conversationKey),
      breather: this.breathers.shown(tabId, now),
      lastInsert: this.inserts.last(tabId),
    };
    const view = panelView(tabId, tab?.conversation, this.settings.rules, extras, now);
    if (!tab && this.waking.isWaking(tabId)) view.status = 'starting';
    // The page said hello and reads a conversation whose turns are on their way (a page that
    // (re)connects sends them next): not an empty conversation.
    if (tab && !tab.conversation.live && tab.conversation.status === 'reading') view.status = 'starting';
    // Before the policy answered, any flag could be one it switches off: show none yet.
    if (!this.settings.policyAnswered) Object.assign(view, { status: 'starting', flags: [], suggestions: [] });
    const policyNotice = this.settings.policyNotice;
    return { ...view, timing: this.timing.current, ...(this.problem ? { problem: this.problem } : {}), ...(policyNotice ? { policyNotice } : {}) };
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
    showFlagCount(tabId, view);
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
