/**
 * lint and render as plain functions of a config, shared by the worker and the in-page fallback.
 */
import { lint } from '../../core/lint';
import type { ApifrontConfig } from '../../core/model/schema';
import { buildTemplates } from '../../core/render/cloudformation';
import { renderFiles } from '../../core/render/index';
import { toPlainFinding, type PlainFinding, type RenderFormat, type ShownFile } from './checks-protocol';

export function lintPlain(config: ApifrontConfig): PlainFinding[] {
  return lint(config).map(toPlainFinding);
}

/** The files for a format; CloudFormation templates carry the deploy notes from their header comment. */
export function renderShown(config: ApifrontConfig, format: RenderFormat): ShownFile[] {
  // The CDK app and the Terraform files say how to deploy in their own comments.
  if (format === 'cdk' || format === 'terraform') return renderFiles(config, format).map((file) => ({ ...file, notes: [] }));
  const headers = buildTemplates(config, format).map((t) => t.header.map((line) => line.trim()).filter((line) => line !== ''));
  return renderFiles(config, format).map((file, i) => ({ ...file, notes: headers[i]?.slice(1) ?? [] }));
}
