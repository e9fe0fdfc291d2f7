import type { ApifrontConfig } from '../model/schema';
import { looksLikeSecretHeader } from './rule-helpers';
import {
  asArray,
  distributions,
  isApiGatewayDomain,
  isDynamicReference,
  isRecord,
  refName,
  resolveString,
  templateLocation,
} from './template-helpers';
import { defineRule } from './types';

/**
 * The items of a list, looking into both branches of `Fn::If` (a branch may be `!Ref AWS::NoValue`):
 * a header that exists only under an undecidable condition is still checked. Each item carries its
 * property path so the finding points at the branch.
 */
function listItems(value: unknown, path: readonly (string | number)[]): { item: unknown; path: (string | number)[] }[] {
  if (Array.isArray(value)) return value.map((item, k) => ({ item, path: [...path, k] }));
  if (isRecord(value) && Array.isArray(value['Fn::If'])) {
    const [, whenTrue, whenFalse] = value['Fn::If'] as unknown[];
    return [...listItems(whenTrue, [...path, 'Fn::If', 1]), ...listItems(whenFalse, [...path, 'Fn::If', 2])];
  }
  return [];
}

/** Moves a custom header to the origin's verify header, whose value becomes a NoEcho parameter. */
function moveToVerifyHeader(originIndex: number, headerIndex: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[originIndex];
    if (origin?.type !== 'apigateway') return;
    const header = origin.customHeaders[headerIndex];
    if (!header) return;
    origin.verifyHeader = { name: header.name };
    origin.customHeaders = origin.customHeaders.filter((_h, k) => k !== headerIndex);
  };
}

/**
 * Why: anything written into a template or a config is readable by whoever can read the stack, the
 * file or the link (fact 86); a shared secret belongs in a NoEcho parameter or a dynamic reference.
 * Failing shapes: config `customHeaders: [{ name: 'X-Origin-Verify', value: 's3cr3t...' }]`;
 * template `OriginCustomHeaders: [{ HeaderName: X-Origin-Verify, HeaderValue: 'literal' }]`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF211',
    name: 'literal-secret',
    target: 'both',
    step: 'origin',
    title: 'No literal secrets in headers',
    description:
      'A custom header that looks like a secret by its name (Referer, x-api-key, Authorization, Cookie, a name with verify/secret/token/key/pass/auth) or its value (a JWT, an AWS key, a PEM key, a URL with a password, a passphrase, a long random value) should be the verify header; apifront renders it as a NoEcho parameter either way. In a template its value must be a NoEcho parameter or a dynamic reference.',
    rationale:
      'Template bodies, stack parameters without NoEcho, config files and share links are readable by many people and tools; a shared secret written there is no longer secret, so the API lock-down it protects can be bypassed.',
    howToFix: 'Use the verify header (its value is a NoEcho template parameter, one click), or a `{{resolve:secretsmanager:...}}` reference in a template.',
    facts: [86, 151, 154],
    messages: {
      secretInConfig: {
        severity: 'warning',
        text: (name: string, originId: string) =>
          `Custom header "${name}" on origin "${originId}" looks like a secret but is stored literally in the config. Share links and downloads leave its value out, and the template takes it from a NoEcho parameter you supply when deploying. Better, use the verify header: apifront generates its NoEcho parameter and the lock-down that checks it.`,
      },
      literalInTemplate: {
        severity: 'warning',
        text: (name: string) =>
          `Origin custom header "${name}" has a literal value in the template, readable by anyone who can read the template or the stack. Pass it as a NoEcho parameter or a {{resolve:secretsmanager:...}} dynamic reference.`,
      },
      parameterNotNoEcho: {
        severity: 'warning',
        text: (name: string, parameter: string) =>
          `Origin custom header "${name}" takes its value from parameter ${parameter}, which is not NoEcho: the console and describe-stacks show it. Add NoEcho: true.`,
      },
    },
    examples: {
      bad: "customHeaders: [{ name: 'X-Origin-Verify', value: 'b3f1c9a27e5d48f0a6c2' }]",
      good: "verifyHeader: { name: 'X-Origin-Verify' }  # value: NoEcho parameter",
    },
  },
  check({ config, template }, report) {
    if (config) {
      config.origins.forEach((origin, i) => {
        origin.customHeaders.forEach((header, k) => {
          if (!looksLikeSecretHeader(header.name, header.value)) return;
          const canMove = origin.type === 'apigateway' && origin.verifyHeader === null;
          report({
            messageId: 'secretInConfig',
            args: [header.name, origin.id],
            location: { configPath: ['origins', i, 'customHeaders', k, 'value'] },
            ...(canMove ? { fix: { label: `Make ${header.name} the verify header`, mutate: moveToVerifyHeader(i, k) } } : {}),
          });
        });
      });
    }
    if (!template) return;
    const t = template.template;
    for (const dist of distributions(t)) {
      asArray(dist.config.Origins).forEach((origin, j) => {
        if (!isRecord(origin)) return;
        for (const { item: header, path } of listItems(origin.OriginCustomHeaders, ['DistributionConfig', 'Origins', j, 'OriginCustomHeaders'])) {
          if (!isRecord(header)) continue;
          // A name from a parameter without a usable Default reads `{Param}`, never "".
          const nameParam = refName(header.HeaderName);
          const name = resolveString(t, header.HeaderName) || (nameParam !== undefined ? `{${nameParam}}` : '');
          const raw = header.HeaderValue;
          const location = templateLocation(template, dist.logicalId, [...path, 'HeaderValue']);
          const parameter = refName(raw);
          if (parameter !== undefined) {
            const def = t.Parameters?.[parameter];
            const noEcho = def?.NoEcho === true || def?.NoEcho === 'true';
            // A parameter-valued header on an API Gateway origin is the verify-header shape (the
            // importer reads it so); a secret-like header, parameter name or description counts too.
            const described = typeof def?.Description === 'string' ? def.Description : '';
            const secretLike =
              looksLikeSecretHeader(name, typeof def?.Default === 'string' ? def.Default : '') ||
              looksLikeSecretHeader(parameter, '') ||
              /\b(verify|secret|token|password)/i.test(described) ||
              isApiGatewayDomain(t, origin.DomainName);
            if (def && !noEcho && secretLike) {
              report({ messageId: 'parameterNotNoEcho', args: [name, parameter], location });
            }
            continue;
          }
          if (typeof raw !== 'string' || isDynamicReference(raw)) continue;
          if (looksLikeSecretHeader(name, raw)) report({ messageId: 'literalInTemplate', args: [name], location });
        }
      });
    }
  },
});
