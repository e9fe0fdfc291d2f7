/**
 * Where findings go: every field and section the wizard renders has a config path. A finding sits
 * beside the field whose path is the longest prefix of the finding's path (so `domain.aliases[1]`
 * lands on the alias input and `domain.certificate` on the certificate group); with no such field it
 * falls back to the nearest section. The same anchor is the target of the findings panel's links.
 */
import { formatLocation, formatPath } from '../../core/location';
import type { AnyBehavior, ApifrontConfig } from '../../core/model/schema';
import type { Step } from '../../core/rules/types';
import type { PlainFinding } from '../engine/checks-protocol';
import { cacheIntentOf } from './cache-intents';

export type ConfigPath = readonly (string | number)[];
export type WizardStep = Exclude<Step, 'review'> | 'review';

/** `['behaviors', 0, 'cache']` -> `behaviors[0].cache`: the printed location, a stable key for maps. */
export function pathKey(path: ConfigPath): string {
  return formatPath(path);
}

/** The DOM id of a field or section for a config path. */
export function fieldId(path: ConfigPath): string {
  return path.length === 0 ? 'f-config' : `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The step whose screen shows a config path. */
export function stepOfPath(path: ConfigPath): WizardStep {
  switch (path[0]) {
    case 'domain':
      return 'domain';
    case 'origins':
      // Lock-down is chosen with the other security settings.
      return path[2] === 'lockdown' ? 'security' : 'origin';
    case 'behaviors':
    case 'defaultBehavior':
      return 'paths';
    case 'distribution':
      return 'security';
    default:
      return 'review';
  }
}

function behaviorPaths(base: ConfigPath, behavior: AnyBehavior): ConfigPath[] {
  const fields = ['originId', 'viewerProtocol', 'methods', 'cachedMethods', 'cache', 'originRequest', 'responseHeaders', 'compress', 'forwardedHost'];
  const paths: ConfigPath[] = [base, ...fields.map((f) => [...base, f])];
  if ('pathPattern' in behavior) paths.push([...base, 'pathPattern'], [...base, 'stripPrefix']);
  // Fields the behavior editor shows only for some choices.
  if (cacheIntentOf(behavior) === 'advanced') {
    if ('custom' in behavior.cache) {
      const c = [...base, 'cache', 'custom'];
      paths.push(...['minTtl', 'defaultTtl', 'maxTtl', 'queryStrings', 'headers', 'cookies', 'gzip', 'brotli'].map((f) => [...c, f]));
      for (const key of ['queryStrings', 'headers', 'cookies'] as const) {
        if (behavior.cache.custom[key].behavior !== 'none' && behavior.cache.custom[key].behavior !== 'all') paths.push([...c, key, 'names']);
      }
    }
    if ('policyId' in behavior.cache) paths.push([...base, 'cache', 'policyId']);
  }
  if (behavior.originRequest && 'policyId' in behavior.originRequest) paths.push([...base, 'originRequest', 'policyId']);
  if (behavior.responseHeaders && 'policyId' in behavior.responseHeaders) paths.push([...base, 'responseHeaders', 'policyId']);
  return paths;
}

/** Every config path that has a field or a section in the wizard, for this config. */
export function anchorPaths(config: ApifrontConfig): ConfigPath[] {
  const paths: ConfigPath[] = [['name'], ['domain'], ['domain', 'aliases'], ['domain', 'certificate'], ['domain', 'certificate', 'mode'], ['domain', 'dns'], ['domain', 'dns', 'mode'], ['origins']];
  // Fields the domain step shows only for some choices.
  const { certificate, dns } = config.domain;
  if (certificate.mode === 'existing') paths.push(['domain', 'certificate', 'arn'], ['domain', 'certificate', 'names']);
  if (certificate.mode !== 'none') paths.push(['domain', 'minimumProtocolVersion']);
  if (dns.mode === 'route53') paths.push(['domain', 'dns', 'hostedZoneId'], ['domain', 'dns', 'zoneName']);
  config.domain.aliases.forEach((_, i) => paths.push(['domain', 'aliases', i]));
  config.origins.forEach((origin, i) => {
    const o = ['origins', i];
    paths.push(o, [...o, 'id'], [...o, 'originPath'], [...o, 'customHeaders']);
    origin.customHeaders.forEach((_, h) => paths.push([...o, 'customHeaders', h, 'name'], [...o, 'customHeaders', h, 'value']));
    if (origin.type === 'apigateway') {
      const a = [...o, 'api'];
      paths.push(a, ...['kind', 'endpoint', 'id', 'region', 'stage', 'auth', 'cors', 'usesQueryStrings', 'usesCookies', 'integrationTimeout', 'executeApiEndpointDisabled', 'customDomain', 'routes'].map((f) => [...a, f]));
      paths.push(...['readTimeout', 'keepAliveTimeout', 'connectionAttempts', 'connectionTimeout', 'verifyHeader', 'lockdown'].map((f) => [...o, f]));
      if (origin.verifyHeader) paths.push([...o, 'verifyHeader', 'name']);
      const cd = origin.api.customDomain;
      if (cd) {
        const d = [...a, 'customDomain'];
        paths.push(...['name', 'regionalDomainName', 'basePath', 'endpoint', 'originHost', 'endpointAccessMode', 'routingMode'].map((f) => [...d, f]));
        // The routing-rule editor shows when a ROUTING_RULE_* mode is set or rules exist.
        if ((cd.routingMode ?? 'API_MAPPING_ONLY') !== 'API_MAPPING_ONLY' || (cd.routingRules?.length ?? 0) > 0) {
          paths.push([...d, 'routingRules']);
          (cd.routingRules ?? []).forEach((rule, i) => {
            const r = [...d, 'routingRules', i];
            paths.push(r, ...['priority', 'basePath', 'stripBasePath', 'headers'].map((f) => [...r, f]), [...r, 'target', 'apiId'], [...r, 'target', 'stage']);
            rule.headers.forEach((_, k) => paths.push([...r, 'headers', k, 'name'], [...r, 'headers', k, 'valueGlob']));
          });
        }
      }
    } else if (origin.type === 'custom') {
      paths.push(...['domainName', 'protocol', 'readTimeout', 'keepAliveTimeout', 'connectionAttempts', 'connectionTimeout'].map((f) => [...o, f]));
    } else {
      paths.push([...o, 'bucketDomainName']);
    }
  });
  paths.push(['behaviors'], ...behaviorPaths(['defaultBehavior'], config.defaultBehavior));
  config.behaviors.forEach((b, i) => paths.push(...behaviorPaths(['behaviors', i], b)));
  const dist = config.distribution;
  paths.push(['distribution'], ...['priceClass', 'httpVersion', 'ipv6', 'webAclArn', 'logging', 'errorCaching', 'errorPages', 'defaultRootObject', 'comment'].map((f) => ['distribution', f]));
  if (dist.logging) paths.push(...['bucket', 'prefix', 'includeCookies'].map((f) => ['distribution', 'logging', f]));
  dist.errorCaching.forEach((_, i) => paths.push(['distribution', 'errorCaching', i, 'code'], ['distribution', 'errorCaching', i, 'ttl']));
  dist.errorPages.forEach((_, i) => paths.push(...['code', 'responseCode', 'pagePath', 'ttl'].map((f) => ['distribution', 'errorPages', i, f])));
  return paths;
}

/** The anchor (field or section path) a config path is shown at: the longest known prefix. */
export function anchorOf(path: ConfigPath, anchors: ReadonlySet<string>): ConfigPath {
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    if (anchors.has(pathKey(prefix))) return prefix;
  }
  // Nothing matched (a top-level key without a field): show it with the config name on the review step.
  return ['name'];
}

export interface PlacedFinding {
  finding: PlainFinding;
  anchor: ConfigPath;
  /** Stable key (rule + message + location) for React lists. */
  key: string;
}

/** Place config findings at their anchors; template-only findings (no config path) are left out. */
export function placeFindings(findings: readonly PlainFinding[], config: ApifrontConfig): Map<string, PlacedFinding[]> {
  const anchors = new Set(anchorPaths(config).map(pathKey));
  const byAnchor = new Map<string, PlacedFinding[]>();
  for (const finding of findings) {
    const path = finding.location.configPath;
    if (!path) continue;
    const anchor = anchorOf(path, anchors);
    const key = `${finding.rule}:${finding.messageId}:${formatLocation(finding.location)}`;
    const list = byAnchor.get(pathKey(anchor)) ?? [];
    list.push({ finding, anchor, key });
    byAnchor.set(pathKey(anchor), list);
  }
  return byAnchor;
}
