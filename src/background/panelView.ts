// What a panel shows for one tab, computed from the tab's conversation and the rule settings.
// Pure: the worker calls it after every change and sends the result to the panels and the badge.
import { type Flag, NO_ANGER } from '../engine';
import type { PanelFlag, PanelState } from '../platform/protocol';
import { isRuleHidden, type RuleSettings } from './ruleSwitches';
import type { TabConversation } from './tabConversation';

export interface TabExtras {
  dismissed: ReadonlySet<string>;
  breather?: PanelState['breather'];
  lastInsert?: PanelState['lastInsert'];
}

export const flagId = (flag: Flag) => `${flag.rule}@${flag.draft ? 'draft' : flag.turn}`;

export function panelView(
  tabId: number,
  tab: TabConversation | undefined,
  settings: RuleSettings,
  extras: TabExtras,
  now: number,
): PanelState {
  const hidden = (rule: string) => isRuleHidden(settings, rule, now);
  const base: PanelState = {
    tabId,
    status: tab ? tab.status : 'unsupported',
    level: NO_ANGER,
    levelHistory: [],
    angerDrivers: [],
    flags: [],
    suggestions: [],
    disabledRules: settings.userDisabled,
    policyDisabledRules: settings.policyDisabled,
    settingsLocked: settings.locked,
    ...(settings.lockedReason ? { lockedReason: settings.lockedReason } : {}),
    breather: extras.breather,
    lastInsert: extras.lastInsert,
    turnCount: 0,
  };
  if (!tab) return base;

  const conversation = tab.live;
  // The engine lists the current draft's flags first: they are about what the agent is about to send.
  const flags: PanelFlag[] = (conversation?.openFlags() ?? [])
    .filter((f) => !hidden(f.rule))
    .map((f) => {
      const turn = f.draft ? { text: tab.draftInComposer, speaker: 'agent' as const } : tab.turnAt(f.turn);
      return { ...f, id: flagId(f), turnText: turn?.text, turnSpeaker: turn?.speaker };
    })
    .filter((f) => !extras.dismissed.has(f.id));

  // The engine already gives each text once.
  const suggestions = (conversation?.suggestions() ?? []).filter((s) => !hidden(s.rule));

  return {
    ...base,
    site: tab.site,
    siteName: tab.siteName,
    url: tab.url,
    lastRead: tab.lastRead,
    reading: tab.reading,
    conversationKey: tab.conversationKey,
    customerName: conversation?.customerName() ?? tab.pageCustomerName,
    level: tab.level(),
    levelHistory: tab.levelHistory.slice(-30),
    angerDrivers: tab.angerDrivers,
    flags: uniqueById(flags),
    suggestions,
    turnCount: tab.turnCount,
  };
}


function uniqueById(flags: PanelFlag[]): PanelFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => !seen.has(f.id) && seen.add(f.id));
}
