// The toolbar badge: how many flags are open on a tab (docs/interfaces.md §7), coloured by the worst.
import { setBadge } from '../platform/browser';
import type { PanelState } from '../platform/protocol';

const BADGE_COLORS = { critical: '#b3261e', warning: '#8a5a00', info: '#44546a' } as const;

export function showFlagCount(tabId: number, view: PanelState): void {
  // Until the policy answers, the count is unknown, not zero: the badge keeps what it showed.
  // A restarted background (Firefox suspends its event page after 30 s idle; its "no policy"
  // answer takes about half a second) would otherwise blank the badge each time.
  if (view.status === 'starting') return;
  const worst = view.flags.find((f) => f.severity === 'critical') ?? view.flags.find((f) => f.severity === 'warning') ?? view.flags[0];
  setBadge(tabId, view.flags.length ? String(view.flags.length) : '', BADGE_COLORS[worst?.severity ?? 'info']);
}
