// What reaches a desk page from the extension, watched the way the page's own developer tools
// would show it. Playwright reports the content script's isolated world too (measured: an
// uncaught error there fires `pageerror`, its console calls fire `console`), so one watcher
// catches anything Composure lets escape, and keeps its own '[Composure] …' notes apart.
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** Uncaught errors, console errors and dialogs: none may come from Composure. */
  problems: string[];
  /** The content script's console.debug('[Composure] …') notes (guarded, expected to be rare). */
  notes: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { problems: [], notes: [] };
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    watch.problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console.error: ${message.text()}`);
    else if (message.text().startsWith('[Composure]')) watch.notes.push(message.text());
  });
  return watch;
}
