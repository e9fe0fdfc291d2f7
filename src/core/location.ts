/**
 * Dependency-free (the UI's first bundle uses it). The one printed form of a finding location, used by tests, the CLI, the UI and the sort order:
 * a config path as `behaviors[0].originRequest`, a template property as `Dist.DistributionConfig.Aliases.0`.
 */
import type { ConfigPath } from './model/parse';
import type { FindingLocation, ReportedLocation } from './rules/types';

/** `['behaviors', 0, 'originRequest']` -> `behaviors[0].originRequest`. */
export function formatPath(path: ConfigPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function formatLocation(location: FindingLocation): string {
  return location.kind === 'template' ? [location.logicalId, ...location.propertyPath].join('.') : formatPath(location.configPath);
}

/** Sort key: config paths first in path order, then template findings in line order. */
export function locationSortKey(location: FindingLocation): string {
  if (location.kind === 'config') return formatLocation(location);
  return `~${String(location.line ?? 0).padStart(7, '0')}:${formatLocation(location)}`;
}

/** A reported location with its kind: rules may report a bare `{ configPath }`. */
export function withKind(location: ReportedLocation): FindingLocation {
  return 'kind' in location ? location : { kind: 'config', configPath: location.configPath };
}
