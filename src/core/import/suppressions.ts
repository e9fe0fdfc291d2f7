/**
 * Per-template suppressions, as cfn-lint's `Metadata: { cfn-lint: { config: { ignore_checks } } }`:
 * `Metadata: { apifront: { ignore: [AF409] } }` at the template's top level silences a rule for the
 * whole file; on a resource, for findings located at that resource.
 */
import type { CfnTemplate, Finding } from '../rules/types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rule IDs listed under `Metadata.apifront.ignore` (a list, or one comma-separated string). */
export function ignoredRules(metadata: unknown): Set<string> {
  const own = isRecord(metadata) && isRecord(metadata.apifront) ? metadata.apifront.ignore : undefined;
  const list = Array.isArray(own) ? own : typeof own === 'string' ? own.split(',') : [];
  return new Set(list.filter((r): r is string => typeof r === 'string').map((r) => r.trim().toUpperCase()).filter(Boolean));
}

/** Findings the template does not silence, and how many it did. */
export function applySuppressions(template: CfnTemplate, findings: Finding[]): { kept: Finding[]; suppressed: number } {
  const whole = ignoredRules((template as { Metadata?: unknown }).Metadata);
  const byResource = new Map<string, Set<string>>();
  for (const [id, resource] of Object.entries(template.Resources)) {
    const rules = ignoredRules(isRecord(resource) ? resource.Metadata : undefined);
    if (rules.size > 0) byResource.set(id, rules);
  }
  if (whole.size === 0 && byResource.size === 0) return { kept: findings, suppressed: 0 };
  const kept = findings.filter((f) => {
    if (whole.has(f.rule)) return false;
    const at = 'logicalId' in f.location ? f.location.logicalId : undefined;
    return !(at !== undefined && byResource.get(at)?.has(f.rule));
  });
  return { kept, suppressed: findings.length - kept.length };
}
