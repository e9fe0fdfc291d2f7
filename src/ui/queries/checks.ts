/** lint and render results from the checks worker, as queries keyed by config identity. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApifrontConfig } from '../../core/model/schema';
import type { PlainFinding, RenderFormat } from '../engine/checks-protocol';
import { configKey, lintInWorker, renderInWorker } from '../engine/checks-client';

// Each config object is checked once; old results are dropped at once (configs are many and short-lived).
export const renderQueryOptions = (config: ApifrontConfig, format: RenderFormat) =>
  queryOptions({ queryKey: ['render', configKey(config), format], queryFn: () => renderInWorker(config, format), staleTime: Infinity, gcTime: 0, retry: 0 });

export interface LintResult {
  /** The config these findings are for (while a newer one is checked, the previous result stays shown). */
  config: ApifrontConfig;
  findings: PlainFinding[];
}

export function useLint(config: ApifrontConfig | null) {
  return useQuery({
    queryKey: ['lint', config ? configKey(config) : 0],
    queryFn: async (): Promise<LintResult | null> => (config ? { config, findings: await lintInWorker(config) } : null),
    staleTime: Infinity,
    gcTime: 0,
    retry: 0,
    placeholderData: keepPreviousData,
  });
}

export function useRender(config: ApifrontConfig, format: RenderFormat) {
  return useQuery({ ...renderQueryOptions(config, format), placeholderData: keepPreviousData });
}
