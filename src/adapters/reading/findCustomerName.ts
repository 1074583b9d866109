// The customer's name as the desk shows it beside the chat (header, contact panel).
import type { SiteDescriptor } from '../../sites/siteDescriptor';
import { labelText, queryShownDeep, type ShadowRoots } from '../dom';
import type { ReadHooks } from '../types';
import { askHook } from './askHook';

/** The descriptor's `customerName` (cleaned by the desk's hook), else the desk's own lookup. */
export function findCustomerName(
  scope: ParentNode,
  d: SiteDescriptor,
  hooks: ReadHooks,
  shadows: ShadowRoots | undefined,
): string | undefined {
  const raw = labelText(queryShownDeep(scope, d.customerName, shadows));
  const shown = raw && hooks.customerNameText ? askHook(() => hooks.customerNameText!(raw)) : raw;
  return shown || askHook(() => hooks.customerName?.(scope)) || undefined;
}
