// The content script's line to the service worker. Chrome stops the worker whenever it likes;
// the port then disconnects and the next message opens a fresh one. A fresh port means the
// worker may have forgotten everything, so the caller replays the conversation (`onFresh`).
import { connect, onRuntimeMessage, type Port } from '../platform/browser';
import { PAGE_PORT, type PageToWorker, type WorkerToPage } from '../platform/protocol';

export class WorkerLink {
  private port: Port | undefined;
  /** Set once the extension was reloaded or removed: this script is an orphan and goes quiet. */
  private orphaned = false;

  constructor(
    private readonly onMessage: (message: WorkerToPage) => void,
    private readonly onFresh: () => void,
  ) {
    // The worker wakes us this way when a panel asks about this tab after the worker restarted.
    onRuntimeMessage((message) => {
      const m = message as WorkerToPage | undefined;
      if (m?.type === 'replay') this.drop(); // start over on a fresh port: a full replay
      if (m && (m.type === 'replay' || m.type === 'insert')) this.onMessage(m);
    });
  }

  get alive(): boolean {
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
      });
      this.port = port;
    } catch {
      // "Extension context invalidated": the extension was updated or removed under this page.
      this.orphaned = true;
      return false;
    }
    this.onFresh();
    return true;
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
