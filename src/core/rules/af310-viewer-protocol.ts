import { VIEWER_PROTOCOLS, type ApifrontConfig } from '../model/schema';
import { asArray, distributions, isRecord, templateLocation, type PropertyPath } from './template-helpers';
import { defineRule } from './types';

/**
 * Why: ViewerProtocolPolicy takes only three values (fact 32); `allow-all` lets API calls, tokens
 * included, travel over plain HTTP. The config's enum holds only valid values, so the enum check
 * runs on templates. Failing shapes: `ViewerProtocolPolicy: https` (template); `viewerProtocol: allow-all`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF310',
    name: 'viewer-protocol',
    target: 'both',
    step: 'paths',
    title: 'Viewers reach the API over HTTPS',
    description: 'A viewer protocol policy other than allow-all, redirect-to-https or https-only (template), or allow-all on an API behavior.',
    rationale:
      'CloudFront rejects any other ViewerProtocolPolicy value. With allow-all, clients may send API requests and credentials over plain HTTP between them and CloudFront.',
    howToFix: 'Use redirect-to-https (HTTP gets a 301) or https-only (HTTP gets a 403).',
    facts: [32],
    messages: {
      invalid: {
        severity: 'error',
        text: (value: string) => `ViewerProtocolPolicy "${value}" is not accepted: use redirect-to-https, https-only or allow-all.`,
      },
      allowAllOnApi: {
        severity: 'warning',
        text: (behavior: string) =>
          `${behavior} serves the API with viewer protocol allow-all, so requests and credentials can travel over plain HTTP. Use redirect-to-https or https-only.`,
      },
    },
    examples: { bad: 'defaultBehavior: { viewerProtocol: allow-all }', good: 'defaultBehavior: { viewerProtocol: redirect-to-https }' },
  },
  check({ config, template, derived }, report) {
    if (config) {
      for (const ref of derived.apiBehaviors()) {
        if (ref.behavior.viewerProtocol !== 'allow-all') continue;
        report({
          messageId: 'allowAllOnApi',
          args: [ref.isDefault ? 'The default behavior' : `Behavior ${ref.pattern}`],
          location: { configPath: [...ref.path, 'viewerProtocol'] },
          fix: {
            label: 'Redirect HTTP to HTTPS',
            apply: (c: ApifrontConfig) => {
              const b = ref.isDefault ? c.defaultBehavior : c.behaviors[ref.path[1] as number];
              if (b) b.viewerProtocol = 'redirect-to-https';
              return c;
            },
          },
        });
      }
    }
    if (!template) return;
    const valid: readonly string[] = VIEWER_PROTOCOLS;
    for (const dist of distributions(template.template)) {
      const behaviors: { node: unknown; path: PropertyPath }[] = [
        { node: dist.config.DefaultCacheBehavior, path: ['DistributionConfig', 'DefaultCacheBehavior'] },
        ...asArray(dist.config.CacheBehaviors).map((node, i) => ({ node, path: ['DistributionConfig', 'CacheBehaviors', i] })),
      ];
      for (const { node, path } of behaviors) {
        if (!isRecord(node) || typeof node.ViewerProtocolPolicy !== 'string') continue; // absent or intrinsic
        if (valid.includes(node.ViewerProtocolPolicy)) continue;
        report({
          messageId: 'invalid',
          args: [node.ViewerProtocolPolicy],
          location: templateLocation(template, dist.logicalId, [...path, 'ViewerProtocolPolicy']),
        });
      }
    }
  },
});
