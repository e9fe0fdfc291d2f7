/**
 * Conditions that cannot be decided before deploying (`Fn::Equals [!Ref Env, prod]` with a parameter
 * without Default): the config rules check each branch of the template, and a finding that holds on
 * some branches only says on which, naming the condition. Only conditions that change the mapped
 * distribution count, and a few at most: each one doubles the work, and past that the import keeps
 * the "true" branch and says so.
 */
import type { ConfigPath } from '../model/parse';
import type { ApifrontConfig } from '../model/schema';
import type { Finding } from '../rules/types';

export const MAX_BRANCH_CONDITIONS = 3;

export type Assignment = ReadonlyMap<string, boolean>;

export interface CheckedBranch {
  conditions: Assignment;
  config: ApifrontConfig;
  findings: readonly Finding[];
}

/** Every combination of values, the all-true one first. */
export function assignments(names: readonly string[]): Assignment[] {
  const out: Assignment[] = [];
  for (let mask = 0; mask < 2 ** names.length; mask++) {
    out.push(new Map(names.map((name, i) => [name, (mask & (1 << i)) === 0])));
  }
  return out;
}

/**
 * A config path that names list items by what they are, not where they sit: a condition that removes
 * a behavior shifts the indexes of the ones after it, and `/b/*` must stay `/b/*` in both branches.
 */
export function stablePath(config: ApifrontConfig, path: ConfigPath): string {
  const [first, second, third, ...rest] = path;
  const after = (items: readonly unknown[]) => (items.length > 0 ? `.${items.join('.')}` : '');
  if (first === 'behaviors' && typeof second === 'number') return `behaviors[${config.behaviors[second]?.pathPattern ?? second}]${after(path.slice(2))}`;
  if (first === 'origins' && typeof second === 'number') return `origins[${config.origins[second]?.id ?? second}]${after(path.slice(2))}`;
  if (first === 'domain' && second === 'aliases' && typeof third === 'number') return `domain.aliases[${config.domain.aliases[third] ?? third}]${after(rest)}`;
  return path.join('.');
}

function stableKey(f: Finding, config: ApifrontConfig): string {
  const l = f.location;
  const where = l.configPath ? stablePath(config, l.configPath) : l.kind === 'template' ? `${l.logicalId}:${l.propertyPath.join('.')}` : '';
  return `${f.rule}|${f.messageId}|${where}|${f.message}`;
}

const describe = (a: Assignment) => [...a].map(([name, value]) => `${name} is ${value}`).join(' and ');

/** Which branches, in words: one condition's value when that is exactly the set, else each branch. */
function explain(holds: ReadonlySet<number>, branches: readonly Assignment[]): string {
  const names = [...(branches[0]?.keys() ?? [])];
  for (const name of names) {
    for (const value of [true, false]) {
      const matching = branches.flatMap((a, i) => (a.get(name) === value ? [i] : []));
      if (matching.length === holds.size && matching.every((i) => holds.has(i))) return `condition ${name} is ${value}`;
    }
  }
  return `conditions ${[...holds].map((i) => describe(branches[i] as Assignment)).join(', or ')}`;
}

/**
 * One list of findings from the findings of each branch: a finding of every branch (same rule, place
 * and words) stays as it is; one of some branches only, or whose words differ by branch (a timeout
 * of 90 s in one, 120 s in the other), gets a sentence naming the branches it holds on.
 */
export function mergeBranchFindings(branches: readonly CheckedBranch[]): Finding[] {
  const seen = new Map<string, { finding: Finding; holds: Set<number> }>();
  branches.forEach(({ findings, config }, i) => {
    for (const finding of findings) {
      const key = stableKey(finding, config);
      const entry = seen.get(key);
      if (entry) entry.holds.add(i);
      else seen.set(key, { finding, holds: new Set([i]) });
    }
  });
  const all = branches.map((b) => b.conditions);
  return [...seen.values()].map(({ finding, holds }) =>
    holds.size === branches.length
      ? finding
      : { ...finding, message: `${finding.message} This holds only when ${explain(holds, all)} (decided at deploy time).` },
  );
}
