// Plays scripts/demo/heated-chat.json (the demo's chat) on a fixture desk page, step by step.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { say, setDraft, setTyping } from './chat';

export type ChatStep =
  | { customer: string }
  | { agent: string }
  | { system: string }
  | { typing: boolean }
  | { draft: string }
  | { insert: 'top' }
  | { replace: 'reframe' }
  | { switch: { id: string; customerName: string } };

export interface HeatedChat {
  conversation: { id: string; customerName: string };
  steps: ChatStep[];
}

export const heatedChat = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scripts/demo/heated-chat.json'), 'utf8')) as HeatedChat;

/**
 * Plays one step on the desk page; `insertTop` clicks the panel's first Insert button and
 * `replaceWithReframe` the reframe card's Replace (needed only by a chat that gets that far).
 */
export async function playStep(page: Page, step: ChatStep, insertTop: () => Promise<void>, replaceWithReframe?: () => Promise<void>): Promise<void> {
  if ('customer' in step) await say(page, 'customer', step.customer);
  else if ('agent' in step) await say(page, 'agent', step.agent);
  else if ('system' in step) await say(page, 'system', step.system);
  else if ('typing' in step) await setTyping(page, step.typing);
  else if ('draft' in step) await setDraft(page, step.draft);
  else if ('insert' in step) await insertTop();
  else if ('replace' in step) {
    if (!replaceWithReframe) throw new Error('this step clicks Replace on the reframe card: pass replaceWithReframe');
    await replaceWithReframe();
  }
  else await page.evaluate(([id, name]) => window.__chat.switchConversation(id!, name), [step.switch.id, step.switch.customerName]);
}
