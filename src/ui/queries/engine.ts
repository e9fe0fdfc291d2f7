/** The lazily loaded engine module (lint, presets, rules): async, so it lives in react-query. */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type * as EngineExports from '../engine/engine';

export type Engine = typeof EngineExports;

export function fetchEngine(): Promise<Engine> {
  return import('../engine/engine');
}

export const engineQueryOptions = () =>
  queryOptions({ queryKey: ['module', 'engine'], queryFn: fetchEngine, staleTime: Infinity, gcTime: Infinity });

/**
 * The engine once loaded, else undefined. With `enabled: false` it is not fetched (yet): the start
 * screen waits for the user's first interaction, so the first load stays light (Lighthouse TBT).
 */
export function useEngine(enabled = true): Engine | undefined {
  return useQuery({ ...engineQueryOptions(), enabled }).data;
}

/** Load the engine now (or get it if already loaded): for a click that needs it. */
export function useLoadEngine(): () => Promise<Engine> {
  const client = useQueryClient();
  return useCallback(() => client.fetchQuery(engineQueryOptions()), [client]);
}
