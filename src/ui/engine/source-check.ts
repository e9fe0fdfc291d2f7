/**
 * "Check an existing template" as plain data, so it can run in the checks worker: the importer's
 * result holds functions (locators, a finding's fix, the console JSON pointer) and the parsed
 * template, none of which the page needs or could receive. Loaded on demand by the worker (or by the
 * page when there is no worker), so the wizard's lint does not pay for the importer and js-yaml.
 */
import { lintSource, openInWizard } from '../../core/import/check-source';
import type { ImportOptions } from '../../core/import/import-template';
import { toPlainFinding, type SourceCheck } from './checks-protocol';

export function checkSourcePlain(text: string, options: Pick<ImportOptions, 'fileName' | 'distribution'>): SourceCheck {
  const result = lintSource(text, options);
  if (!result.ok) return { ok: false, message: result.message, ...(result.line !== undefined ? { line: result.line } : {}) };
  const { findings, imported, note, notes } = result;
  const isConsole = 'console' in result;
  return {
    ok: true,
    findings: findings.map(toPlainFinding),
    notes,
    ...(note !== undefined ? { note } : {}),
    ...(imported
      ? {
          imported: {
            distributions: imported.distributions,
            chosen: imported.chosen,
            config: imported.config,
            dropped: imported.dropped,
            unknownPaths: [...imported.unknownPaths],
            opening: openInWizard(imported),
          },
        }
      : {}),
    ...(isConsole ? { console: { distributionId: result.distributionId, pointers: findings.map((f) => result.pointerOf(f)) } } : {}),
  };
}
