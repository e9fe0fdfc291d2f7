/**
 * Small helpers shared by the CDK (TypeScript) and Terraform (HCL) emitters: quoting and the names both
 * need for the verify-header secret. The emitters build source text directly; every user-supplied string
 * goes through a quoting function, never into the text raw.
 */
import { slug } from '../model/derive';
import type { OriginSettings, Settings } from './settings';

/** A TypeScript string literal (JSON's escaping is valid TypeScript). */
export function tsString(text: string): string {
  return JSON.stringify(text);
}

/**
 * An HCL quoted string: JSON escaping, plus `${` and `%{` escaped so a value is never read as a
 * template interpolation or directive.
 */
export function hclString(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/**
 * Secrets Manager name holding an origin's verify-header secret: `<stack>/<origin>/verify-header`. The
 * value stays in Secrets Manager; the code only names it (secrets never as literals).
 */
export function verifySecretName(settings: Settings, origin: OriginSettings): string {
  const stack = settings.stacks[0]?.stackName ?? 'apifront';
  return `${stack}/${slug(origin.id, 'origin')}/verify-header`;
}

/** `a.b.example.com` -> `a-b-example-com`-style identifiers for Terraform and CDK construct IDs. */
export function snakeName(text: string, fallback = 'x'): string {
  const s = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!s) return fallback;
  return /^[0-9]/.test(s) ? `n_${s}` : s;
}
