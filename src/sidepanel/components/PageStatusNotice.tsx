// Tells the agent when Composure cannot read the page, and what to do about it.
import type { PanelState } from '../../platform/protocol';

const DESCRIPTOR_HINT =
  'describe it as a site adapter (CSS selectors for the message list, a message, who sent it and the reply box) in Composure’s options, or ask your admin to add it by policy.';

export function PageStatusNotice({ state }: { state: PanelState | undefined }) {
  if (state?.problem) {
    return (
      <div class="notice warn" role="alert">
        <p>
          <strong>Composure could not analyse this chat.</strong> {state.problem}
        </p>
      </div>
    );
  }
  if (!state || state.status === 'starting') return <p class="notice" role="status">Connecting to this tab…</p>;
  switch (state.status) {
    case 'unsupported':
      return (
        <div class="notice" role="status">
          <p>
            <strong>Composure isn’t reading this tab.</strong> Open a chat in a supported helpdesk.
          </p>
          <p>If this is a helpdesk, {DESCRIPTOR_HINT}</p>
        </div>
      );
    case 'unrecognised':
      return (
        <div class="notice warn" role="status">
          <p>
            <strong>This page isn’t recognised as a chat.</strong>
          </p>
          <p>To use Composure here, {DESCRIPTOR_HINT}</p>
        </div>
      );
    case 'no-chat':
      return (
        <p class="notice" role="status">
          No conversation is open. Open a chat and Composure starts reading.
        </p>
      );
    case 'stalled': {
      const last = state.lastRead;
      return (
        <div class="notice warn" role="alert">
          <p>
            <strong>Reading stopped.</strong> The page changed and Composure can no longer find the messages.
          </p>
          {last && (
            <p>
              Last read ({last.speaker}, {new Date(last.readAt).toLocaleTimeString()}): “{last.excerpt}”
            </p>
          )}
          <p>Reload the page. If it keeps happening, the helpdesk’s layout changed: {DESCRIPTOR_HINT}</p>
        </div>
      );
    }
    default:
      return null;
  }
}
