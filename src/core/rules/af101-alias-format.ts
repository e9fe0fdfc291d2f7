import type { ApifrontConfig } from '../model/schema';
import { isHostName } from './rule-helpers';
import { defineRule } from './types';

const MAX_ALIASES = 100; // fact 108, adjustable

/** Lower-cases every alias and drops the repeats, keeping the first occurrence. */
function normaliseAliases(draft: ApifrontConfig): void {
  const seen = new Set<string>();
  draft.domain.aliases = draft.domain.aliases.flatMap((alias) => {
    const lower = alias.trim().toLowerCase();
    if (seen.has(lower)) return [];
    seen.add(lower);
    return [lower];
  });
}

/**
 * Why: CloudFront accepts only lower-case host names as aliases, a wildcard only as a whole leading
 * `*.` label, and each alias once (facts 103, 104); more than 100 needs a quota increase (fact 108).
 * Failing shape: `aliases: ['API.example.com', 'api.*.example.com', 'a.example.com', 'a.example.com']`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF101',
    name: 'alias-format',
    target: 'config',
    step: 'domain',
    title: 'Aliases must be valid lower-case host names, listed once',
    description:
      'Each alternate domain name must be a lower-case host name, may only use a wildcard as a leading `*.` label, and may appear only once; more than 100 aliases need a quota increase.',
    rationale:
      'CloudFront rejects upper-case aliases, partial or middle wildcards (`*api.example.com`, `a.*.example.com`) and repeated names when the distribution is created or updated; 100 aliases per distribution is the default quota.',
    howToFix: 'Write the name in lower case, use the `*.example.com` form for wildcards, and remove repeats (one click).',
    facts: [103, 104, 108],
    messages: {
      empty: {
        severity: 'error',
        text: (position: number) =>
          `Alias ${position} is empty: enter the domain name viewers will use (such as api.example.com), or remove it.`,
      },
      upperCase: {
        severity: 'error',
        text: (alias: string) =>
          `Alias "${alias}" has upper-case letters; CloudFront only accepts lower-case alternate domain names. Use "${alias.toLowerCase()}".`,
      },
      badWildcard: {
        severity: 'error',
        text: (alias: string) =>
          `Alias "${alias}" uses a wildcard that CloudFront does not accept: a wildcard must be the whole first label, as in "*.example.com" (no "*api.example.com", no "api.*.example.com").`,
      },
      invalidHost: {
        severity: 'error',
        text: (alias: string) =>
          `Alias "${alias}" is not a valid host name: use letters, digits and hyphens in dot-separated labels (for example "api.example.com"), without a scheme, path, port or trailing dot.`,
      },
      duplicate: {
        severity: 'error',
        text: (alias: string, first: number) =>
          `Alias "${alias}" is already listed at position ${first + 1}; CloudFront rejects a distribution that names an alias twice. Remove the repeat.`,
      },
      tooMany: {
        severity: 'warning',
        text: (count: number) =>
          `${count} aliases exceed the default quota of ${MAX_ALIASES} per distribution; request a quota increase first or split the names across distributions.`,
      },
    },
    examples: {
      bad: "aliases: ['API.example.com', 'api.*.example.com', 'www.example.com', 'www.example.com']",
      good: "aliases: ['api.example.com', '*.example.com']",
    },
  },
  check({ config }, report) {
    if (!config) return;
    const aliases = config.domain.aliases;
    const firstIndex = new Map<string, number>();
    aliases.forEach((alias, i) => {
      const location = { configPath: ['domain', 'aliases', i] };
      const fix = { label: 'Lower-case the aliases and drop repeats', mutate: normaliseAliases };
      if (alias.trim() === '') {
        report({ messageId: 'empty', args: [i + 1], location });
        return;
      }
      const key = alias.trim().toLowerCase();
      const first = firstIndex.get(key);
      if (first !== undefined) {
        report({ messageId: 'duplicate', args: [alias, first], location, fix });
        return;
      }
      firstIndex.set(key, i);
      const wildcardElsewhere = alias.replace(/^\*\./, '').includes('*');
      if (wildcardElsewhere) {
        report({ messageId: 'badWildcard', args: [alias], location });
      } else if (alias !== alias.toLowerCase() && isHostName(alias.toLowerCase(), true)) {
        report({ messageId: 'upperCase', args: [alias], location, fix });
      } else if (!isHostName(alias, true)) {
        report({ messageId: 'invalidHost', args: [alias], location });
      }
    });
    if (aliases.length > MAX_ALIASES) {
      report({ messageId: 'tooMany', args: [aliases.length], location: { configPath: ['domain', 'aliases'] } });
    }
  },
});
