/**
 * The wizard's "check an existing template" entry point: a CloudFormation / SAM template, or the JSON
 * of `aws cloudfront get-distribution-config` / `get-distribution` for a distribution built in the
 * console. Loaded lazily with the importer.
 */
import { lintConsoleDistribution, type ConsoleLintResult } from './console-lint';
import { lintTemplate, type ImportOptions, type LintTemplateResult } from './import-template';

export { openInWizard } from './open-in-wizard';

export type SourceLintResult = LintTemplateResult | ConsoleLintResult;

export function lintSource(text: string, options: ImportOptions = {}): SourceLintResult {
  return lintConsoleDistribution(text, options) ?? lintTemplate(text, options);
}
