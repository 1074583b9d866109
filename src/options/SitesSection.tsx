// Sites: the built-in desks, the policy's desks (read-only, with the reason) and the user's own,
// with whether Composure may read their addresses and a button to grant that, plus the form that
// adds a desk.
import { useEffect, useState } from 'preact/hooks';
import { builtInAdapters } from '../adapters/registry';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { hasHostAccess, onHostAccessChanged, requestHostAccess } from '../platform/browser';
import type { LoadedSettings } from '../settings/settingsSource';
import { AddSiteForm } from './AddSiteForm';
import { OpenDeskTabs } from './OpenDeskTabs';
import { saveUserSetting } from './useSettingsInForce';

const POLICY_SITE_REASON = 'Added by your organization’s policy (siteAdapters).';

export function SitesSection({ loaded }: { loaded: LoadedSettings }) {
  const settings = loaded.effective.siteAdapters;
  // While locked the user's desks are not in force but stay stored: show them, read-only.
  const own = loaded.user.siteAdapters ?? [];
  const described = [...settings.fromPolicy, ...own];
  const access = useHostAccess(described);
  const takenIds = [...builtInAdapters.map((a) => a.id), ...described.map((d) => d.id)];
  // One desk may have several problems: count the entries (`siteAdapters[1] (acme-desk-legacy)`), not the problems.
  const refusedDesks = new Set(loaded.effective.policyProblems.filter((p) => p.key === 'siteAdapters').map((p) => p.message.split(':')[0])).size;

  return (
    <section class="card" data-section="sites" id="sites" aria-labelledby="sites-title">
      <header class="section-head">
        <h2 id="sites-title">Sites</h2>
        <p class="muted">Helpdesks Composure reads. A desk added here needs access to its addresses, granted once.</p>
      </header>
      {settings.lockedReason && <p class="locked-reason" data-locked-reason>{settings.lockedReason}</p>}

      <h3>Your organization’s and your own desks</h3>
      {described.length === 0 ? (
        <p class="empty">None yet. Add one below.</p>
      ) : (
        <ul class="site-list">
          {settings.fromPolicy.map((descriptor) => (
            <SiteRow key={`policy:${descriptor.id}`} descriptor={descriptor} source="policy" granted={access[descriptor.id]} reason={POLICY_SITE_REASON} />
          ))}
          {own.map((descriptor) => (
            <SiteRow
              key={`user:${descriptor.id}`}
              descriptor={descriptor}
              source="user"
              granted={access[descriptor.id]}
              reason={settings.lockedReason ? 'Ignored while settings are locked.' : undefined}
              onRemove={
                settings.lockedReason
                  ? undefined
                  : () => void saveUserSetting(loaded, 'siteAdapters', own.filter((d) => d.id !== descriptor.id))
              }
            />
          ))}
        </ul>
      )}

      {refusedDesks > 0 && (
        // A desk the admin expects here but that the validator refused: say where to look.
        <p class="notice warn" data-policy-refused-desks>
          <span>
            Your organization’s policy describes {refusedDesks === 1 ? 'a desk' : 'desks'} that Composure could not use, so {refusedDesks === 1 ? 'it is' : 'they are'} not
            listed. <a href="#policy-rejections-title">See why under Policy</a>
          </span>
        </p>
      )}

      <AddSiteForm loaded={loaded} takenIds={takenIds} />

      <OpenDeskTabs />

      <details class="builtins">
        <summary>Built-in desks ({builtInAdapters.length})</summary>
        <ul class="site-list">
          {builtInAdapters.map((adapter) => (
            <li key={adapter.id} class="site" data-site-id={adapter.id} data-site-source="builtin">
              <span class="site-name">{adapter.name}</span>
              <code class="site-matches">{adapter.matches.join('  ')}</code>
              <span class="chip source-bundled">built in</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function SiteRow(props: { descriptor: SiteDescriptor; source: 'policy' | 'user'; granted: boolean | undefined; reason?: string; onRemove?: () => void }) {
  const { descriptor, source, granted } = props;
  return (
    <li class="site" data-site-id={descriptor.id} data-site-source={source}>
      <span class="site-name">
        {descriptor.name} <code class="muted">{descriptor.id}</code>
      </span>
      <code class="site-matches">{descriptor.matches.join('  ')}</code>
      <span class={`chip source-${source}`}>{source === 'policy' ? 'policy' : 'yours'}</span>
      {granted === true && (
        <span class="access granted" data-access="granted">
          Access granted
        </span>
      )}
      {granted === false && (
        <button
          type="button"
          class="primary"
          data-action="grant-access"
          aria-label={`Grant access to ${descriptor.name} (${descriptor.matches.join(', ')})`}
          // Synchronous request inside the click: an await before it would lose the user gesture.
          onClick={() => void requestHostAccess(descriptor.matches)}
        >
          Grant access
        </button>
      )}
      {props.onRemove && (
        <button type="button" data-action="remove-site" aria-label={`Remove desk ${descriptor.name}`} onClick={props.onRemove}>
          Remove
        </button>
      )}
      {props.reason && (
        <span class="locked-reason" data-locked-reason>
          {props.reason}
        </span>
      )}
    </li>
  );
}

/** Desk id → whether all its addresses are granted; refreshed when permissions change anywhere. */
function useHostAccess(descriptors: SiteDescriptor[]): Record<string, boolean> {
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [changes, setChanges] = useState(0);
  useEffect(() => onHostAccessChanged(() => setChanges((n) => n + 1)), []);
  const key = descriptors.map((d) => `${d.id}=${d.matches.join(',')}`).join('|');
  useEffect(() => {
    let current = true;
    void Promise.all(descriptors.map(async (d) => [d.id, await hasHostAccess(d.matches)] as const)).then((entries) => {
      if (current) setAccess(Object.fromEntries(entries));
    });
    return () => {
      current = false;
    };
  }, [key, changes]);
  return access;
}
