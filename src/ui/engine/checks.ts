/**
 * lint and render as plain functions of a config, shared by the worker and the in-page fallback.
 */
import { lint } from '../../core/lint';
import type { ApifrontConfig } from '../../core/model/schema';
import { buildTemplates } from '../../core/render/cloudformation';
import { renderFiles } from '../../core/render/index';
import { toPlainFinding, type PlainFinding, type ShownFile } from './checks-protocol';

export function lintPlain(config: ApifrontConfig): PlainFinding[] {
  return lint(config).map(toPlainFinding);
}

/** The template files for a format, each with the deploy notes from its header comment. */
export function renderShown(config: ApifrontConfig, format: 'yaml' | 'json'): ShownFile[] {
  const headers = buildTemplates(config, format).map((t) => t.header.map((line) => line.trim()).filter((line) => line !== ''));
  return renderFiles(config, format).map((file, i) => ({ ...file, notes: headers[i]?.slice(1) ?? [] }));
}
