import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/** Characters of a URL path (RFC 3986 pchar plus `/`); anything else (space, `?`, `#`, `\`) is refused. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;

/** `prod/` -> `/prod`, ` /a//b/ ` -> `/a/b`, `/` -> `` (fact 70; CDK normalises the same way). */
export function normaliseOriginPath(path: string): string {
  const inner = path
    .trim()
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
  return inner === '' ? '' : `/${inner}`;
}

function explicitOriginPath(config: ApifrontConfig, index: number): string | undefined {
  return config.origins[index]?.originPath;
}

/**
 * Why: CloudFront requires an origin path that starts with `/` and does not end with `/` (fact 70).
 * Failing shape: `originPath: 'prod/'`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF203',
    name: 'origin-path-format',
    target: 'config',
    step: 'origin',
    title: 'Origin path must start with / and not end with /',
    description: 'An origin path is empty or starts with `/`, does not end with `/`, and holds only URL path characters.',
    rationale:
      'CloudFront rejects an origin path without a leading slash or with a trailing slash; characters such as spaces, `?` or `#` cannot be part of a path.',
    howToFix: 'Normalise it (one click: `prod/` becomes `/prod`), or remove the characters that do not belong in a URL path.',
    facts: [70],
    messages: {
      noLeadingSlash: {
        severity: 'error',
        text: (path: string, fixed: string) => `Origin path "${path}" must start with "/"; use "${fixed}".`,
      },
      trailingSlash: {
        severity: 'error',
        text: (path: string, fixed: string) =>
          `Origin path "${path}" must not end with "/" (CloudFront rejects it); use "${fixed === '' ? '(empty)' : fixed}".`,
      },
      badCharacters: {
        severity: 'error',
        text: (path: string, chars: string) =>
          `Origin path "${path}" contains ${chars}, which cannot appear in a URL path; remove it (percent-encode it if the API really needs it).`,
      },
    },
    examples: { bad: "originPath: 'prod/'", good: "originPath: '/prod'" },
  },
  check({ config }, report) {
    if (!config) return;
    config.origins.forEach((_origin, i) => {
      const path = explicitOriginPath(config, i);
      if (path === undefined || path === '') return;
      const location = { configPath: ['origins', i, 'originPath'] };
      if (!PATH_CHARS.test(path.trim())) {
        const bad = [...new Set([...path.trim()].filter((ch) => !PATH_CHARS.test(ch)))].map((ch) => JSON.stringify(ch)).join(', ');
        report({ messageId: 'badCharacters', args: [path, bad], location });
        return;
      }
      const fixed = normaliseOriginPath(path);
      if (fixed === path) return;
      const fix = {
        label: `Normalise to "${fixed}"`,
        mutate: (c: ApifrontConfig) => {
          const target = c.origins[i];
          if (target) target.originPath = fixed;
        },
      };
      const messageId = path.trim().startsWith('/') ? 'trailingSlash' : 'noLeadingSlash';
      report({ messageId, args: [path, fixed], location, fix });
    });
  },
});
