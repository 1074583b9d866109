// Sites → "Open desk tabs": for every open tab Composure reads, which desk, how reading goes and
// which parts of the page it found (the same adapter-health line the side panel shows), so an
// admin sees at a glance which desk broke after an update.
import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../platform/protocol';
import { ReadingHealthLine } from '../ui/ReadingHealthLine';
import { readingInOpenTabs, type TabReading } from './readingInTabs';

const STATUS_WORDS: Record<PageStatus, string> = {
  reading: 'reading a conversation',
  'no-chat': 'no conversation open',
  stalled: 'reading stopped: the page changed',
  unrecognised: 'no desk recognised on this page',
};

export function OpenDeskTabs() {
  const [tabs, setTabs] = useState<TabReading[] | undefined>();
  const [asks, setAsks] = useState(0);
  useEffect(() => {
    let current = true;
    void readingInOpenTabs().then((found) => current && setTabs(found));
    return () => {
      current = false;
    };
  }, [asks]);

  return (
    <div class="open-desk-tabs" data-open-desk-tabs>
      <h3>Open desk tabs</h3>
      {tabs === undefined ? (
        <p class="muted">Asking open tabs…</p>
      ) : tabs.length === 0 ? (
        <p class="empty">No open tab Composure reads right now.</p>
      ) : (
        <ul class="site-list">
          {tabs.map((tab) => (
            <li key={tab.tabId} class="site open-tab" data-tab-id={tab.tabId} data-tab-site={tab.site ?? ''} data-status={tab.status}>
              <span class="site-name">
                {tab.siteName ?? 'Unknown desk'} <span class="muted">{placeOf(tab)}</span>
              </span>
              <span class="chip">{STATUS_WORDS[tab.status]}</span>
              {tab.reading && <ReadingHealthLine health={tab.reading} siteName={tab.siteName} />}
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-action="refresh-open-tabs" onClick={() => setAsks((n) => n + 1)}>
        Check open tabs again
      </button>
    </div>
  );
}

/** The tab's host, and its title where that says more than the desk's name. */
function placeOf(tab: TabReading): string {
  let host = tab.url;
  try {
    host = new URL(tab.url).host;
  } catch {
    // keep the raw address
  }
  return tab.title && tab.title !== tab.siteName ? `${host} · ${tab.title}` : host;
}
