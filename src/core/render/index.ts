/**
 * render(config, format): every output is a pure function of the config.
 * (Filled in by the renderer work: cloudformation.ts, console.ts, checks.ts.)
 */
import type { ApifrontConfig } from '../model/schema';

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
  throw new Error('render: not implemented yet');
}

/** The main output as one string. */
export function render(config: ApifrontConfig, format: OutputFormat): string {
  return renderFiles(config, format)[0]?.content ?? '';
}
