// Whether the customer is typing, asked of the page only when a change could have moved it.
import type { SiteDescriptor } from '../../sites/siteDescriptor';
import { isShown, queryAllDeep, type ShadowRoots } from '../dom';
import type { ReadHooks } from '../types';
import { askHook } from './askHook';
import { aroundMessagesChanged, type ChangeSummary, type MessageList } from './trackMessageList';

export class CustomerTypingWatch {
  /** Whether the descriptor's `typing` marker was shown at the last look. */
  private markerShown = false;
  private typing = false;

  constructor(
    private readonly d: SiteDescriptor,
    private readonly hooks: ReadHooks,
  ) {}

  /** `summary`: what changed since the last read (undefined: a whole read, everything is looked at). */
  read(
    scope: ParentNode,
    list: MessageList,
    summary: ChangeSummary | undefined,
    customerName: string | undefined,
    shadows: ShadowRoots | undefined,
  ): boolean {
    const { d, hooks } = this;
    const around = aroundMessagesChanged(summary);
    // Typing shows outside messages (a row, a pill, words) or as a desk's marker, which may be a
    // bubble of its own: messages coming and going move only the marker, never the words.
    const markerMayHaveChanged =
      around || (Boolean(d.typing) && summary !== undefined && (summary.listChanged || summary.dirty.size > 0));
    const markerShown = markerMayHaveChanged ? queryAllDeep(scope, d.typing, shadows).some(isShown) : this.markerShown;
    if (around || markerShown !== this.markerShown) {
      this.markerShown = markerShown;
      this.typing = hooks.customerTyping
        ? askHook(() =>
            hooks.customerTyping!(scope, {
              markerShown,
              transcript: list.transcript,
              isMessageElement: (element) => list.has(element),
              customerName,
            }),
          ) === true
        : markerShown;
    }
    return this.typing;
  }
}
