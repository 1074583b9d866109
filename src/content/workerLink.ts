// The content script's line to the service worker. Chrome stops the worker whenever it likes;
// the port then disconnects and the next message opens a fresh one. A fresh port means the
// worker may have forgotten everything, so the caller replays the conversation (`onFresh`).
import { connect, extensionContextAlive, onRuntimeMessage, type Port } from '../platform/browser';
import { PAGE_PORT, type PageToWorker, type WorkerToPage } from '../platform/protocol';

// After a disconnect, how long until we ask whether the extension itself is gone. Measured in
// Chromium 156: runtime.id is still set when onDisconnect fires on an update, sometimes a tick later too.
const ORPHAN_CHECK_MS = 1_000;

export class WorkerLink {
  private port: Port | undefined;
  /** Set once the extension was reloaded or removed: this script is an orphan and goes quiet. */
  private orphaned = false;

  constructor(
    private readonly onMessage: (message: WorkerToPage) => void,
    private readonly onFresh: () => void,
    /** Called once when this copy becomes an orphan: it must stop observing the page. */
    private readonly onOrphaned: () => void = () => undefined,
  ) {
    // The worker wakes us this way when a panel asks about this tab after the worker restarted.
    onRuntimeMessage((message) => {
      const m = message as WorkerToPage | undefined;
      if (m?.type === 'replay') this.drop(); // start over on a fresh port: a full replay
      if (m && (m.type === 'replay' || m.type === 'insert')) this.onMessage(m);
    });
  }

  /**
   * False once this copy is an orphan. A connected port proves the extension is still there, so
   * runtime.id (a walk through the polyfill's proxies, ~0.3 ms a read on a loaded machine) is asked
   * only while there is none: after a disconnect, which an update always causes.
   */
  get alive(): boolean {
    if (!this.port) this.noticeOrphaning();
    return !this.orphaned;
  }

  post(message: PageToWorker): void {
    if (this.orphaned) return;
    if (!this.port && !this.open()) return;
    try {
      this.port!.postMessage(message);
    } catch {
      this.drop();
    }
  }

  /** Opens a port if none; replays through `onFresh`. Returns false when orphaned. */
  ensure(): boolean {
    return this.port !== undefined || this.open();
  }

  private open(): boolean {
    try {
      const port = connect(PAGE_PORT);
      port.onMessage.addListener((message: unknown) => this.onMessage(message as WorkerToPage));
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = undefined;
        // A worker stop disconnects too; only a gone extension context means an update or removal.
        setTimeout(() => this.noticeOrphaning(), ORPHAN_CHECK_MS);
      });
      this.port = port;
    } catch {
      // "Extension context invalidated": the extension was updated or removed under this page.
      this.orphan();
      return false;
    }
    this.onFresh();
    return true;
  }

  /** runtime.id is gone once the extension this copy belongs to was updated or removed. */
  private noticeOrphaning(): void {
    if (!this.orphaned && !extensionContextAlive()) this.orphan();
  }

  private orphan(): void {
    if (this.orphaned) return;
    this.orphaned = true;
    // The updated extension runs a new copy in this page (background/reinjectContentScripts.ts).
    console.debug('[Composure] the extension was updated or removed: this copy stops reading the page');
    this.onOrphaned();
  }

  private drop(): void {
    try {
      this.port?.disconnect();
    } catch {
      /* already gone */
    }
    this.port = undefined;
  }
}
