/**
 * The current lint findings, placed at their fields (see field-paths.ts), with per-step counts.
 * Computed once in the app shell from the deferred config; fields read their own slice.
 */
import { createContext, useContext } from 'react';
import type { Severity } from '../../core/rules/types';
import type { PlainFinding } from '../engine/checks-protocol';
import { pathKey, type ConfigPath, type PlacedFinding, type WizardStep } from './field-paths';

export type SeverityCounts = Record<Severity, number>;

export interface FindingsState {
  /** False until the engine (lint) has loaded. */
  ready: boolean;
  /** True when the findings are for the config on screen (false for a moment while typing). */
  current: boolean;
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

export function useFindings(): FindingsState {
  const state = useContext(FindingsContext);
  if (!state) throw new Error('useFindings() must be used inside <FindingsContext.Provider>');
  return state;
}

/** Findings shown beside the field or section at `path`. */
export function useFindingsAt(path: ConfigPath): PlacedFinding[] {
  return useFindings().placed.get(pathKey(path)) ?? EMPTY;
}

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}
