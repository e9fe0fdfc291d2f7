/**
 * The wizard's one piece of state: the config being edited (plain React state, never query cache).
 *
 * API (stable; other components build on it):
 * - `useWizardConfig(initial)` -> `{ config, replaceConfig(config), update(mutate) }`, used once by the app shell.
 *   - `config` is `null` while the user is on the start screen (nothing chosen yet); a config once a preset,
 *     an invoke URL, a share link, an autosave or a config file has been loaded.
 *   - `replaceConfig(config)` swaps the whole config (load a preset, a link, a file) and forgets the marks of
 *     a template opened before (state/from-template); `replaceConfig(null)` returns to the start screen
 *     ("Start over"). `replaceConfig(config, { edit: true })` is an edit of the same config (a one-click
 *     fix's result): the marks stay.
 *   - `update(draft => { draft.name = 'x' })` edits: the current config is cloned with `structuredClone` and the
 *     mutator changes the clone, so callers write plain assignments and React still sees a new object.
 *     A no-op while `config` is null. Mutators must be pure (React may run a reducer twice in StrictMode).
 * - `WizardConfigContext` carries that object; `useWizard()` reads it anywhere below the provider.
 * - `useEditableConfig()` is the same for the steps, with `config` known to be non-null.
 */
import { createContext, useContext, useMemo, useReducer } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { setFromTemplate } from './from-template';

export type ConfigMutator = (draft: ApifrontConfig) => void;

export interface WizardConfigApi {
  config: ApifrontConfig | null;
  replaceConfig: (config: ApifrontConfig | null, options?: { edit?: boolean }) => void;
  update: (mutate: ConfigMutator) => void;
}

type Action = { type: 'replace'; config: ApifrontConfig | null } | { type: 'update'; mutate: ConfigMutator };

/**
 * `next` with every subtree that equals the one in `prev` replaced by prev's object: a change to one
 * behavior's pattern yields a new config, a new behaviors array and a new behavior, and nothing else new.
 * Returns `prev` itself when nothing changed. Plain JSON data only (what the config is).
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item: unknown, i) => {
      const shared = i < prev.length ? shareUnchanged(prev[i] as unknown, item) : item;
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = key in p ? shareUnchanged(p[key], n[key]) : n[key];
    if (shared !== p[key] || !(key in p)) same = false;
    out[key] = shared;
  }
  return (same ? prev : out) as T;
}

/** Exported for tests: the reducer behind useWizardConfig. */
export function wizardConfigReducer(state: ApifrontConfig | null, action: Action): ApifrontConfig | null {
  switch (action.type) {
    case 'replace':
      return action.config;
    case 'update': {
      if (state === null) return state;
      const draft = structuredClone(state);
      action.mutate(draft);
      return shareUnchanged(state, draft);
    }
  }
}

export function useWizardConfig(initial: ApifrontConfig | null = null): WizardConfigApi {
  const [config, dispatch] = useReducer(wizardConfigReducer, initial);
  // dispatch is stable, so these callbacks (and memoised children using them) never change identity.
  const actions = useMemo(
    () => ({
      replaceConfig: (next: ApifrontConfig | null, options?: { edit?: boolean }) => {
        if (!options?.edit) setFromTemplate([]);
        dispatch({ type: 'replace', config: next });
      },
      update: (mutate: ConfigMutator) => dispatch({ type: 'update', mutate }),
    }),
    [],
  );
  return useMemo(() => ({ config, ...actions }), [config, actions]);
}

export const WizardConfigContext = createContext<WizardConfigApi | null>(null);

/** The wizard config and its setters; throws outside the app shell (a programming error). */
export function useWizard(): WizardConfigApi {
  const api = useContext(WizardConfigContext);
  if (!api) throw new Error('useWizard() must be used inside <WizardConfigContext.Provider>');
  return api;
}

/** For the steps, which render only once a config exists. */
export function useEditableConfig(): WizardConfigApi & { config: ApifrontConfig } {
  const api = useWizard();
  if (!api.config) throw new Error('useEditableConfig() used before a config was loaded');
  return api as WizardConfigApi & { config: ApifrontConfig };
}
