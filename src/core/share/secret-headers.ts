/**
 * Secret-looking custom headers (AF211), by name and by value shape. The config may hold such a value
 * (the user typed it), but it never goes into a share link or a config download (replaced by "",
 * with a note), and the template takes it from a NoEcho parameter (settings.ts), never as a literal.
 * The verify header's value is never in the config at all (a NoEcho parameter from the start).
 */
import { formatPath } from '../location';
import type { ApifrontConfig } from '../model/schema';

/**
 * Header names that carry a credential or a shared secret: Referer (the resource-policy trick, fact
 * 151), x-api-key (fact 154), Authorization, Cookie, and names with verify/secret/token/key/pass/auth.
 */
const SECRET_NAME = /verify|secret|token|key|pass|pwd|auth|credential|session|signature|cookie/i;
const SECRET_NAMES = new Set(['referer', 'x-api-key', 'authorization', 'proxy-authorization', 'cookie']);

/** Known credential formats, whatever the header is called. */
const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/, 'a JSON Web Token'],
  [/^(?:Bearer|Basic|Digest|Token|AWS4-HMAC-SHA256)\s+\S{8,}/i, 'a credential'],
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/, 'an AWS access key ID'],
  // 40 characters of base64 mixing digits, upper and lower case (a path of 40 letters is not one).
  [/(?:^|[^A-Za-z0-9/+])(?=[A-Za-z0-9/+]{0,39}\d)(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])[A-Za-z0-9/+]{40}(?:$|[^A-Za-z0-9/+=])/, 'an AWS secret access key'],
  [/-----BEGIN [A-Z0-9 ]*(?:PRIVATE KEY|CERTIFICATE)-----/, 'a PEM key'],
  [/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, 'a URL with a password'],
  [/\b(?:ghp_|gho_|ghs_|github_pat_|glpat-|xox[abprs]-|sk_live_|rk_live_|sk-[A-Za-z0-9]{16}|AIza[\w-]{30})/, 'an API token'],
];

const isDynamicReference = (value: string) => /^\{\{resolve:(?:secretsmanager|ssm-secure|ssm):[^}]+\}\}$/.test(value.trim());

/** Bits per character of the value's own character distribution (random tokens score about 4 and more). */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

/**
 * True when a value looks like a random secret rather than words: 16+ characters of a token alphabet
 * (letters, digits, `+/=_-.~`), letters mixed with digits, and a high character entropy.
 */
export function looksRandom(value: string): boolean {
  const v = value.trim();
  if (!/^[A-Za-z0-9+/=_.~-]{16,}$/.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return /[A-Za-z]/.test(v) && digits >= 3 && new Set(v).size >= 10 && entropy(v) >= 3.3;
}

/** A passphrase: four or more words of letters only, like "correct horse battery staple". */
function looksLikePassphrase(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return words.length >= 4 && words.every((w) => /^[a-z]{3,}$/i.test(w)) && value.trim().length >= 20 && !/^[A-Z]/.test(value.trim());
}

function nameLooksSecret(name: string): boolean {
  const n = name.trim().toLowerCase();
  return SECRET_NAMES.has(n) || SECRET_NAME.test(n);
}

/** Why a value looks secret by its shape alone, or undefined. */
function valueShape(value: string): string | undefined {
  for (const [pattern, what] of SECRET_SHAPES) if (pattern.test(value)) return what;
  if (looksRandom(value)) return 'a random secret';
  if (looksLikePassphrase(value)) return 'a passphrase';
  return undefined;
}

/**
 * True for an origin custom header that looks like a secret, by its name or its value. A
 * `{{resolve:secretsmanager:...}}` reference is not a literal secret (DOMAIN.md section 0, "Secrets").
 */
export function looksLikeSecretHeader(name: string, value: string): boolean {
  if (value !== '' && isDynamicReference(value)) return false;
  return nameLooksSecret(name) || (value !== '' && valueShape(value) !== undefined);
}

/** Why a header value counts as a secret, or undefined when it does not (same test as AF211). */
export function secretHeaderReason(name: string, value: string): string | undefined {
  if (value === '' || !looksLikeSecretHeader(name, value)) return undefined;
  if (nameLooksSecret(name)) return `the header name "${name}" suggests a secret`;
  return `the value of header "${name}" looks like ${valueShape(value) ?? 'a secret'}`;
}

export interface OmittedValue {
  /** Printed config path of the value left out, e.g. `origins[0].customHeaders[1].value`. */
  path: string;
  /** Why, in words a user understands. */
  reason: string;
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
