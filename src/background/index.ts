// Service worker entry. It hosts the engine (off the helpdesk page's main thread: the NLP model
// costs the page nothing), keeps one TabConversation per helpdesk tab, and pushes what to show to
// the side panels and the action badge. Listeners are registered synchronously at the top level,
// as MV3 requires for events that wake a stopped worker.
import { onCommand, onConnect, onTabRemoved, openPanelOnActionClick, openSidePanel, portFromContentScript, portFromExtensionPage, portTabId, type Port } from '../platform/browser';
import { PAGE_PORT, PANEL_PAGE, PANEL_PORT, type PageToWorker, type PanelToWorker } from '../platform/protocol';
import { reinjectContentScriptsOnInstallOrUpdate } from './reinjectContentScripts';
import { TabHub } from './tabHub';

const hub = new TabHub();

openPanelOnActionClick();
reinjectContentScriptsOnInstallOrUpdate();

onConnect((port: Port) => {
  // Each port name only from the context it belongs to: a page's content script, or the panel.
  if (port.name === PAGE_PORT) {
    const tabId = portTabId(port);
    if (tabId === undefined || !portFromContentScript(port)) return port.disconnect();
    hub.attachPage(tabId, port);
    port.onMessage.addListener((message: unknown) => hub.onPageMessage(tabId, port, message as PageToWorker));
    port.onDisconnect.addListener(() => hub.detachPage(tabId, port));
  } else if (port.name === PANEL_PORT) {
    if (!portFromExtensionPage(port, [PANEL_PAGE])) return port.disconnect();
    port.onMessage.addListener((message: unknown) => hub.onPanelMessage(port, message as PanelToWorker));
    port.onDisconnect.addListener(() => hub.detachPanel(port));
  }
});

onCommand((command, tabId) => {
  if (tabId === undefined) return;
  // No await before open(): the command's user gesture must still be current.
  if (command === 'open-panel') void openSidePanel(tabId).catch(() => undefined);
  // Nothing goes into the reply box unseen: with no panel showing the cards, the first press
  // opens it (a preview of what the next press inserts).
  else if (command === 'insert-top-suggestion' && !hub.insertTopSuggestion(tabId)) void openSidePanel(tabId).catch(() => undefined);
});

onTabRemoved((tabId) => hub.forgetTab(tabId));

