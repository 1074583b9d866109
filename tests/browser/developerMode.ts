// Reloading the extension the way an update does (`chrome.runtime.reload()` in the worker) needs
// developer mode: without it Chrome 156 disables an unpacked extension loaded from the command
// line on reload (chrome://extensions-internals: DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
// A developer turns it on in chrome://extensions; so does this.
import type { BrowserContext } from 'playwright-core';

export async function turnOnDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    const toggle = page.locator('#devMode');
    if (!(await toggle.evaluate((el) => (el as HTMLInputElement).checked))) await toggle.click();
    if (!(await toggle.evaluate((el) => (el as HTMLInputElement).checked))) throw new Error('developer mode did not turn on');
  } finally {
    await page.close();
  }
}
