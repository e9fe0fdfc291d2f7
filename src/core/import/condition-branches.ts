/**
 * Conditions that cannot be decided before deploying (`Fn::Equals [!Ref Env, prod]` with a parameter
 * without Default): the config rules check each branch of the template, and a finding that holds on
 * some branches only says on which, naming the condition. A few conditions at most: each one doubles
 * the work, and past that the import keeps the "true" branch and says so.
 */
import { formatPath } from '../location';
import type { Finding } from '../rules/types';

export const MAX_BRANCH_CONDITIONS = 3;

export type Assignment = ReadonlyMap<string, boolean>;

/** Every combination of values, the all-true one first (the branch the wizard opens). */
export function assignments(names: readonly string[]): Assignment[] {
  const out: Assignment[] = [];
  for (let mask = 0; mask < 2 ** names.length; mask++) {
    out.push(new Map(names.map((name, i) => [name, (mask & (1 << i)) === 0])));
  }
  return out;
}

/** The same problem at the same place, whatever values its message quotes. */
function keyOf(f: Finding): string {
  const l = f.location;
  const where = l.kind === 'template' ? `${l.logicalId}:${l.propertyPath.join('.')}:${l.configPath ? formatPath(l.configPath) : ''}` : formatPath(l.configPath);
  return `${f.rule}|${f.messageId}|${where}`;
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
 * One list of findings from the findings of each branch: a finding of every branch stays as it is;
 * one of some branches only gets a sentence naming them. Order follows the first branch that has it.
 */
export function mergeBranchFindings(branches: readonly { conditions: Assignment; findings: readonly Finding[] }[]): Finding[] {
  const seen = new Map<string, { finding: Finding; holds: Set<number> }>();
  branches.forEach(({ findings }, i) => {
    for (const finding of findings) {
      const key = keyOf(finding);
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
