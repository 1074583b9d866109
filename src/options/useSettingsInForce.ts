// The options page's one copy of the settings: loaded from storage, reloaded whenever the policy
// or any of the user's settings change (this page, another window, the worker), and the engine
// those settings build, so every section shows what the extension runs with right now.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ComposureEngine, createEngine, type LoadedPack } from '../engine';
import { bundledRulePacks } from '../settings/bundledRules';
import { engineInputsKey, engineOptionsFrom, type UserSettingKey } from '../policy';
import { loadSettings, onSettingsChanged, writeUserSetting, type LoadedSettings } from '../settings/settingsSource';
import { readLocal } from '../platform/browser';

export function useSettingsInForce(): { loaded: LoadedSettings | undefined; loadError: string | undefined } {
  const [loaded, setLoaded] = useState<LoadedSettings>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let latest = 0;
    const reload = () => {
      const request = ++latest;
      loadSettings().then(
        (settings) => request === latest && (setLoaded(settings), setLoadError(undefined)),
        (error: unknown) => request === latest && setLoadError(error instanceof Error ? error.message : String(error)),
      );
    };
    reload();
    onSettingsChanged(reload);
  }, []);
  return { loaded, loadError };
}

export function engineInForce(loaded: LoadedSettings, extraPacks: LoadedPack[] = []): ComposureEngine {
  const { packs, options } = engineOptionsFrom(loaded.effective);
  return createEngine([...bundledRulePacks(), ...packs, ...extraPacks], options);
}

/** Rebuilt only when the engine's inputs change (as the worker does), not when a desk or its access changes. */
export function useEngineInForce(loaded: LoadedSettings): ComposureEngine {
  const inputs = engineInputsKey(loaded.effective);
  return useMemo(() => engineInForce(loaded), [inputs]);
}

/**
 * Writes one of the user's settings, or nothing while the policy locks them (the controls are
 * disabled then; this is the second lock). The page re-renders from onSettingsChanged.
 */
export function saveUserSetting(loaded: LoadedSettings, key: UserSettingKey, value: unknown): Promise<void> {
  if (loaded.effective.locked) return Promise.resolve();
  // An emptied list, mapping or text goes back to the default rather than storing "nothing".
  return writeUserSetting(key, isEmpty(value) ? undefined : value);
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'string') return value.trim() === '';
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** The theme the side panel's switch chose (system, light or dark), applied here too. */
export function useSharedTheme(): void {
  useEffect(() => {
    void readLocal<string>('theme', 'system').then((theme) => {
      document.documentElement.dataset['theme'] = theme;
    });
  }, []);
}
