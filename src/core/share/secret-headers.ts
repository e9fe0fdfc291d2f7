/**
 * Keeping secrets out of share links and config downloads (AF211). The config never holds the verify
 * header's value (that is a NoEcho template parameter), but a plain custom header can: `Referer`,
 * `x-api-key`, names with verify/secret/token/key/auth, or a long random-looking value. Such values are
 * replaced by "" before a link or a file is made, and the caller gets a note to show.
 */
import { formatPath } from '../model/parse';
import type { ApifrontConfig } from '../model/schema';
import { looksLikeSecretHeader } from '../rules/rule-helpers';

export interface OmittedValue {
  /** Printed config path of the value left out, e.g. `origins[0].customHeaders[1].value`. */
  path: string;
  /** Why, in words a user understands. */
  reason: string;
}

/** Why a header value counts as a secret, or undefined when it does not (same test as AF211). */
export function secretHeaderReason(name: string, value: string): string | undefined {
  if (value === '' || !looksLikeSecretHeader(name, value)) return undefined;
  return looksLikeSecretHeader(name, '')
    ? `the header name "${name}" suggests a secret`
    : `the value of header "${name}" looks like a random secret`;
}

/**
 * A copy of the config with every secret-looking custom header value replaced by "", and the list
 * of what was left out. The input is not changed.
 */
export function withoutSecrets(config: ApifrontConfig): { config: ApifrontConfig; omitted: OmittedValue[] } {
  const omitted: OmittedValue[] = [];
  const copy = structuredClone(config);
  copy.origins.forEach((origin, i) => {
    origin.customHeaders.forEach((header, k) => {
      const reason = secretHeaderReason(header.name, header.value);
      if (reason === undefined) return;
      header.value = '';
      omitted.push({ path: formatPath(['origins', i, 'customHeaders', k, 'value']), reason });
    });
  });
  return { config: copy, omitted };
}

/** One line for the UI or the CLI: what was left out and what the receiver must do. */
export function describeOmitted(omitted: readonly OmittedValue[]): string {
  if (omitted.length === 0) return '';
  const list = omitted.map((o) => `${o.path} (${o.reason})`).join('; ');
  return `Left out ${omitted.length === 1 ? 'a value that looks' : `${omitted.length} values that look`} secret: ${list}. Whoever opens it must fill ${omitted.length === 1 ? 'it' : 'them'} in again, or better, use the verify header, whose value is a NoEcho template parameter.`;
}
