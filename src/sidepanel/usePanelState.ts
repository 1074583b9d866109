// Which tab this panel follows, and the worker's latest state for it. As a side panel it follows
// the active tab of its window; opened as a page with ?tab=<id> (pop-out, tests) it stays on that tab.
import { useEffect, useRef, useState } from 'preact/hooks';
import { activeTabId, connect, currentWindowId, onTabActivated, type Port } from '../platform/browser';
import { PANEL_PORT, type PanelState, type PanelToWorker, type WorkerToPanel } from '../platform/protocol';

// The worker can be stopped under us; reconnecting wakes it and it asks the page to replay.
// Firefox suspends its event page after 30 s without events, open ports or not, and this panel
// wakes it again at once: without care the panel would blink to "Connecting…" twice a minute
// while the agent reads. What it showed stays until the restarted worker has the conversation back.
const RECONNECT_MS = 300;

export function pinnedTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  const id = value === null ? NaN : Number(value);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

export interface PanelConnection {
  tabId: number | undefined;
  state: PanelState | undefined;
  send(message: PanelToWorker): void;
}

export function usePanelState(pinned: number | undefined): PanelConnection {
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  const [state, setState] = useState<PanelState | undefined>();
  const portRef = useRef<Port | undefined>(undefined);

  useEffect(() => {
    if (pinned !== undefined) return;
    let windowId: number | undefined;
    void currentWindowId().then((id) => (windowId = id));
    void activeTabId().then(setTabId);
    onTabActivated((tab, window) => {
      if (windowId === undefined || window === windowId) setTabId(tab);
    });
  }, [pinned]);

  useEffect(() => {
    if (tabId === undefined) return;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The panel shows this tab's conversation: a worker still starting up is not news. */
    let showing = false;
    setState(undefined);
    const open = () => {
      const port = connect(PANEL_PORT);
      portRef.current = port;
      port.onMessage.addListener((message: unknown) => {
        const m = message as WorkerToPanel;
        if (m.type !== 'state' || m.state.tabId !== tabId) return;
        if (m.state.status === 'starting' && showing) return;
        showing = m.state.status !== 'starting';
        setState(m.state);
      });
      port.onDisconnect.addListener(() => {
        if (portRef.current === port) portRef.current = undefined;
        if (!closed) timer = setTimeout(open, RECONNECT_MS);
      });
      port.postMessage({ type: 'watch', tabId } satisfies PanelToWorker);
    };
    open();
    return () => {
      closed = true;
      clearTimeout(timer);
      portRef.current?.disconnect();
      portRef.current = undefined;
    };
  }, [tabId]);

  return {
    tabId,
    state,
    send: (message) => portRef.current?.postMessage(message),
  };
}
