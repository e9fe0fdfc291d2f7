/**
 * Terraform renderer: deriveSettings(config) -> main.tf, variables.tf, outputs.tf, versions.tf for the
 * hashicorp/aws provider (6.x). Fed by the same settings as the CloudFormation template; the tests parse
 * every file with HashiCorp's HCL parser, check resource types and attribute names against the
 * provider's schema, and compare the result with the CloudFormation render property by property.
 *
 * Choices that differ from the template, on purpose (commented in the output):
 * - managed policies by their fixed IDs (a data source by name would need AWS credentials to plan);
 * - the verify-header secret is read from Secrets Manager (it then sits in the state, as any secret
 *   Terraform passes on does: keep the state encrypted);
 * - S3 origins use origin access control; `restrictions` is written out (Terraform requires it).
 */
import type { ApifrontConfig } from '../../model/schema';
import { webAclDescription } from '../cloudformation';
import { hclString, snakeName, verifySecretName } from '../code-emit';
import type { RenderedFile } from '../index';
import {
  deriveSettings,
  outputTarget,
  type BehaviorSettings,
  type CachePolicyResourceSettings,
  type OriginRequestPolicyResourceSettings,
  type OriginSettings,
  type Settings,
  type WafLockdownSettings,
} from '../settings';

/** The provider version the tests check attribute names against (@cdktf/provider-aws 21.22.1). */
export const AWS_PROVIDER_CONSTRAINT = '>= 6.25.0, < 7.0.0';

/** HCL text with indentation; values are quoted by the caller (hclString) or are expressions. */
class Hcl {
  private readonly lines: string[] = [];
  line(indent: number, text = ''): this {
    this.lines.push(text === '' ? '' : `${'  '.repeat(indent)}${text}`);
    return this;
  }
  comment(indent: number, text: string): this {
    return this.line(indent, `# ${text}`);
  }
  attr(indent: number, key: string, value: string | number | boolean): this {
    return this.line(indent, `${key} = ${typeof value === 'string' ? value : String(value)}`);
  }
  text(indent: number, key: string, value: string): this {
    return this.attr(indent, key, hclString(value));
  }
  toString(): string {
    return `${this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  }
}

const strList = (items: readonly string[]) => `[${items.map(hclString).join(', ')}]`;
const providerAlias = (region: string) => `aws.${snakeName(region)}`;
const secretData = (o: OriginSettings, region: string) => `${snakeName(o.id)}_verify_secret${region === 'us-east-1' ? '' : `_${snakeName(region)}`}`;

function stackName(settings: Settings): string {
  return settings.stacks[0]?.stackName ?? 'apifront';
}

// ---------------------------------------------------------------------------------------------
// Policies and functions
// ---------------------------------------------------------------------------------------------

/** `headers_config { header_behavior = ...; headers { items = [...] } }` and the cookie and query string twins. */
function keyConfigs(h: Hcl, indent: number, p: CachePolicyResourceSettings | OriginRequestPolicyResourceSettings): void {
  const parts: [string, string, string, { behavior: string; names: string[] }][] = [
    ['headers_config', 'header_behavior', 'headers', p.headers],
    ['cookies_config', 'cookie_behavior', 'cookies', p.cookies],
    ['query_strings_config', 'query_string_behavior', 'query_strings', p.queryStrings],
  ];
  for (const [block, key, list, c] of parts) {
    h.line(indent, `${block} {`).text(indent + 1, key, c.behavior);
    const named = c.behavior !== 'none' && c.behavior !== 'all' && c.behavior !== 'allViewer' && c.names.length > 0;
    if (named) h.line(indent + 1, `${list} {`).attr(indent + 2, 'items', strList(c.names)).line(indent + 1, '}');
    h.line(indent, '}');
  }
}

function policies(h: Hcl, settings: Settings): void {
  const prefix = stackName(settings);
  for (const p of settings.cachePolicies) {
    h.line(0, `resource "aws_cloudfront_cache_policy" "${snakeName(p.logicalId)}" {`)
      .comment(1, 'Policy names are unique per account: prefixed with the stack name.')
      .text(1, 'name', `${prefix}-${p.nameSuffix}`)
      .text(1, 'comment', p.comment)
      .attr(1, 'min_ttl', p.minTtl)
      .attr(1, 'default_ttl', p.defaultTtl)
      .attr(1, 'max_ttl', p.maxTtl)
      .line(1, 'parameters_in_cache_key_and_forwarded_to_origin {')
      .attr(2, 'enable_accept_encoding_gzip', p.gzip)
      .attr(2, 'enable_accept_encoding_brotli', p.brotli);
    keyConfigs(h, 2, p);
    h.line(1, '}').line(0, '}').line(0);
  }
  for (const p of settings.originRequestPolicies) {
    h.line(0, `resource "aws_cloudfront_origin_request_policy" "${snakeName(p.logicalId)}" {`)
      .text(1, 'name', `${prefix}-${p.nameSuffix}`)
      .text(1, 'comment', p.comment);
    keyConfigs(h, 1, p);
    h.line(0, '}').line(0);
  }
  for (const f of settings.functions) {
    h.line(0, `resource "aws_cloudfront_function" "${snakeName(f.logicalId)}" {`)
      .comment(1, 'Function names are unique per account and at most 64 characters.')
      .text(1, 'name', `${prefix}-${f.nameSuffix}`)
      .text(1, 'comment', f.comment)
      .text(1, 'runtime', f.runtime)
      .comment(1, 'Associations need the LIVE stage (fact 130): publish on every change.')
      .attr(1, 'publish', true)
      // A heredoc keeps the code readable; `${` and `%{` are escaped so HCL never interpolates it.
      .line(1, `code = <<-EOT`);
    for (const l of f.code.replace(/\n$/, '').split('\n')) h.line(2, l.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{'));
    h.line(2, 'EOT').line(0, '}').line(0);
  }
}

// ---------------------------------------------------------------------------------------------
// Distribution
// ---------------------------------------------------------------------------------------------

function originBlock(h: Hcl, settings: Settings, o: OriginSettings): void {
  h.line(1, 'origin {').text(2, 'origin_id', o.id).text(2, 'domain_name', o.domainName);
  if (o.originPath) {
    if (o.api && !o.api.customDomain) h.comment(2, `The stage: CloudFront prepends it, so /users reaches ${o.originPath}/users (fact 63).`);
    h.text(2, 'origin_path', o.originPath);
  }
  h.attr(2, 'connection_attempts', o.connectionAttempts).attr(2, 'connection_timeout', o.connectionTimeout);
  const c = o.customOriginConfig;
  if (c) {
    h.line(2, 'custom_origin_config {')
      .text(3, 'origin_protocol_policy', c.protocolPolicy)
      .comment(3, 'Explicit: a list, not a minimum; older defaults included TLSv1 and SSLv3 (facts 73, 74).')
      .attr(3, 'origin_ssl_protocols', strList(c.sslProtocols))
      .attr(3, 'http_port', c.httpPort)
      .attr(3, 'https_port', c.httpsPort)
      .attr(3, 'origin_read_timeout', c.readTimeout)
      .attr(3, 'origin_keepalive_timeout', c.keepAliveTimeout)
      .line(2, '}');
  } else {
    h.comment(2, 'Origin access control; add a bucket policy that lets this distribution read the bucket.')
      .attr(2, 'origin_access_control_id', `aws_cloudfront_origin_access_control.${snakeName(o.logicalStem)}.id`)
      .line(2, 's3_origin_config {')
      .text(3, 'origin_access_identity', '')
      .line(2, '}');
  }
  for (const header of o.customHeaders) {
    h.line(2, 'custom_header {').text(3, 'name', header.name);
    if (typeof header.value === 'string') h.text(3, 'value', header.value);
    else {
      h.comment(3, 'Shared secret from Secrets Manager; CloudFront overwrites any viewer value (fact 85).');
      h.attr(3, 'value', `data.aws_secretsmanager_secret_version.${secretData(o, 'us-east-1')}.secret_string`);
    }
    h.line(2, '}');
  }
  void settings;
  h.line(1, '}');
}

function policyId(p: BehaviorSettings['cachePolicy'] | BehaviorSettings['originRequestPolicy'], resource: string): string | null {
  if (p === null || p.kind === 'legacy') return null;
  if (p.kind === 'custom') return `${resource}.${snakeName(p.policy.logicalId)}.id`;
  return hclString(p.id);
}

function behaviorBlock(h: Hcl, b: BehaviorSettings): void {
  h.line(1, b.isDefault ? 'default_cache_behavior {' : 'ordered_cache_behavior {');
  if (b.pathPattern !== null) h.text(2, 'path_pattern', b.pathPattern);
  h.text(2, 'target_origin_id', b.targetOriginId)
    .text(2, 'viewer_protocol_policy', b.viewerProtocolPolicy)
    .attr(2, 'allowed_methods', strList(b.allowedMethods))
    .attr(2, 'cached_methods', strList(b.cachedMethods));
  const cache = policyId(b.cachePolicy, 'aws_cloudfront_cache_policy');
  if (cache) {
    if (b.cachePolicy.kind === 'managed') h.comment(2, `Managed-${b.cachePolicy.name}${b.cachePolicy.name === 'CachingDisabled' ? ': API responses are never cached or shared (fact 1)' : ''}.`);
    h.attr(2, 'cache_policy_id', cache);
  }
  const orp = policyId(b.originRequestPolicy, 'aws_cloudfront_origin_request_policy');
  if (orp) {
    if (b.originRequestPolicy?.kind === 'managed') {
      h.comment(2, `Managed-${b.originRequestPolicy.name}${b.originRequestPolicy.name === 'AllViewerExceptHostHeader' ? ': Authorization, query strings and cookies reach the API; Host does not (facts 6, 87)' : ''}.`);
    }
    h.attr(2, 'origin_request_policy_id', orp);
  }
  if (b.responseHeadersPolicy) {
    if (b.responseHeadersPolicy.kind === 'managed') h.comment(2, `Managed-${b.responseHeadersPolicy.name}.`);
    h.text(2, 'response_headers_policy_id', b.responseHeadersPolicy.id);
  }
  h.attr(2, 'compress', b.compress);
  const c = b.cachePolicy;
  if (c.kind === 'legacy') {
    h.comment(2, 'Legacy settings, as the config asks; cache policies are recommended (fact 56).');
    h.line(2, 'forwarded_values {').attr(3, 'query_string', c.queryString);
    if (c.queryStringCacheKeys.length > 0) h.attr(3, 'query_string_cache_keys', strList(c.queryStringCacheKeys));
    if (c.headers.length > 0) h.attr(3, 'headers', strList(c.headers));
    h.line(3, 'cookies {').text(4, 'forward', c.cookies.forward);
    if (c.cookies.forward === 'whitelist' && c.cookies.names.length > 0) h.attr(4, 'whitelisted_names', strList(c.cookies.names));
    h.line(3, '}').line(2, '}');
    if (c.minTtl !== undefined) h.attr(2, 'min_ttl', c.minTtl);
    if (c.defaultTtl !== undefined) h.attr(2, 'default_ttl', c.defaultTtl);
    if (c.maxTtl !== undefined) h.attr(2, 'max_ttl', c.maxTtl);
  }
  if (b.function) {
    h.comment(2, `${b.function.comment}; CloudFront itself never strips the pattern (fact 33).`)
      .line(2, 'function_association {')
      .text(3, 'event_type', b.function.eventType)
      .attr(3, 'function_arn', `aws_cloudfront_function.${snakeName(b.function.logicalId)}.arn`)
      .line(2, '}');
  }
  h.line(1, '}');
}

function certificateExpression(settings: Settings): string | null {
  const v = settings.distribution.viewerCertificate;
  if (v.kind === 'default') return null;
  if (v.source.kind === 'parameter') return 'var.certificate_arn';
  return 'aws_acm_certificate_validation.certificate.certificate_arn';
}

function distribution(h: Hcl, settings: Settings): void {
  const d = settings.distribution;
  for (const o of d.origins.filter((x) => !x.customOriginConfig)) {
    h.line(0, `resource "aws_cloudfront_origin_access_control" "${snakeName(o.logicalStem)}" {`)
      .text(1, 'name', `${stackName(settings)}-${o.id}`.slice(0, 64))
      .text(1, 'origin_access_control_origin_type', 's3')
      .text(1, 'signing_behavior', 'always')
      .text(1, 'signing_protocol', 'sigv4')
      .line(0, '}')
      .line(0);
  }
  h.line(0, 'resource "aws_cloudfront_distribution" "distribution" {')
    .text(1, 'comment', d.comment)
    .attr(1, 'enabled', d.enabled);
  if (d.aliases.length > 0) h.attr(1, 'aliases', strList(d.aliases));
  h.comment(1, 'Explicit, as in the CloudFormation template (fact 111).')
    .text(1, 'http_version', d.httpVersion)
    .attr(1, 'is_ipv6_enabled', d.ipv6Enabled)
    .text(1, 'price_class', d.priceClass);
  if (d.webAclArn) h.text(1, 'web_acl_id', d.webAclArn);
  if (d.defaultRootObject) h.text(1, 'default_root_object', d.defaultRootObject);
  if (d.logging) {
    h.line(1, 'logging_config {')
      .text(2, 'bucket', d.logging.bucket)
      .text(2, 'prefix', d.logging.prefix)
      .attr(2, 'include_cookies', d.logging.includeCookies)
      .line(1, '}');
  }
  h.line(0);
  for (const o of d.origins) originBlock(h, settings, o);
  h.line(0);
  const def = d.behaviors.find((b) => b.isDefault) as BehaviorSettings;
  behaviorBlock(h, def);
  const ordered = d.behaviors.filter((b) => !b.isDefault);
  if (ordered.length > 0) h.comment(1, 'In the order CloudFront evaluates them: the first matching pattern wins.');
  for (const b of ordered) behaviorBlock(h, b);
  if (d.customErrorResponses.some((e) => e.errorCachingMinTtl === 0)) {
    h.comment(1, 'Error caching TTL 0: otherwise CloudFront serves API errors from cache (facts 125-127).');
  }
  for (const e of d.customErrorResponses) {
    h.line(1, 'custom_error_response {').attr(2, 'error_code', e.errorCode).attr(2, 'error_caching_min_ttl', e.errorCachingMinTtl);
    if (e.responseCode !== null) h.attr(2, 'response_code', e.responseCode);
    if (e.responsePagePath !== null) h.text(2, 'response_page_path', e.responsePagePath);
    h.line(1, '}');
  }
  h.comment(1, 'Required by the provider; CloudFormation leaves it out for the same meaning.')
    .line(1, 'restrictions {')
    .line(2, 'geo_restriction {')
    .text(3, 'restriction_type', 'none')
    .line(2, '}')
    .line(1, '}');
  const v = d.viewerCertificate;
  const arn = certificateExpression(settings);
  h.line(1, 'viewer_certificate {');
  if (v.kind === 'acm' && arn) {
    h.attr(2, 'acm_certificate_arn', arn).text(2, 'ssl_support_method', v.sslSupportMethod).text(2, 'minimum_protocol_version', v.minimumProtocolVersion);
  } else {
    h.attr(2, 'cloudfront_default_certificate', true);
  }
  h.line(1, '}').line(0, '}').line(0);
}

// ---------------------------------------------------------------------------------------------
// Certificate, DNS, lock-down
// ---------------------------------------------------------------------------------------------

function certificate(h: Hcl, settings: Settings): void {
  const c = settings.certificate;
  if (!c) return;
  h.comment(0, 'CloudFront takes certificates from us-east-1 only (fact 93): the aliased provider.')
    .line(0, 'resource "aws_acm_certificate" "certificate" {')
    .attr(1, 'provider', 'aws.us_east_1')
    .text(1, 'domain_name', c.domainName);
  if (c.subjectAlternativeNames.length > 0) h.attr(1, 'subject_alternative_names', strList(c.subjectAlternativeNames));
  h.text(1, 'validation_method', c.validationMethod)
    .line(1, 'lifecycle {')
    .attr(2, 'create_before_destroy', true)
    .line(1, '}')
    .line(0, '}')
    .line(0);
  if (c.domainValidationOptions.length > 0) {
    h.comment(0, 'DNS validation records in your zone: validation is automatic (fact 143).')
      .line(0, 'resource "aws_route53_record" "certificate_validation" {')
      .line(1, 'for_each = {')
      .line(2, 'for o in aws_acm_certificate.certificate.domain_validation_options : o.domain_name => o')
      .line(1, '}')
      .attr(1, 'zone_id', 'var.hosted_zone_id')
      .attr(1, 'name', 'each.value.resource_record_name')
      .attr(1, 'type', 'each.value.resource_record_type')
      .attr(1, 'records', '[each.value.resource_record_value]')
      .attr(1, 'ttl', 300)
      .attr(1, 'allow_overwrite', true)
      .line(0, '}')
      .line(0);
  } else {
    h.comment(0, 'No Route 53 zone: add the CNAME records in the certificate_validation_records output; apply waits until ACM sees them.');
  }
  h.line(0, 'resource "aws_acm_certificate_validation" "certificate" {')
    .attr(1, 'provider', 'aws.us_east_1')
    .attr(1, 'certificate_arn', 'aws_acm_certificate.certificate.arn');
  if (c.domainValidationOptions.length > 0) h.attr(1, 'validation_record_fqdns', '[for r in aws_route53_record.certificate_validation : r.fqdn]');
  h.line(0, '}').line(0);
}

function records(h: Hcl, settings: Settings): void {
  if (settings.dnsRecords.length === 0) return;
  h.comment(0, "Alias records: the distribution's hosted_zone_id is CloudFront's fixed Z2FDTNDATAQYW2, not your zone (facts 131, 140).");
  for (const r of settings.dnsRecords) {
    h.line(0, `resource "aws_route53_record" "${snakeName(r.logicalId)}" {`)
      .attr(1, 'zone_id', 'var.hosted_zone_id')
      .text(1, 'name', r.name)
      .text(1, 'type', r.type)
      .line(1, 'alias {')
      .attr(2, 'name', 'aws_cloudfront_distribution.distribution.domain_name')
      .attr(2, 'zone_id', 'aws_cloudfront_distribution.distribution.hosted_zone_id')
      .attr(2, 'evaluate_target_health', r.aliasTarget.evaluateTargetHealth)
      .line(1, '}')
      .line(0, '}')
      .line(0);
  }
}

function lockdowns(h: Hcl, settings: Settings): void {
  const prefix = stackName(settings);
  for (const l of settings.lockdowns) {
    if (l.kind === 'authorizer') {
      h.comment(0, `Lock-down of origin "${l.originId}" (not in this configuration: it lives in the API):`);
      for (const step of l.outline) h.comment(0, `  - ${step}`);
      h.line(0);
      continue;
    }
    if (l.kind !== 'waf') {
      // Origin mutual TLS: not expressed in this Terraform output yet; the CloudFormation template and the
      // console steps carry it.
      h.comment(0, `Lock-down of origin "${l.originId}" by origin mutual TLS: set it up as the CloudFormation template or the console steps say.`);
      h.line(0);
      continue;
    }
    wafLockdown(h, settings, l, l.region === 'us-east-1' ? prefix : `${prefix}-lockdown`);
  }
}

function wafLockdown(h: Hcl, settings: Settings, l: WafLockdownSettings, prefix: string): void {
  const origin = settings.distribution.origins.find((o) => o.id === l.originId);
  const metric = `${l.originId}-lockdown`.replace(/[^A-Za-z0-9_-]/g, '-');
  const name = snakeName(l.webAclLogicalId);
  const provider = l.region === 'us-east-1' ? 'aws.us_east_1' : providerAlias(l.region);
  const secret = origin ? secretData(origin, l.region) : 'verify_secret';
  const visibility = (indent: number, metricName: string) =>
    h
      .line(indent, 'visibility_config {')
      .attr(indent + 1, 'sampled_requests_enabled', true)
      .attr(indent + 1, 'cloudwatch_metrics_enabled', true)
      .text(indent + 1, 'metric_name', metricName)
      .line(indent, '}');
  h.comment(0, `A REGIONAL web ACL in the API's Region (${l.region}) blocks calls without the secret (fact 152).`)
    .line(0, `resource "aws_wafv2_web_acl" "${name}" {`)
    .attr(1, 'provider', provider)
    .text(1, 'name', `${prefix}-${metric}`)
    .text(1, 'description', webAclDescription(l))
    .text(1, 'scope', 'REGIONAL')
    .line(1, 'default_action {')
    .line(2, 'allow {}')
    .line(1, '}')
    .line(1, 'rule {')
    .text(2, 'name', 'require-cloudfront-secret')
    .attr(2, 'priority', 0)
    .line(2, 'action {')
    .line(3, 'block {}')
    .line(2, '}')
    .line(2, 'statement {')
    .line(3, 'not_statement {')
    .line(4, 'statement {')
    .line(5, 'byte_match_statement {')
    .text(6, 'positional_constraint', 'EXACTLY')
    .attr(6, 'search_string', `data.aws_secretsmanager_secret_version.${secret}.secret_string`)
    .line(6, 'field_to_match {')
    .line(7, 'single_header {')
    .text(8, 'name', l.headerName.toLowerCase())
    .line(7, '}')
    .line(6, '}')
    .line(6, 'text_transformation {')
    .attr(7, 'priority', 0)
    .text(7, 'type', 'NONE')
    .line(6, '}')
    .line(5, '}')
    .line(4, '}')
    .line(3, '}')
    .line(2, '}');
  visibility(2, `${metric}-blocked`);
  h.line(1, '}');
  visibility(1, metric);
  h.line(0, '}')
    .line(0)
    .comment(0, 'WAF attaches to REST API stages only (fact 152).')
    .line(0, `resource "aws_wafv2_web_acl_association" "${snakeName(l.associationLogicalId)}" {`)
    .attr(1, 'provider', provider)
    .text(1, 'resource_arn', l.stageArn)
    .attr(1, 'web_acl_arn', `aws_wafv2_web_acl.${name}.arn`)
    .line(0, '}')
    .line(0);
}

/** One data source per (origin, Region) that reads the verify secret. */
function secretSources(h: Hcl, settings: Settings): void {
  for (const o of settings.distribution.origins) {
    if (!o.customHeaders.some((x) => typeof x.value !== 'string')) continue;
    const regions = new Set(['us-east-1', ...settings.lockdowns.filter((l) => l.kind === 'waf' && l.originId === o.id).map((l) => l.region)]);
    for (const region of [...regions].sort()) {
      h.comment(0, `The ${o.id} verify-header secret, created beforehand in ${region}:`)
        .comment(0, `  aws secretsmanager create-secret --region ${region} --name ${verifySecretName(settings, o)} --secret-string '<16+ random characters>'`)
        .line(0, `data "aws_secretsmanager_secret_version" "${secretData(o, region)}" {`)
        .attr(1, 'provider', region === 'us-east-1' ? 'aws.us_east_1' : providerAlias(region))
        .text(1, 'secret_id', verifySecretName(settings, o))
        .line(0, '}')
        .line(0);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

function lockdownRegions(settings: Settings): string[] {
  return [...new Set(settings.lockdowns.filter((l) => l.kind === 'waf' && l.region !== 'us-east-1').map((l) => l.region))].sort();
}

function versionsTf(settings: Settings): string {
  const h = new Hcl();
  h.line(0, 'terraform {')
    .attr(1, 'required_version', hclString('>= 1.5.0'))
    .line(1, 'required_providers {')
    .line(2, 'aws = {')
    .text(3, 'source', 'hashicorp/aws')
    .text(3, 'version', AWS_PROVIDER_CONSTRAINT)
    .line(2, '}')
    .line(1, '}')
    .line(0, '}')
    .line(0)
    .comment(0, 'CloudFront, its policies and functions are global; the default provider can be in any Region.')
    .line(0, 'provider "aws" {')
    .attr(1, 'region', 'var.region')
    .line(0, '}')
    .line(0)
    .comment(0, 'ACM certificates for CloudFront must be in us-east-1 (fact 93).')
    .line(0, 'provider "aws" {')
    .text(1, 'alias', 'us_east_1')
    .text(1, 'region', 'us-east-1')
    .line(0, '}');
  for (const region of lockdownRegions(settings)) {
    h.line(0)
      .comment(0, `The API's Region: a REGIONAL web ACL must live there (fact 152).`)
      .line(0, 'provider "aws" {')
      .text(1, 'alias', snakeName(region))
      .text(1, 'region', region)
      .line(0, '}');
  }
  return h.toString();
}

function variablesTf(settings: Settings): string {
  const h = new Hcl();
  const api = settings.distribution.origins.find((o) => o.api)?.api;
  h.line(0, 'variable "region" {')
    .text(1, 'description', 'Region of the default provider (CloudFront itself is global).')
    .attr(1, 'type', 'string')
    .text(1, 'default', api?.region ?? 'us-east-1')
    .line(0, '}');
  for (const p of settings.stacks[0]?.parameters ?? []) {
    if (p.secret) continue;
    const name = snakeName(p.name);
    h.line(0).line(0, `variable "${name}" {`).text(1, 'description', p.description).attr(1, 'type', 'string');
    if (p.default !== undefined) h.text(1, 'default', p.default);
    h.line(0, '}');
  }
  return h.toString();
}

function outputsTf(settings: Settings): string {
  const h = new Hcl();
  const distributionValue = {
    distributionId: 'aws_cloudfront_distribution.distribution.id',
    distributionDomainName: 'aws_cloudfront_distribution.distribution.domain_name',
    distributionUrl: '"https://${aws_cloudfront_distribution.distribution.domain_name}"',
  };
  for (const o of settings.outputs) {
    const target = outputTarget(o);
    const value = typeof target === 'string' ? distributionValue[target] : hclString(target.literal);
    h.line(0, `output "${snakeName(o.name)}" {`).text(1, 'description', o.description).attr(1, 'value', value).line(0, '}').line(0);
  }
  if (settings.certificate && settings.certificate.domainValidationOptions.length === 0) {
    h.line(0, 'output "certificate_validation_records" {')
      .text(1, 'description', 'CNAME records to add in your DNS so ACM can validate the certificate.')
      .attr(1, 'value', 'aws_acm_certificate.certificate.domain_validation_options')
      .line(0, '}');
  }
  return h.toString();
}

function mainTf(settings: Settings): string {
  const h = new Hcl();
  h.comment(0, `${settings.distribution.name}: CloudFront distribution in front of API Gateway. Generated by apifront.`)
    .comment(0, 'terraform init && terraform apply  (versions.tf pins the provider; variables.tf has the inputs).')
    .line(0);
  secretSources(h, settings);
  certificate(h, settings);
  policies(h, settings);
  distribution(h, settings);
  records(h, settings);
  lockdowns(h, settings);
  return h.toString();
}

export function renderTerraformFromSettings(settings: Settings): RenderedFile[] {
  return [
    { fileName: 'main.tf', content: mainTf(settings) },
    { fileName: 'variables.tf', content: variablesTf(settings) },
    { fileName: 'outputs.tf', content: outputsTf(settings) },
    { fileName: 'versions.tf', content: versionsTf(settings) },
  ];
}

export function renderTerraform(config: ApifrontConfig): RenderedFile[] {
  return renderTerraformFromSettings(deriveSettings(config));
}
