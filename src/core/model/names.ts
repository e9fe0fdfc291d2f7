/**
 * Names apifront derives from the config name: stack names and file names. CloudFormation accepts a
 * stack name of `[A-Za-z][A-Za-z0-9-]{0,127}` (the stack ARN pattern in AWS's API references, e.g.
 * SageMaker API_CfnStackDetail); the lock-down stack adds `-lockdown`, so the base is cut to leave
 * room for it. File names use the same base, so they stay short and portable.
 */
import { slug } from './derive';

export const STACK_NAME_MAX = 128;
export const LOCKDOWN_STACK_SUFFIX = '-lockdown';
const BASE_MAX = STACK_NAME_MAX - LOCKDOWN_STACK_SUFFIX.length;
export const STACK_NAME_PATTERN = /^[A-Za-z][-A-Za-z0-9]*$/;

/**
 * The stack name (and file stem) for a config name: lower-case letters, digits and dashes, starting
 * with a letter (`apifront-` is put in front otherwise) and short enough for the lock-down suffix.
 */
export function stackBaseName(name: string): string {
  const s = slug(name, 'apifront');
  const lettered = /^[a-z]/.test(s) ? s : `apifront-${s}`;
  return lettered.slice(0, BASE_MAX).replace(/-+$/, '');
}
