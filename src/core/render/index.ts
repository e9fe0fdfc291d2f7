/**
 * render(config, format): every output is a pure function of the config.
 * CloudFormation (yaml, json) from cloudformation.ts; console steps and the verification plan from
 * console.ts and checks.ts. All three are fed by deriveSettings (settings.ts), so they cannot drift.
 */
import type { ApifrontConfig } from '../model/schema';
import { renderChecks } from './checks';
import { renderCloudFormation } from './cloudformation';
import { renderConsole } from './console';

import type { RenderedFile } from './rendered-file';

export type OutputFormat = 'yaml' | 'json' | 'console' | 'checks';

export type { RenderedFile } from './rendered-file';

/** All files for a format: the us-east-1 template first, then a regional one when lock-down needs it. */
export function renderFiles(config: ApifrontConfig, format: OutputFormat): RenderedFile[] {
  // Markdown documents (console steps, verification plan) come from the same derived settings.
  if (format === 'console') return renderConsole(config);
  if (format === 'checks') return renderChecks(config);
  // CloudFormation: `<name>.yaml` for us-east-1, then `<name>.<region>.yaml` per lock-down Region.
  return renderCloudFormation(config, format);
}

/** The main output as one string. */
export function render(config: ApifrontConfig, format: OutputFormat): string {
  return renderFiles(config, format)[0]?.content ?? '';
}
