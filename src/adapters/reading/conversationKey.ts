// Which conversation a read is of: the shell keeps one session per key.
import type { ReadHooks } from '../types';
import { askHook } from './askHook';

/** The desk's own key where it has a hook for it, else the default. */
export function conversationKey(doc: Document, scope: ParentNode, hooks: ReadHooks, customerName: string | undefined): string {
  return askHook(() => hooks.conversationKey?.(doc, scope, customerName)) ?? defaultConversationKey(doc, customerName);
}

/**
 * Most desks put the conversation id in the path or hash; Zammad keeps one URL for every chat,
 * so the customer's name is part of the key too. Keys are for a map of sessions in the shell:
 * coming back to a key resumes that session.
 */
export function defaultConversationKey(doc: Document, customerName: string | undefined): string {
  let where = doc.URL;
  try {
    const url = new URL(doc.URL);
    where = `${url.host}${url.pathname}${url.hash}`;
  } catch {
    // about:blank and friends: the raw URL is as good as anything.
  }
  return customerName ? `${where}|${customerName}` : where;
}
