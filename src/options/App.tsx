// The options page: rules, sites, a playground to try them, and what the policy decided. Every
// section reads the same settings in force and re-renders when any of them changes.
import { policyStandingNotice } from '../settings/policySource';
import { LOCKED_REASON } from '../policy';
import type { LoadedSettings } from '../settings/settingsSource';
import { PlaygroundSection } from './PlaygroundSection';
import { PolicySection } from './PolicySection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { useSettingsInForce, useSharedTheme } from './useSettingsInForce';

const SECTIONS = [
  ['rules', 'Rules'],
  ['sites', 'Sites'],
  ['playground', 'Playground'],
  ['policy', 'Policy'],
] as const;

export function App() {
  useSharedTheme();
  const { loaded, loadError } = useSettingsInForce();
  return (
    <>
      <header class="page-head">
        <h1>Composure settings</h1>
        <nav aria-label="Sections">
          {SECTIONS.map(([id, label]) => (
            <a href={`#${id}`} key={id}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main class="page">
        {loadError && (
          <p class="notice error" role="alert">
            Could not read the settings: {loadError}
          </p>
        )}
        {!loaded && !loadError && <p class="muted">Reading settings…</p>}
        {loaded && <Sections loaded={loaded} />}
      </main>
    </>
  );
}

function Sections({ loaded }: { loaded: LoadedSettings }) {
  const refused = loaded.effective.policyProblems.length;
  const policyNotice = policyStandingNotice(loaded.policyStanding);
  return (
    <>
      {policyNotice && (
        <p class="notice warn" role="status" data-policy-notice>
          {policyNotice}
        </p>
      )}
      {loaded.effective.locked && (
        <p class="banner" role="status" data-locked-banner>
          <strong>Settings are locked.</strong> {LOCKED_REASON} Greyed-out controls show what is in force and cannot be changed here; the playground still works. <a href="#policy">What the policy sets</a>
        </p>
      )}
      {refused > 0 && (
        // For the admin checking a rollout: a mistake in the policy file must not hide at the bottom of the page.
        <p class="notice error" role="status" data-policy-problems-banner>
          <span>
            <strong>{refused === 1 ? 'One policy entry was' : `${refused} policy entries were`} not applied</strong> because Composure could not use
            {refused === 1 ? ' it' : ' them'}. <a href="#policy-rejections-title">See which and why</a>
          </span>
        </p>
      )}
      <RulesSection loaded={loaded} />
      <SitesSection loaded={loaded} />
      <PlaygroundSection loaded={loaded} />
      <PolicySection loaded={loaded} />
    </>
  );
}
