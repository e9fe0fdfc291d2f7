/**
 * What the checks worker and the page say to each other. Findings cross the worker boundary as plain
 * data: a fix is a function and cannot be posted, so a finding carries only its fix's label, and the
 * page re-runs that one rule to apply it (engine.ts `applyFinding`).
 */
import type { DroppedProperty, ImportNote } from '../../core/import/import-template';
import type { WizardOpening } from '../../core/import/open-in-wizard';
import type { ApifrontConfig } from '../../core/model/schema';
import type { RenderedFile } from '../../core/render/rendered-file';
import type { Finding } from '../../core/rules/types';

/** A finding without its fix function (which stays behind in the worker). */
export type PlainFinding = Omit<Finding, 'fix'> & { fixLabel?: string };

/** A rendered template with its deploy notes (where, in which order, the command), from its header. */
export type ShownFile = RenderedFile & { notes: string[] };

/** What the Review step shows: CloudFormation, or the same distribution as a CDK app or Terraform. */
export type RenderFormat = 'yaml' | 'json' | 'cdk' | 'terraform';

/**
 * A checked template (or get-distribution output) as plain data: the findings; the distribution the
 * wizard can open, with what it leaves out; for console JSON, each finding's JSON pointer (same order).
 */
export type SourceCheck =
  | { ok: false; message: string; line?: number }
  | {
      ok: true;
      findings: PlainFinding[];
      notes: ImportNote[];
      /** Why config rules did not run, when they did not. */
      note?: string;
      imported?: {
        distributions: string[];
        chosen: string;
        config: ApifrontConfig;
        dropped: DroppedProperty[];
        unknownPaths: string[];
        /** What "Open in wizard" loads: unknown values emptied, and the fields to mark (core/import/open-in-wizard). */
        opening: WizardOpening;
      };
      console?: { distributionId: string | null; pointers: string[] };
    };

export type ChecksJob =
  | { type: 'lint'; config: ApifrontConfig }
  | { type: 'render'; config: ApifrontConfig; format: RenderFormat }
  | { type: 'checkSource'; text: string; fileName?: string; distribution?: string };
export type ChecksRequest = ChecksJob & { id: number };

export type ChecksResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

export function toPlainFinding({ fix, ...rest }: Finding): PlainFinding {
  return fix ? { ...rest, fixLabel: fix.label } : rest;
}
