import { LOCKDOWN_STACK_SUFFIX, stackBaseName, STACK_NAME_MAX, STACK_NAME_PATTERN } from '../model/names';
import type { ApifrontConfig } from '../model/schema';
import { escapeControlsInLine, hasControlCharacters } from '../render/printable';
import { defineRule } from './types';

/** Fact 186: a CloudFront Function name is at most 64 characters. */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

function setName(name: string) {
  return (draft: ApifrontConfig): void => {
    draft.name = name;
  };
}

/**
 * Why: the name becomes the stack names (`<name>`, `<name>-lockdown`), the file names and the prefix
 * of the CloudFront Function names (`${AWS::StackName}-...`, at most 64 characters). CloudFormation
 * accepts stack names of letters, digits and dashes starting with a letter, at most 128 characters;
 * control characters in a name rewrite what a terminal or a log shows.
 * Failing shapes: `name: "2024 orders"` (stack apifront-2024-orders); `name: "a\u001b[2Jb"`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF513',
    name: 'stack-name',
    target: 'config',
    step: 'review',
    title: 'The name gives valid stack, file and function names',
    description:
      'The config name has control characters (error); it is not itself a valid stack name, so apifront derives another (info); or the stack name plus a CloudFront Function suffix exceeds 64 characters (warning).',
    rationale:
      'apifront names the stacks, the template files and the account-unique CloudFront Function names after the config name. CloudFormation refuses a stack name that does not start with a letter, has other characters than letters, digits and dashes, or exceeds 128 characters; CloudFront refuses a function name over 64 characters; control characters (ESC, NUL, RLO) change what a terminal shows.',
    howToFix: 'Use a short name of lower-case letters, digits and dashes that starts with a letter (one click).',
    facts: [186],
    messages: {
      controlCharacters: {
        severity: 'error',
        text: (shown: string) => `The name "${shown}" contains control characters, which hide or rewrite text in terminals and logs. Remove them.`,
      },
      derivedStackName: {
        severity: 'info',
        text: (name: string, stack: string) =>
          `"${name}" is not a valid CloudFormation stack name (letters, digits and dashes, starting with a letter, at most ${STACK_NAME_MAX - LOCKDOWN_STACK_SUFFIX.length} characters to leave room for "${LOCKDOWN_STACK_SUFFIX}"); the stacks and files are named "${stack}".`,
      },
    },
    examples: { bad: 'name: "2024 Orders API"', good: 'name: "orders-api"' },
  },
  check({ config }, report) {
    if (!config) return;
    const location = { configPath: ['name'] };
    if (hasControlCharacters(config.name)) {
      const cleaned = config.name.replace(CONTROL, '');
      report({
        messageId: 'controlCharacters',
        args: [escapeControlsInLine(config.name)],
        location,
        fix: { label: `Remove them (${stackBaseName(cleaned)})`, mutate: setName(cleaned) },
      });
      return;
    }
    const stack = stackBaseName(config.name);
    // Upper case is fine for CloudFormation (apifront lower-cases it for the files): only a name AWS
    // would refuse, or one too long for the lock-down suffix, is reported.
    const valid = STACK_NAME_PATTERN.test(config.name) && config.name.length <= STACK_NAME_MAX - LOCKDOWN_STACK_SUFFIX.length;
    if (!valid) {
      report({ messageId: 'derivedStackName', args: [config.name, stack], location, fix: { label: `Rename to ${stack}`, mutate: setName(stack) } });
    }
  },
});
