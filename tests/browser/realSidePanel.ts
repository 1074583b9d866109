// The real Chrome side panel is a CDP page target that Playwright does not list among the
// context's pages. These helpers find it and talk to it over the browser's Target domain.
import type { CDPSession, Page } from 'playwright-core';
import { PANEL_PATH } from './browser';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface RealSidePanel {
  url: string;
  evaluate<T>(expression: string): Promise<T>;
  screenshot(): Promise<Buffer>;
  detach(): Promise<void>;
}

/** Waits for a side panel target (a panel page not opened as a Playwright page) and attaches. */
export async function attachRealSidePanel(anyPage: Page, tabId: number, timeoutMs = 5_000): Promise<RealSidePanel> {
  const cdp = await anyPage.context().newCDPSession(anyPage);
  const wanted = `${PANEL_PATH}?tab=${tabId}`;
  const deadline = Date.now() + timeoutMs;
  let target: TargetInfo | undefined;
  // The pop-out tab has the same address; tell them apart by target id.
  const popOuts = new Set<string>();
  for (const page of anyPage.context().pages()) {
    const pageSession = await anyPage.context().newCDPSession(page);
    const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: TargetInfo };
    popOuts.add(targetInfo.targetId);
    await pageSession.detach();
  }
  while (!target && Date.now() < deadline) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.type === 'page' && t.url.endsWith(wanted) && !popOuts.has(t.targetId));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error(`no side panel target for tab ${tabId}`);
  return session(cdp, target);
}

async function session(cdp: CDPSession, target: TargetInfo): Promise<RealSidePanel> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const call = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  };
  return {
    url: target.url,
    async evaluate<T>(expression: string) {
      const result = await call<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      return result.result.value;
    },
    async screenshot() {
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(data, 'base64');
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
