/**
 * render(config, format): every output is a pure function of the config.
 * CloudFormation (yaml, json) from cloudformation.ts; console steps and the verification plan from
 * console.ts and checks.ts; CDK and Terraform from cdk/ and terraform/. All are fed by deriveSettings
 * (settings.ts), so they cannot drift.
 */
import type { ApifrontConfig } from '../model/schema';
import { renderCdk } from './cdk/cdk';
import { renderChecks } from './checks';
import { renderCloudFormation } from './cloudformation';
import { renderConsole } from './console';
import { renderTerraform } from './terraform/terraform';

import type { RenderedFile } from './rendered-file';

export type OutputFormat = 'yaml' | 'json' | 'console' | 'checks' | 'cdk' | 'terraform';

/** Formats whose output is a set of files that belong together (a CDK app, a Terraform configuration). */
export const MULTI_FILE_FORMATS: readonly OutputFormat[] = ['cdk', 'terraform'];

export type { RenderedFile } from './rendered-file';

/** All files for a format: the us-east-1 template first, then a regional one when lock-down needs it. */
export function renderFiles(config: ApifrontConfig, format: OutputFormat): RenderedFile[] {
  // Markdown documents (console steps, verification plan) come from the same derived settings.
  if (format === 'console') return renderConsole(config);
  if (format === 'checks') return renderChecks(config);
  // Code for the same distribution: a CDK app (bin/, lib/, cdk.json...) or main.tf and its companions.
  if (format === 'cdk') return renderCdk(config);
  if (format === 'terraform') return renderTerraform(config);
  // CloudFormation: `<name>.yaml` for us-east-1, then `<name>.<region>.yaml` per lock-down Region.
  return renderCloudFormation(config, format);
}

/** The main output as one string. */
export function render(config: ApifrontConfig, format: OutputFormat): string {
  return renderFiles(config, format)[0]?.content ?? '';
}
