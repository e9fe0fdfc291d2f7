/** The CloudFormation renderer (with js-yaml), loaded when the review step first needs it. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { buildTemplates } from '../../core/render/cloudformation';
import type { renderFiles } from '../../core/render/index';

export interface RendererModule {
  renderFiles: typeof renderFiles;
  /** For each template's header lines: where, in which order and with which command to deploy it. */
  buildTemplates: typeof buildTemplates;
}

export async function fetchRenderer(): Promise<RendererModule> {
  const [index, cloudformation] = await Promise.all([import('../../core/render/index'), import('../../core/render/cloudformation')]);
  return { renderFiles: index.renderFiles, buildTemplates: cloudformation.buildTemplates };
}

export const rendererQueryOptions = () =>
  queryOptions({ queryKey: ['module', 'renderer'], queryFn: fetchRenderer, staleTime: Infinity, gcTime: Infinity });

export function useRenderer(): RendererModule | undefined {
  return useQuery(rendererQueryOptions()).data;
}
