/**
 * render(config, format): every output is a pure function of the config.
 * (Filled in by the renderer work: cloudformation.ts, console.ts, checks.ts.)
 */
import type { ApifrontConfig } from '../model/schema';
import { renderChecks } from './checks';
import { renderCloudFormation } from './cloudformation';
import { renderConsole } from './console';

export type OutputFormat = 'yaml' | 'json' | 'console' | 'checks';

export interface RenderedFile {
  /** `<name>.yaml`, `<name>.eu-west-1.yaml`, `<name>.console.md` ... */
  fileName: string;
  /** The Region the file deploys to (CloudFormation), or undefined for documents. */
  region?: string;
  content: string;
}

/** All files for a format: the us-east-1 template first, then a regional one when lock-down needs it. */
export function renderFiles(_config: ApifrontConfig, _format: OutputFormat): RenderedFile[] {
  // Markdown documents (console steps, verification plan) come from the same derived settings.
  if (_format === 'console') return renderConsole(_config);
  if (_format === 'checks') return renderChecks(_config);
  // CloudFormation: `<name>.yaml` for us-east-1, then `<name>.<region>.yaml` per lock-down Region.
  return renderCloudFormation(_config, _format);
}

/** The main output as one string. */
export function render(config: ApifrontConfig, format: OutputFormat): string {
  return renderFiles(config, format)[0]?.content ?? '';
}
