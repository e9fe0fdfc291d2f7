import { managedResponseHeadersPolicyName, type ManagedResponseHeadersPolicyName } from '../model/managed-policies';
import type { ResponseHeadersSetting } from '../model/schema';
import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { defineRule } from './types';

/** Managed response headers policies that add CORS headers, and what to keep when CORS is dropped (fact 14). */
const CORS_POLICIES: Partial<Record<ManagedResponseHeadersPolicyName, ResponseHeadersSetting>> = {
  SimpleCORS: null,
  'CORS-With-Preflight': null,
  'CORS-and-SecurityHeadersPolicy': { policy: 'SecurityHeadersPolicy' },
  'CORS-with-preflight-and-SecurityHeadersPolicy': { policy: 'SecurityHeadersPolicy' },
};

/**
 * Why: a managed CORS response headers policy makes CloudFront add CORS headers itself (fact 14); when
 * the API answers CORS too (HTTP API CorsConfiguration, REST OPTIONS methods), responses carry two
 * sets that may disagree (fact 159). Failing shape: `api: { cors: true }` with
 * `responseHeaders: { policy: 'SimpleCORS' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF417',
    name: 'duplicate-cors',
    target: 'config',
    step: 'paths',
    title: 'Answer CORS in one place',
    description: 'An API behavior has a managed CORS response headers policy while the API itself answers CORS.',
    rationale:
      'With a CORS response headers policy, CloudFront adds Access-Control-* headers to responses; an API with its own CORS configuration adds them too. Duplicated or conflicting values (for example two Access-Control-Allow-Origin headers) make browsers reject the response.',
    howToFix: 'Keep CORS in one place: drop the CORS response headers policy (keep SecurityHeadersPolicy if you used a combined one), or turn CORS off in the API.',
    facts: [14, 159],
    messages: {
      corsTwice: {
        severity: 'warning',
        text: (behavior: string, policy: string) =>
          `${behavior} adds CORS headers through ${policy} while the API answers CORS itself: responses get duplicated or conflicting Access-Control-* headers. Keep CORS in one place.`,
      },
    },
    examples: {
      bad: 'api: { cors: true, ... }\ndefaultBehavior: { responseHeaders: { policy: CORS-With-Preflight } }',
      good: 'api: { cors: true, ... }\ndefaultBehavior: { responseHeaders: { policy: SecurityHeadersPolicy } }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.apiBehaviors()) {
      if (!ref.origin.api.cors) continue;
      const setting = ref.behavior.responseHeaders;
      if (!setting) continue;
      const name = 'policy' in setting ? setting.policy : managedResponseHeadersPolicyName(setting.policyId);
      if (!name || !(name in CORS_POLICIES)) continue;
      const replacement = CORS_POLICIES[name] ?? null;
      report({
        messageId: 'corsTwice',
        args: [behaviorLabel(ref.pattern, ref.isDefault), name],
        location: { configPath: [...ref.path, 'responseHeaders'] },
        fix: {
          label: replacement ? 'Keep only SecurityHeadersPolicy' : 'Drop the CORS response headers policy',
          apply: updateBehavior(ref.path, (b) => {
            b.responseHeaders = replacement ? { ...replacement } : null;
          }),
        },
      });
    }
  },
});
