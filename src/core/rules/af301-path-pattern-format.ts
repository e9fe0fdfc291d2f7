import type { ApifrontConfig } from '../model/schema';
import { escapeControlsInLine, hasControlCharacters } from '../render/printable';
import { defineRule } from './types';

/** Fact 24: the characters a path pattern may contain (`*` and `?` are the wildcards). */
const ALLOWED = /[A-Za-z0-9_\-.*?$/~"'@:+&]/;
const MAX_LENGTH = 255; // fact 23

function badCharacters(pattern: string): string[] {
  return [...new Set([...pattern].filter((ch) => !ALLOWED.test(ch)))];
}

function show(ch: string): string {
  if (ch === ' ') return 'a space';
  // Control and bidi characters are shown as \uXXXX: raw, they would hide or reorder the message.
  return hasControlCharacters(ch) || /\s/.test(ch) ? `"${escapeControlsInLine(ch).replace(/[\t]/g, '\\t')}"` : `"${ch}"`;
}

/**
 * Why: CloudFront rejects a path pattern over 255 characters or with a character outside its set
 * (facts 22-24); regex syntax is not supported either. Failing shape: `pathPattern: '/api/(v1|v2)/*'`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF301',
    name: 'path-pattern-format',
    target: 'config',
    step: 'paths',
    title: 'Path patterns use only CloudFront\'s characters and at most 255 of them',
    description:
      'A behavior\'s path pattern is empty, longer than 255 characters, or has a character outside A-Z a-z 0-9 _ - . * ? $ / ~ " \' @ : + &.',
    rationale:
      'CloudFront path patterns are plain globs: `*` matches any run of characters and `?` exactly one; there are no regexes, no character classes and no spaces. CloudFront rejects the distribution when a pattern has any other character or exceeds 255 characters.',
    howToFix: 'Remove the character; express alternatives with `*` or `?`, or with one behavior per alternative.',
    facts: [22, 23, 24],
    messages: {
      empty: {
        severity: 'error',
        text: (index: number) => `Behavior ${index + 1} has an empty path pattern; give it one such as /api/*.`,
      },
      tooLong: {
        severity: 'error',
        text: (pattern: string, length: number) =>
          `Path pattern ${pattern.slice(0, 40)}... is ${length} characters long; CloudFront accepts at most ${MAX_LENGTH}. Shorten it, for example with a *.`,
      },
      badCharacter: {
        severity: 'error',
        text: (pattern: string, characters: string) =>
          `Path pattern ${pattern} contains ${characters}, which CloudFront does not accept (allowed: A-Z a-z 0-9 _ - . * ? $ / ~ " ' @ : + &). Remove it; use * or ? as wildcards.`,
      },
    },
    examples: { bad: 'behaviors: [{ pathPattern: "/api/(v1|v2)/*" }]', good: 'behaviors: [{ pathPattern: "/api/v?/*" }]' },
  },
  check({ config }, report) {
    if (!config) return;
    config.behaviors.forEach(({ pathPattern }, i) => {
      const location = { configPath: ['behaviors', i, 'pathPattern'] };
      if (pathPattern === '') {
        report({ messageId: 'empty', args: [i], location });
        return;
      }
      if (pathPattern.length > MAX_LENGTH) report({ messageId: 'tooLong', args: [pathPattern, pathPattern.length], location });
      const bad = badCharacters(pathPattern);
      if (bad.length === 0) return;
      const cleaned = [...pathPattern].filter((ch) => ALLOWED.test(ch)).join('');
      const taken = config.behaviors.some((b, j) => j !== i && b.pathPattern === cleaned);
      // Regex syntax (`(v1|v2)`) has no glob equivalent: dropping the characters gives `v1v2`, which
      // matches nothing the user meant, so there is no one-click fix for it.
      const regexLike = /[()|[\]{}\\]/.test(pathPattern);
      const usable = cleaned !== '' && cleaned.replace(/^\/+/, '') !== '*' && !taken && !regexLike;
      report({
        messageId: 'badCharacter',
        args: [escapeControlsInLine(pathPattern), bad.map(show).join(', ')],
        location,
        ...(usable
          ? {
              fix: {
                label: `Change the pattern to ${cleaned}`,
                mutate: (c: ApifrontConfig) => {
                  const target = c.behaviors[i];
                  if (target) target.pathPattern = cleaned;
                },
              },
            }
          : {}),
      });
    });
  },
});
