/**
 * One behavior's settings: pattern, origin, protocol, methods, cache intent (or the policies
 * themselves), response headers and the strip-prefix / X-Forwarded-Host function.
 */
import {
  MANAGED_CACHE_POLICY_NAMES,
  MANAGED_CACHE_POLICY_TRAITS,
  MANAGED_ORIGIN_REQUEST_POLICY_NAMES,
  MANAGED_ORIGIN_REQUEST_POLICY_TRAITS,
  MANAGED_RESPONSE_HEADERS_POLICY_NAMES,
  type ManagedCachePolicyName,
  type ManagedOriginRequestPolicyName,
  type ManagedResponseHeadersPolicyName,
} from '../../core/model/managed-policies';
import type { AnyBehavior, ApifrontConfig, CustomCachePolicy } from '../../core/model/schema';
import { strippablePrefix } from '../../core/paths/match';
import { memo, useState } from 'react';
import { applyApiDefaults, applySiteDefaults, cacheIntentOf, INTENT_LABELS, intentSettings, mismatchedDefaults, type CacheIntent } from '../state/cache-intents';
import type { ConfigPath } from '../state/field-paths';
import { CheckboxField, NumberField, RadioGroup, SelectField, TextField, type Option } from './field';

const VIEWER_PROTOCOLS: readonly Option<AnyBehavior['viewerProtocol']>[] = [
  { value: 'redirect-to-https', label: 'Redirect HTTP to HTTPS' },
  { value: 'https-only', label: 'HTTPS only' },
  { value: 'allow-all', label: 'HTTP and HTTPS' },
];
const METHOD_SETS: readonly Option<AnyBehavior['methods']>[] = [
  // Short enough for a phone-width select; the help lists the seven.
  { value: 'all', label: 'All seven methods' },
  { value: 'get-head-options', label: 'GET, HEAD, OPTIONS' },
  { value: 'get-head', label: 'GET, HEAD' },
];
const CACHED_SETS: readonly Option<AnyBehavior['cachedMethods']>[] = [
  { value: 'get-head', label: 'GET, HEAD' },
  { value: 'get-head-options', label: 'GET, HEAD, OPTIONS' },
];
// Amplify and MediaPackage are for other services and are not offered for an API (fact 5).
const OFFERED_CACHE_POLICIES = MANAGED_CACHE_POLICY_NAMES.filter((n) => n !== 'Amplify' && n !== 'Elemental-MediaPackage');

type CacheChoice = `managed:${ManagedCachePolicyName}` | 'policyId' | 'custom' | 'legacy';
type OriginRequestChoice = `managed:${ManagedOriginRequestPolicyName}` | 'none' | 'policyId' | 'custom';
type ResponseHeadersChoice = `managed:${ManagedResponseHeadersPolicyName}` | 'none' | 'policyId';

function cacheChoiceOf(cache: AnyBehavior['cache']): CacheChoice {
  if ('policy' in cache) return `managed:${cache.policy}`;
  if ('policyId' in cache) return 'policyId';
  if ('custom' in cache) return 'custom';
  return 'legacy';
}
function originRequestChoiceOf(or: AnyBehavior['originRequest']): OriginRequestChoice {
  if (or === null) return 'none';
  if ('policy' in or) return `managed:${or.policy}`;
  if ('policyId' in or) return 'policyId';
  return 'custom';
}
function responseHeadersChoiceOf(rh: AnyBehavior['responseHeaders']): ResponseHeadersChoice {
  if (rh === null) return 'none';
  if ('policy' in rh) return `managed:${rh.policy}`;
  return 'policyId';
}

function names(text: string): string[] {
  return text.split(/[\s,]+/).filter((s) => s !== '');
}

interface Props {
  /** The config's origins (the only part of the config the editor reads, so it re-renders only when they change). */
  origins: ApifrontConfig['origins'];
  path: ConfigPath;
  behavior: AnyBehavior;
  /** Edit this behavior in a draft. */
  onChange: (mutate: (b: AnyBehavior) => void) => void;
}

function CustomCacheFields({ path, policy, onChange }: { path: ConfigPath; policy: CustomCachePolicy; onChange: (m: (p: CustomCachePolicy) => void) => void }) {
  const p: ConfigPath = [...path, 'cache', 'custom'];
  return (
    <div className="subgroup">
      <div className="grid-3">
        <NumberField path={[...p, 'minTtl']} label="Min TTL (s)" min={0} help="Keep 0: above 0 CloudFront caches even no-store and private responses." value={policy.minTtl} onChange={(v) => onChange((c) => void (c.minTtl = v ?? 0))} />
        <NumberField path={[...p, 'defaultTtl']} label="Default TTL (s)" min={0} help="Used when the API sends no Cache-Control." value={policy.defaultTtl} onChange={(v) => onChange((c) => void (c.defaultTtl = v ?? 0))} />
        <NumberField path={[...p, 'maxTtl']} label="Max TTL (s)" min={0} help="0 disables caching; then the key must be empty." value={policy.maxTtl} onChange={(v) => onChange((c) => void (c.maxTtl = v ?? 0))} />
      </div>
      <div className="grid-2">
        <SelectField
          path={[...p, 'queryStrings']}
          label="Query strings in the cache key"
          value={policy.queryStrings.behavior}
          options={[
            { value: 'none', label: 'None' },
            { value: 'all', label: 'All' },
            { value: 'whitelist', label: 'Only these…' },
            { value: 'allExcept', label: 'All except…' },
          ]}
          onChange={(v) => onChange((c) => void (c.queryStrings.behavior = v))}
        />
        {(policy.queryStrings.behavior === 'whitelist' || policy.queryStrings.behavior === 'allExcept') && (
          <TextField path={[...p, 'queryStrings', 'names']} label="Query string names" help="Separated by spaces or commas." value={policy.queryStrings.names.join(', ')} onChange={(v) => onChange((c) => void (c.queryStrings.names = names(v)))} />
        )}
        <SelectField
          path={[...p, 'headers']}
          label="Headers in the cache key"
          help="Everything in the key is also forwarded. Put Authorization here only if each caller must get their own cached copy."
          value={policy.headers.behavior}
          options={[
            { value: 'none', label: 'None' },
            { value: 'whitelist', label: 'These headers…' },
          ]}
          onChange={(v) => onChange((c) => void (c.headers.behavior = v))}
        />
        {policy.headers.behavior === 'whitelist' && (
          <TextField path={[...p, 'headers', 'names']} label="Header names" value={policy.headers.names.join(', ')} onChange={(v) => onChange((c) => void (c.headers.names = names(v)))} />
        )}
        <SelectField
          path={[...p, 'cookies']}
          label="Cookies in the cache key"
          value={policy.cookies.behavior}
          options={[
            { value: 'none', label: 'None' },
            { value: 'all', label: 'All' },
            { value: 'whitelist', label: 'Only these…' },
            { value: 'allExcept', label: 'All except…' },
          ]}
          onChange={(v) => onChange((c) => void (c.cookies.behavior = v))}
        />
        {(policy.cookies.behavior === 'whitelist' || policy.cookies.behavior === 'allExcept') && (
          <TextField path={[...p, 'cookies', 'names']} label="Cookie names" value={policy.cookies.names.join(', ')} onChange={(v) => onChange((c) => void (c.cookies.names = names(v)))} />
        )}
      </div>
      <div className="checks">
        <CheckboxField path={[...p, 'gzip']} label="Gzip in the cache key" checked={policy.gzip} onChange={(v) => onChange((c) => void (c.gzip = v))} />
        <CheckboxField path={[...p, 'brotli']} label="Brotli in the cache key" checked={policy.brotli} onChange={(v) => onChange((c) => void (c.brotli = v))} />
      </div>
    </div>
  );
}

function BehaviorEditorImpl({ origins, path, behavior, onChange }: Props) {
  const isDefault = !('pathPattern' in behavior);
  // "Advanced" keeps the current settings and only opens the policy controls: a stock intent's
  // settings are a valid starting point for them.
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const matched = cacheIntentOf(behavior);
  const intent: CacheIntent = advancedOpen ? 'advanced' : matched;
  const cacheChoice = cacheChoiceOf(behavior.cache);
  const orChoice = originRequestChoiceOf(behavior.originRequest);
  const rhChoice = responseHeadersChoiceOf(behavior.responseHeaders);
  const prefix = isDefault ? null : strippablePrefix(behavior.pathPattern);
  const managedCache = 'policy' in behavior.cache ? MANAGED_CACHE_POLICY_TRAITS[behavior.cache.policy] : null;
  const orTraits = behavior.originRequest && 'policy' in behavior.originRequest ? MANAGED_ORIGIN_REQUEST_POLICY_TRAITS[behavior.originRequest.policy] : null;

  const setIntent = (next: CacheIntent) => {
    setAdvancedOpen(next === 'advanced');
    if (next === 'advanced') return;
    const s = intentSettings(next);
    onChange((b) => {
      b.cache = s.cache;
      b.originRequest = s.originRequest;
    });
  };

  const origin = origins.find((o) => o.id === behavior.originId);
  const isApi = origin?.type === 'apigateway';
  const offerDefaults = origin !== undefined && mismatchedDefaults(behavior, isApi);
  const originOptions: Option<string>[] = origins.map((o) => ({ value: o.id, label: `${o.id} (${o.type === 'apigateway' ? 'API' : o.type === 's3' ? 'S3' : 'custom'})` }));
  if (!origins.some((o) => o.id === behavior.originId)) originOptions.unshift({ value: behavior.originId, label: `${behavior.originId || '(none)'} (missing)` });

  return (
    <div className="behavior-editor">
      <div className="grid-2">
        {!isDefault && (
          <TextField
            path={[...path, 'pathPattern']}
            label="Path pattern"
            placeholder="/api/*"
            help="Case-sensitive; * is any characters and ? one character. /api/* does not match /api itself."
            value={behavior.pathPattern}
            onChange={(v) => onChange((b) => void ('pathPattern' in b && (b.pathPattern = v)))}
          />
        )}
        <SelectField path={[...path, 'originId']} label="Origin" value={behavior.originId} options={originOptions} onChange={(v) => onChange((b) => void (b.originId = v))} />
        {offerDefaults && (
          <div className="notice notice--info" role="status">
            <p>
              {isApi
                ? 'This behavior still has site settings (cached, GET and HEAD only), but its origin is an API.'
                : 'This behavior still has API settings (never cached, all methods), but its origin serves a site.'}
            </p>
            <button type="button" className="btn btn--small" onClick={() => onChange((b) => (isApi ? applyApiDefaults(b) : applySiteDefaults(b)))}>
              {isApi ? 'Use the API defaults' : 'Use the site defaults'}
            </button>
          </div>
        )}
        <SelectField
          path={[...path, 'viewerProtocol']}
          label="Viewer protocol"
          help="Redirect to HTTPS is what AWS preselects; API clients that do not follow redirects are better served by HTTPS only."
          value={behavior.viewerProtocol}
          options={VIEWER_PROTOCOLS}
          onChange={(v) => onChange((b) => void (b.viewerProtocol = v))}
        />
        <SelectField
          path={[...path, 'methods']}
          label="Allowed methods"
          help="CloudFront offers only these three sets; any other method gets a 403 from CloudFront. APIs need all seven: GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE."
          value={behavior.methods}
          options={METHOD_SETS}
          onChange={(v) => onChange((b) => void (b.methods = v))}
        />
        <SelectField
          path={[...path, 'cachedMethods']}
          label="Cached methods"
          help="Cache OPTIONS only with the CORS request headers in the key."
          value={behavior.cachedMethods}
          options={CACHED_SETS}
          onChange={(v) => onChange((b) => void (b.cachedMethods = v))}
        />
      </div>
      <RadioGroup
        path={[...path, 'cache']}
        legend="Caching"
        name="intent"
        value={intent}
        help={INTENT_LABELS[intent].help}
        options={(['never', 'honour', 'public-get', 'advanced'] as const).map((v) => ({ value: v, label: INTENT_LABELS[v].label }))}
        onChange={setIntent}
      />
      {intent === 'advanced' && (
        <div className="subgroup">
          <SelectField<CacheChoice>
            path={[...path, 'cache', 'choice']}
            label="Cache policy"
            help={managedCache?.summary ?? (cacheChoice === 'legacy' ? 'Legacy ForwardedValues settings (deprecated): choose a policy to replace them.' : undefined)}
            value={cacheChoice}
            options={[
              ...OFFERED_CACHE_POLICIES.map((n) => ({ value: `managed:${n}` as const, label: `Managed: ${n}` })),
              { value: 'custom', label: 'Custom policy (in the template)' },
              { value: 'policyId', label: 'Existing policy by ID' },
              ...(cacheChoice === 'legacy' ? [{ value: 'legacy' as const, label: 'Legacy ForwardedValues' }] : []),
            ]}
            onChange={(v) =>
              onChange((b) => {
                if (v.startsWith('managed:')) b.cache = { policy: v.slice('managed:'.length) as ManagedCachePolicyName };
                else if (v === 'policyId') b.cache = { policyId: '' };
                else if (v === 'custom') {
                  const honour = intentSettings('honour').cache;
                  if ('custom' in honour) b.cache = { custom: honour.custom };
                }
              })
            }
          />
          {'policyId' in behavior.cache && (
            <TextField path={[...path, 'cache', 'policyId']} label="Cache policy ID" value={behavior.cache.policyId} onChange={(v) => onChange((b) => void (b.cache = { policyId: v }))} />
          )}
          {'custom' in behavior.cache && (
            <CustomCacheFields path={path} policy={behavior.cache.custom} onChange={(m) => onChange((b) => void ('custom' in b.cache && m(b.cache.custom)))} />
          )}
        </div>
      )}
      <SelectField<OriginRequestChoice>
        path={[...path, 'originRequest']}
        label="Origin request policy"
        help={
          orTraits
            ? `Forwards: ${orTraits.summary}`
            : orChoice === 'none'
              ? 'Nothing beyond the cache key reaches the origin: with CachingDisabled that means no Authorization, cookies or query strings.'
              : 'A policy defined elsewhere.'
        }
        value={orChoice}
        options={[
          ...MANAGED_ORIGIN_REQUEST_POLICY_NAMES.map((n) => ({ value: `managed:${n}` as const, label: `${n}${n === 'AllViewerExceptHostHeader' ? ' (recommended for APIs)' : ''}` })),
          { value: 'none', label: 'None' },
          { value: 'policyId', label: 'Existing policy by ID' },
          ...(orChoice === 'custom' ? [{ value: 'custom' as const, label: 'Custom policy' }] : []),
        ]}
        onChange={(v) =>
          onChange((b) => {
            if (v.startsWith('managed:')) b.originRequest = { policy: v.slice('managed:'.length) as ManagedOriginRequestPolicyName };
            else if (v === 'none') b.originRequest = null;
            else if (v === 'policyId') b.originRequest = { policyId: '' };
          })
        }
      />
      {behavior.originRequest && 'policyId' in behavior.originRequest && (
        <TextField path={[...path, 'originRequest', 'policyId']} label="Origin request policy ID" value={behavior.originRequest.policyId} onChange={(v) => onChange((b) => void (b.originRequest = { policyId: v }))} />
      )}
      <SelectField<ResponseHeadersChoice>
        path={[...path, 'responseHeaders']}
        label="Response headers policy"
        help="Optional. A CORS policy here conflicts with CORS the API already answers."
        value={rhChoice}
        options={[
          { value: 'none', label: 'None' },
          ...MANAGED_RESPONSE_HEADERS_POLICY_NAMES.map((n) => ({ value: `managed:${n}` as const, label: n })),
          { value: 'policyId', label: 'Existing policy by ID' },
        ]}
        onChange={(v) =>
          onChange((b) => {
            if (v.startsWith('managed:')) b.responseHeaders = { policy: v.slice('managed:'.length) as ManagedResponseHeadersPolicyName };
            else if (v === 'none') b.responseHeaders = null;
            else b.responseHeaders = { policyId: '' };
          })
        }
      />
      {behavior.responseHeaders && 'policyId' in behavior.responseHeaders && (
        <TextField path={[...path, 'responseHeaders', 'policyId']} label="Response headers policy ID" value={behavior.responseHeaders.policyId} onChange={(v) => onChange((b) => void (b.responseHeaders = { policyId: v }))} />
      )}
      <div className="checks">
        <CheckboxField path={[...path, 'compress']} label="Compress responses at the edge" help="Works only when the cache policy caches and allows Gzip or Brotli." checked={behavior.compress} onChange={(v) => onChange((b) => void (b.compress = v))} />
        {!isDefault && (
          <CheckboxField
            path={[...path, 'stripPrefix']}
            label={prefix ? `Strip the prefix ${prefix} before the origin` : 'Strip the prefix before the origin'}
            help={
              prefix
                ? `CloudFront never removes the matched path; a small CloudFront Function sends ${prefix}/users as /users.`
                : 'Only for patterns like /api/* or /api (a literal prefix).'
            }
            checked={behavior.stripPrefix}
            onChange={(v) => onChange((b) => void (b.stripPrefix = v))}
          />
        )}
        {!isApi && (
          <CheckboxField
            path={[...path, 'spaFallback']}
            label="Single-page app: serve /index.html for app routes"
            help="A CloudFront Function on this behavior only sends paths without a file extension (/orders/42) to /index.html. Unlike error pages, it never touches the API's answers."
            checked={behavior.spaFallback === true}
            onChange={(v) => onChange((b) => void (b.spaFallback = v))}
          />
        )}
        <CheckboxField
          path={[...path, 'forwardedHost']}
          label="Send the viewer host as X-Forwarded-Host"
          help="CloudFront replaces Host with the API's own host; this lets the API build public URLs."
          checked={behavior.forwardedHost}
          onChange={(v) => onChange((b) => void (b.forwardedHost = v))}
        />
      </div>
    </div>
  );
}

/**
 * Memoised: with 75 behaviors a keystroke re-renders only the editor whose behavior changed (the
 * wizard state keeps unchanged behaviors' objects, see shareUnchanged).
 */
export const BehaviorEditor = memo(
  BehaviorEditorImpl,
  (a, b) => a.origins === b.origins && a.behavior === b.behavior && a.onChange === b.onChange && a.path.join('.') === b.path.join('.'),
);
