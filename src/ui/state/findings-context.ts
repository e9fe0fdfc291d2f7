/**
 * The current lint findings, placed at their fields (see field-paths.ts), with per-step counts.
 * Computed once in the app shell from the deferred config; fields read their own slice.
 *
 * Speed with 75 behaviors: the whole state (panel, stepper, counts) changes only when the findings
 * do, and each field subscribes to its own slice through a store (`useFindingsAt`), so a lint result
 * that changes one message re-renders that one field, not every field on the page.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Severity } from '../../core/rules/types';
import type { PlainFinding } from '../engine/checks-protocol';
import { pathKey, type ConfigPath, type PlacedFinding, type WizardStep } from './field-paths';

export type SeverityCounts = Record<Severity, number>;

export interface FindingsState {
  /** False until the engine (lint) has loaded. */
  ready: boolean;
  /** Set when lint itself failed (a rule threw): shown instead of silently reporting "no problems". */
  failure: string | null;
  findings: readonly PlainFinding[];
  placed: ReadonlyMap<string, PlacedFinding[]>;
  /** Findings per wizard step (the rule's meta.step). */
  byStep: ReadonlyMap<WizardStep, PlacedFinding[]>;
  counts: ReadonlyMap<WizardStep, SeverityCounts>;
  /** Apply the finding's one-click fix to the current config. */
  applyFix: (finding: PlainFinding) => void;
}

const EMPTY: PlacedFinding[] = [];

export const FindingsContext = createContext<FindingsState | null>(null);

/** True when the findings are for the config on screen (false for a moment while typing). */
export const FindingsCurrentContext = createContext(false);

export function useFindingsCurrent(): boolean {
  return useContext(FindingsCurrentContext);
}

/** What a finding looks like on screen: equal signatures render the same. */
function signature(list: readonly PlacedFinding[]): string {
  return JSON.stringify(list.map(({ key, finding }) => [key, finding.severity, finding.message, finding.fixLabel ?? '']));
}

/** True when two findings states show the same thing (so the previous one can be kept). */
export function sameFindings(a: FindingsState, b: FindingsState): boolean {
  if (a.ready !== b.ready || a.failure !== b.failure || a.applyFix !== b.applyFix || a.placed.size !== b.placed.size) return false;
  for (const [key, list] of b.placed) {
    const old = a.placed.get(key);
    if (!old || signature(old) !== signature(list)) return false;
  }
  return true;
}

/**
 * The placed findings per field, outside React's context: fields subscribe to their own key and
 * re-render only when their list changes. The app shell publishes after each commit.
 */
export class FindingsStore {
  private placed: ReadonlyMap<string, PlacedFinding[]> = new Map();
  private listeners = new Set<() => void>();
  private fix: (finding: PlainFinding) => void = () => undefined;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(key: string): PlacedFinding[] {
    return this.placed.get(key) ?? EMPTY;
  }

  applyFix = (finding: PlainFinding): void => this.fix(finding);

  /** Keeps the previous list object for every key whose findings look the same, then notifies. */
  publish(state: FindingsState): void {
    this.fix = state.applyFix;
    if (state.placed === this.placed) return;
    const next = new Map<string, PlacedFinding[]>();
    for (const [key, list] of state.placed) {
      const old = this.placed.get(key);
      next.set(key, old && signature(old) === signature(list) ? old : list);
    }
    this.placed = next;
    for (const listener of this.listeners) listener();
  }
}

export const FindingsStoreContext = createContext<FindingsStore | null>(null);

function useFindingsStore(): FindingsStore {
  const store = useContext(FindingsStoreContext);
  if (!store) throw new Error('useFindingsAt() must be used inside <FindingsStoreContext.Provider>');
  return store;
}

/** Apply a finding's one-click fix (stable; for lists beside fields). */
export function useApplyFix(): (finding: PlainFinding) => void {
  return useFindingsStore().applyFix;
}

export function useFindings(): FindingsState {
  const state = useContext(FindingsContext);
  if (!state) throw new Error('useFindings() must be used inside <FindingsContext.Provider>');
  return state;
}

/** Findings shown beside the field or section at `path`. */
export function useFindingsAt(path: ConfigPath): PlacedFinding[] {
  const store = useFindingsStore();
  const key = pathKey(path);
  return useSyncExternalStore(store.subscribe, () => store.get(key));
}

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}
