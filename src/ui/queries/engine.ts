/** The lazily loaded engine module (lint, presets, rules): async, so it lives in react-query. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type * as EngineExports from '../engine/engine';

export type Engine = typeof EngineExports;

export function fetchEngine(): Promise<Engine> {
  return import('../engine/engine');
}

export const engineQueryOptions = () =>
  queryOptions({ queryKey: ['module', 'engine'], queryFn: fetchEngine, staleTime: Infinity, gcTime: Infinity });

/** The engine once loaded, else undefined (callers show a short "loading" state). */
export function useEngine(): Engine | undefined {
  return useQuery(engineQueryOptions()).data;
}
