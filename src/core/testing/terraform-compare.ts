/**
 * Test support: parse generated Terraform with HashiCorp's HCL parser (@cdktf/hcl2json, its Go parser
 * built to wasm) and map the resources to CloudFormation's shape, so canonicalStack (template-compare)
 * can compare them with the CloudFormation render. References resolve as in the template comparison:
 * variables to their defaults, policies, functions and certificates to their content, the verify
 * secret to a placeholder, and the distribution's `hosted_zone_id` attribute to CloudFront's fixed
 * Z2FDTNDATAQYW2 (what the provider returns for every distribution, fact 131).
 */
import { parse } from '@cdktf/hcl2json';
import type { RenderedFile } from '../render/index';
import { canonicalDistribution, canonicalRecord, SECRET, sortedJson, type CanonicalStack } from './template-compare';

type Json = unknown;
type Body = Record<string, Json>;
export type TerraformJson = Record<string, Record<string, Record<string, Body[]>>> & Record<string, unknown>;

/** Every file parsed and merged by top-level key (resource, data, variable, output, provider, terraform). */
export async function parseTerraform(files: readonly RenderedFile[]): Promise<TerraformJson> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const f of files) {
    const parsed = (await parse(f.fileName, f.content)) as Record<string, Record<string, unknown>>;
    for (const [top, value] of Object.entries(parsed)) {
      const into = (merged[top] ??= {});
      for (const [k, v] of Object.entries(value)) {
        const existing = into[k];
        into[k] = isRecord(existing) && isRecord(v) ? { ...existing, ...v } : Array.isArray(existing) && Array.isArray(v) ? [...existing, ...v] : v;
      }
    }
  }
  return merged as TerraformJson;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The single body of `resource "type" "name"`, or every (name, body) of a type. */
function resourcesOf(tf: TerraformJson, type: string): [string, Body][] {
  const byName = tf.resource?.[type] ?? {};
  return Object.entries(byName).map(([name, bodies]) => [name, (bodies as Body[])[0] as Body]);
}

const one = (v: Json): Body => ((Array.isArray(v) ? v[0] : v) ?? {}) as Body;
const many = (v: Json): Body[] => (Array.isArray(v) ? (v as Body[]) : []);
const compact = (o: Record<string, Json>): Record<string, Json> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function terraformCanonical(tf: TerraformJson): Map<string, CanonicalStack> {
  const variable = (name: string): Json => {
    const v = (tf.variable as Record<string, Body[]> | undefined)?.[name]?.[0];
    return v?.default ?? `<variable ${name}>`;
  };
  const get = (type: string, name: string): Body | undefined => tf.resource?.[type]?.[name]?.[0];

  const resolveExpr = (expr: string): Json => {
    const parts = expr.split('.');
    if (parts[0] === 'var') return variable(parts[1] as string);
    if (parts[0] === 'data' && parts[1] === 'aws_secretsmanager_secret_version') return SECRET;
    const [type, name, attribute] = parts as [string, string, string];
    const body = get(type, name);
    if (!body) return `<unknown ${expr}>`;
    switch (type) {
      case 'aws_cloudfront_cache_policy':
        return { 'AWS::CloudFront::CachePolicy': cachePolicy(body) };
      case 'aws_cloudfront_origin_request_policy':
        return { 'AWS::CloudFront::OriginRequestPolicy': originRequestPolicy(body) };
      case 'aws_cloudfront_function':
        return { 'AWS::CloudFront::Function': fn(body) };
      case 'aws_acm_certificate_validation':
        return { 'AWS::CertificateManager::Certificate': certificate() };
      case 'aws_cloudfront_distribution':
        return attribute === 'hosted_zone_id' ? 'Z2FDTNDATAQYW2' : `<AWS::CloudFront::Distribution.${attribute === 'domain_name' ? 'DomainName' : attribute}>`;
      case 'aws_wafv2_web_acl':
        return '<AWS::WAFv2::WebACL.Arn>';
      default:
        return `<${expr}>`;
    }
  };

  /** A whole-string reference `${a.b.c}` resolves; other strings stay as they are. */
  const r = (v: Json): Json => {
    if (typeof v !== 'string') return v;
    const m = /^\$\{([A-Za-z0-9_.-]+)\}$/.exec(v);
    return m ? resolveExpr(m[1] as string) : v;
  };

  const names = (behaviorKey: string, listKey: string, config: Body, bKey: string, lKey: string) => {
    const items = one(config[lKey]).items as string[] | undefined;
    return compact({ [behaviorKey]: config[bKey], [listKey]: items && items.length > 0 ? items : undefined });
  };
  const keyConfigs = (b: Body) => ({
    HeadersConfig: names('HeaderBehavior', 'Headers', one(b.headers_config), 'header_behavior', 'headers'),
    CookiesConfig: names('CookieBehavior', 'Cookies', one(b.cookies_config), 'cookie_behavior', 'cookies'),
    QueryStringsConfig: names('QueryStringBehavior', 'QueryStrings', one(b.query_strings_config), 'query_string_behavior', 'query_strings'),
  });
  const cachePolicy = (b: Body) => {
    const p = one(b.parameters_in_cache_key_and_forwarded_to_origin);
    return {
      CachePolicyConfig: {
        Name: b.name,
        Comment: b.comment,
        MinTTL: b.min_ttl,
        DefaultTTL: b.default_ttl,
        MaxTTL: b.max_ttl,
        ParametersInCacheKeyAndForwardedToOrigin: {
          EnableAcceptEncodingGzip: p.enable_accept_encoding_gzip,
          EnableAcceptEncodingBrotli: p.enable_accept_encoding_brotli,
          ...keyConfigs(p),
        },
      },
    };
  };
  const originRequestPolicy = (b: Body) => ({ OriginRequestPolicyConfig: { Name: b.name, Comment: b.comment, ...keyConfigs(b) } });
  const fn = (b: Body) => ({
    Name: b.name,
    AutoPublish: b.publish,
    FunctionConfig: { Comment: b.comment, Runtime: b.runtime },
    FunctionCode: b.code,
  });
  const certificate = (): Json => {
    const c = get('aws_acm_certificate', 'certificate');
    if (!c) return '<no certificate>';
    const sans = (c.subject_alternative_names as string[] | undefined) ?? [];
    const validated = get('aws_route53_record', 'certificate_validation');
    return compact({
      DomainName: c.domain_name,
      SubjectAlternativeNames: sans.length > 0 ? sans : undefined,
      ValidationMethod: c.validation_method,
      // for_each over the certificate's validation options: one record per name, in the record's zone.
      DomainValidationOptions: validated ? [c.domain_name, ...sans].map((n) => ({ DomainName: n, HostedZoneId: r(validated.zone_id) })) : undefined,
    });
  };

  const behavior = (b: Body): Body => {
    const fv = b.forwarded_values ? one(b.forwarded_values) : null;
    const cookies = fv ? one(fv.cookies) : null;
    return compact({
      PathPattern: b.path_pattern,
      TargetOriginId: b.target_origin_id,
      ViewerProtocolPolicy: b.viewer_protocol_policy,
      AllowedMethods: b.allowed_methods,
      CachedMethods: b.cached_methods,
      CachePolicyId: r(b.cache_policy_id),
      OriginRequestPolicyId: r(b.origin_request_policy_id),
      ResponseHeadersPolicyId: r(b.response_headers_policy_id),
      ForwardedValues: fv
        ? compact({
            QueryString: fv.query_string,
            QueryStringCacheKeys: fv.query_string_cache_keys,
            Headers: fv.headers,
            Cookies: compact({ Forward: cookies?.forward, WhitelistedNames: cookies?.whitelisted_names }),
          })
        : undefined,
      MinTTL: b.min_ttl,
      DefaultTTL: b.default_ttl,
      MaxTTL: b.max_ttl,
      Compress: b.compress,
      FunctionAssociations: b.function_association
        ? many(b.function_association).map((f) => ({ EventType: f.event_type, FunctionARN: r(f.function_arn) }))
        : undefined,
    });
  };

  const origin = (o: Body): Body => {
    const c = o.custom_origin_config ? one(o.custom_origin_config) : null;
    return compact({
      Id: o.origin_id,
      DomainName: o.domain_name,
      OriginPath: o.origin_path,
      ConnectionAttempts: o.connection_attempts,
      ConnectionTimeout: o.connection_timeout,
      CustomOriginConfig: c
        ? {
            OriginProtocolPolicy: c.origin_protocol_policy,
            OriginSSLProtocols: c.origin_ssl_protocols,
            HTTPPort: c.http_port,
            HTTPSPort: c.https_port,
            OriginReadTimeout: c.origin_read_timeout,
            OriginKeepaliveTimeout: c.origin_keepalive_timeout,
          }
        : undefined,
      S3OriginConfig: o.s3_origin_config ? { OriginAccessIdentity: one(o.s3_origin_config).origin_access_identity } : undefined,
      OriginCustomHeaders: o.custom_header ? many(o.custom_header).map((h) => ({ HeaderName: h.name, HeaderValue: r(h.value) })) : undefined,
    });
  };

  const distributionConfig = (d: Body): Record<string, Json> => {
    const v = one(d.viewer_certificate);
    const logging = d.logging_config ? one(d.logging_config) : null;
    const ordered = many(d.ordered_cache_behavior);
    const errors = many(d.custom_error_response);
    return compact({
      Comment: d.comment,
      Enabled: d.enabled,
      Aliases: d.aliases,
      ViewerCertificate: v.cloudfront_default_certificate
        ? { CloudFrontDefaultCertificate: true }
        : { AcmCertificateArn: r(v.acm_certificate_arn), SslSupportMethod: v.ssl_support_method, MinimumProtocolVersion: v.minimum_protocol_version },
      HttpVersion: d.http_version,
      IPV6Enabled: d.is_ipv6_enabled,
      PriceClass: d.price_class,
      WebACLId: d.web_acl_id,
      Logging: logging ? { Bucket: logging.bucket, Prefix: logging.prefix, IncludeCookies: logging.include_cookies } : undefined,
      DefaultRootObject: d.default_root_object,
      Origins: many(d.origin).map(origin),
      DefaultCacheBehavior: behavior(one(d.default_cache_behavior)),
      CacheBehaviors: ordered.length > 0 ? ordered.map(behavior) : undefined,
      CustomErrorResponses:
        errors.length > 0
          ? errors.map((e) =>
              compact({ ErrorCode: e.error_code, ErrorCachingMinTTL: e.error_caching_min_ttl, ResponseCode: e.response_code, ResponsePagePath: e.response_page_path }),
            )
          : undefined,
    });
  };

  const visibility = (v: Body) => ({
    SampledRequestsEnabled: v.sampled_requests_enabled,
    CloudWatchMetricsEnabled: v.cloudwatch_metrics_enabled,
    MetricName: v.metric_name,
  });
  const webAcl = (w: Body): Json => ({
    Name: w.name,
    Description: w.description,
    Scope: w.scope,
    DefaultAction: { Allow: {} },
    VisibilityConfig: visibility(one(w.visibility_config)),
    Rules: many(w.rule).map((rule) => {
      const byteMatch = one(one(one(one(rule.statement).not_statement).statement).byte_match_statement);
      return {
        Name: rule.name,
        Priority: rule.priority,
        Action: one(rule.action).block ? { Block: {} } : { Allow: {} },
        VisibilityConfig: visibility(one(rule.visibility_config)),
        Statement: {
          NotStatement: {
            Statement: {
              ByteMatchStatement: {
                FieldToMatch: { SingleHeader: { Name: one(one(byteMatch.field_to_match).single_header).name } },
                PositionalConstraint: byteMatch.positional_constraint,
                SearchString: r(byteMatch.search_string),
                TextTransformations: many(byteMatch.text_transformation).map((t) => ({ Priority: t.priority, Type: t.type })),
              },
            },
          },
        },
      };
    }),
  });

  /** The Region of a regional resource: its provider alias (`aws.eu_west_1`), us-east-1 for `aws.us_east_1`. */
  const regionOf = (b: Body): string => {
    const alias = /^\$\{aws\.([a-z0-9_]+)\}$/.exec(String(b.provider ?? ''))?.[1];
    if (!alias) return String(variable('region'));
    const provider = (tf.provider as Record<string, Body[]> | undefined)?.aws?.find((p) => p.alias === alias);
    return String(provider?.region ?? alias);
  };

  const stacks = new Map<string, CanonicalStack>();
  const stack = (region: string): CanonicalStack => {
    let s = stacks.get(region);
    if (!s) {
      s = { distribution: null, certificates: [], records: [], webAcls: [], associations: [] };
      stacks.set(region, s);
    }
    return s;
  };
  const main = stack('us-east-1');
  const dist = get('aws_cloudfront_distribution', 'distribution');
  main.distribution = dist ? canonicalDistribution(distributionConfig(dist)) : null;
  if (get('aws_acm_certificate', 'certificate')) main.certificates.push(certificate());
  main.records = resourcesOf(tf, 'aws_route53_record')
    .filter(([name]) => name !== 'certificate_validation')
    .map(([, b]) => {
      const alias = one(b.alias);
      return canonicalRecord({
        HostedZoneId: r(b.zone_id),
        Name: b.name,
        Type: b.type,
        AliasTarget: { DNSName: r(alias.name), HostedZoneId: r(alias.zone_id), EvaluateTargetHealth: alias.evaluate_target_health },
      });
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  for (const [, w] of resourcesOf(tf, 'aws_wafv2_web_acl')) stack(regionOf(w)).webAcls.push(webAcl(w));
  for (const [, a] of resourcesOf(tf, 'aws_wafv2_web_acl_association')) {
    stack(regionOf(a)).associations.push({ ResourceArn: a.resource_arn, WebACLArn: r(a.web_acl_arn) });
  }
  // As in the CloudFormation reading: the order of lock-downs in one Region carries no meaning.
  const byJson = (x: Json, y: Json) => sortedJson(x).localeCompare(sortedJson(y));
  for (const s of stacks.values()) {
    s.webAcls.sort(byJson);
    s.associations.sort(byJson);
  }
  return stacks;
}
