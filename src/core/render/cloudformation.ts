/**
 * CloudFormation renderer: config -> settings (deriveSettings) -> one template object per stack -> YAML
 * (short-form tags, comments on the non-obvious choices) or JSON. The main stack deploys to us-east-1;
 * a REST lock-down WAF whose API lives in another Region gets a second template for that Region.
 *
 * Key order is fixed by construction (objects are built in the order CloudFormation documents them),
 * and nothing depends on time or randomness, so the output is deterministic.
 */
import type { ApifrontConfig } from '../model/schema';
import type { CfnTemplate } from '../model/cfn-template';
import {
  deriveSettings,
  isValueRef,
  type BehaviorSettings,
  type BucketPolicySettings,
  type CachePolicyResourceSettings,
  type DistributionSettings,
  type FunctionSettings,
  type OriginRequestPolicyResourceSettings,
  type OriginSettings,
  type OutputSettings,
  type ParameterSettings,
  type Settings,
  type StackSettings,
  type Value,
  type WafLockdownSettings,
} from './settings';
import { escapeControls } from './printable';
import { shellAssignment, shellQuote } from './shell';
import { commentBlock, dumpCfnYaml, type YamlComment } from './yaml';

type Json = unknown;
type Path = (string | number)[];

/** One rendered stack: its template object plus the comments the YAML form carries. */
export interface StackTemplate {
  stack: StackSettings;
  template: CfnTemplate;
  /** Comments at key paths of the template (YAML only). */
  comments: YamlComment[];
  /** Header lines: what this is, where and in which order to deploy, the deploy command. */
  header: string[];
}

const ref = (name: string) => ({ Ref: name });
const getAtt = (logicalId: string, attribute: string) => ({ 'Fn::GetAtt': [logicalId, attribute] });
const sub = (template: string) => ({ 'Fn::Sub': template });

function value(v: Value<string> | OutputSettings['value']): Json {
  if (typeof v === 'string') return v;
  if (v.kind === 'sub') return sub(v.template);
  if (!isValueRef(v)) return v;
  if (v.kind === 'parameter') return ref(v.name);
  return v.attribute ? getAtt(v.logicalId, v.attribute) : ref(v.logicalId);
}

/** Adds `key: value` only when value is not undefined (keeps key order as written). */
function compact(entries: [string, Json][]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Distribution
// ---------------------------------------------------------------------------------------------

function originJson(o: OriginSettings): Json {
  return compact([
    ['Id', o.id],
    ['DomainName', o.domainName],
    ['OriginPath', o.originPath || undefined],
    ['ConnectionAttempts', o.connectionAttempts],
    ['ConnectionTimeout', o.connectionTimeout],
    ['ResponseCompletionTimeout', o.responseCompletionTimeout ?? undefined],
    [
      'CustomOriginConfig',
      o.customOriginConfig
        ? compact([
            ['OriginProtocolPolicy', o.customOriginConfig.protocolPolicy],
            ['OriginSSLProtocols', o.customOriginConfig.sslProtocols],
            ['HTTPPort', o.customOriginConfig.httpPort],
            ['HTTPSPort', o.customOriginConfig.httpsPort],
            ['OriginReadTimeout', o.customOriginConfig.readTimeout],
            ['OriginKeepaliveTimeout', o.customOriginConfig.keepAliveTimeout],
            ['IpAddressType', o.customOriginConfig.ipAddressType ?? undefined],
            [
              'OriginMtlsConfig',
              o.customOriginConfig.mtlsClientCertificateArn ? { ClientCertificateArn: o.customOriginConfig.mtlsClientCertificateArn } : undefined,
            ],
          ])
        : undefined,
    ],
    ['S3OriginConfig', o.customOriginConfig ? undefined : { OriginAccessIdentity: o.s3?.originAccessIdentity ?? '' }],
    ['OriginAccessControlId', o.s3?.oacLogicalId ? getAtt(o.s3.oacLogicalId, 'Id') : undefined],
    [
      'OriginCustomHeaders',
      o.customHeaders.length > 0 ? o.customHeaders.map((h) => ({ HeaderName: h.name, HeaderValue: value(h.value) })) : undefined,
    ],
  ]);
}

function behaviorJson(b: BehaviorSettings): Json {
  const cache = b.cachePolicy;
  const policyId = (p: { kind: string; id?: string; policy?: { logicalId: string } } | null): Json =>
    p === null ? undefined : p.kind === 'custom' ? ref((p.policy as { logicalId: string }).logicalId) : p.id;
  return compact([
    ['PathPattern', b.pathPattern ?? undefined],
    ['TargetOriginId', b.targetOriginId],
    ['ViewerProtocolPolicy', b.viewerProtocolPolicy],
    ['AllowedMethods', b.allowedMethods],
    ['CachedMethods', b.cachedMethods],
    ['CachePolicyId', cache.kind === 'legacy' ? undefined : policyId(cache)],
    ['OriginRequestPolicyId', policyId(b.originRequestPolicy)],
    ['ResponseHeadersPolicyId', b.responseHeadersPolicy?.id],
    [
      'ForwardedValues',
      cache.kind === 'legacy'
        ? compact([
            ['QueryString', cache.queryString],
            ['QueryStringCacheKeys', cache.queryStringCacheKeys.length > 0 ? cache.queryStringCacheKeys : undefined],
            ['Headers', cache.headers.length > 0 ? cache.headers : undefined],
            [
              'Cookies',
              compact([
                ['Forward', cache.cookies.forward],
                ['WhitelistedNames', cache.cookies.forward === 'whitelist' && cache.cookies.names.length > 0 ? cache.cookies.names : undefined],
              ]),
            ],
          ])
        : undefined,
    ],
    ['MinTTL', cache.kind === 'legacy' ? cache.minTtl : undefined],
    ['DefaultTTL', cache.kind === 'legacy' ? cache.defaultTtl : undefined],
    ['MaxTTL', cache.kind === 'legacy' ? cache.maxTtl : undefined],
    ['Compress', b.compress],
    [
      'FunctionAssociations',
      b.function ? [{ EventType: b.function.eventType, FunctionARN: getAtt(b.function.logicalId, 'FunctionARN') }] : undefined,
    ],
  ]);
}

function viewerCertificateJson(d: DistributionSettings): Json {
  const v = d.viewerCertificate;
  if (v.kind === 'default') return { CloudFrontDefaultCertificate: true };
  return {
    AcmCertificateArn: v.source.kind === 'parameter' ? ref(v.source.parameter) : ref(v.source.logicalId),
    SslSupportMethod: v.sslSupportMethod,
    MinimumProtocolVersion: v.minimumProtocolVersion,
  };
}

function distributionJson(d: DistributionSettings): Json {
  const ordered = d.behaviors.filter((b) => !b.isDefault);
  const def = d.behaviors.find((b) => b.isDefault) as BehaviorSettings;
  return {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: compact([
        ['Comment', d.comment],
        ['Enabled', d.enabled],
        ['Aliases', d.aliases.length > 0 ? d.aliases : undefined],
        ['ViewerCertificate', viewerCertificateJson(d)],
        ['HttpVersion', d.httpVersion],
        ['IPV6Enabled', d.ipv6Enabled],
        ['PriceClass', d.priceClass],
        ['WebACLId', d.webAclArn ?? undefined],
        [
          'Logging',
          d.logging ? { Bucket: d.logging.bucket, Prefix: d.logging.prefix, IncludeCookies: d.logging.includeCookies } : undefined,
        ],
        ['DefaultRootObject', d.defaultRootObject || undefined],
        ['Origins', d.origins.map(originJson)],
        ['DefaultCacheBehavior', behaviorJson(def)],
        ['CacheBehaviors', ordered.length > 0 ? ordered.map(behaviorJson) : undefined],
        [
          'CustomErrorResponses',
          d.customErrorResponses.length > 0
            ? d.customErrorResponses.map((e) =>
                compact([
                  ['ErrorCode', e.errorCode],
                  ['ErrorCachingMinTTL', e.errorCachingMinTtl],
                  ['ResponseCode', e.responseCode ?? undefined],
                  ['ResponsePagePath', e.responsePagePath ?? undefined],
                ]),
              )
            : undefined,
        ],
      ]),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Companion resources
// ---------------------------------------------------------------------------------------------

function namesJson<K extends string>(behaviorKey: string, listKey: K, behavior: string, names: string[]): Json {
  return compact([
    [behaviorKey, behavior],
    [listKey, behavior !== 'none' && behavior !== 'all' && behavior !== 'allViewer' && names.length > 0 ? names : undefined],
  ]);
}

function cachePolicyJson(p: CachePolicyResourceSettings): Json {
  return {
    Type: 'AWS::CloudFront::CachePolicy',
    Properties: {
      CachePolicyConfig: {
        Name: p.name,
        Comment: p.comment,
        MinTTL: p.minTtl,
        DefaultTTL: p.defaultTtl,
        MaxTTL: p.maxTtl,
        ParametersInCacheKeyAndForwardedToOrigin: {
          EnableAcceptEncodingGzip: p.gzip,
          EnableAcceptEncodingBrotli: p.brotli,
          ...keyItemsJson(p),
        },
      },
    },
  };
}

/** HeadersConfig, CookiesConfig and QueryStringsConfig: the same shape in both kinds of policy. */
function keyItemsJson(p: Pick<CachePolicyResourceSettings, 'headers' | 'cookies' | 'queryStrings'> | Pick<OriginRequestPolicyResourceSettings, 'headers' | 'cookies' | 'queryStrings'>): Record<string, Json> {
  return {
    HeadersConfig: namesJson('HeaderBehavior', 'Headers', p.headers.behavior, p.headers.names),
    CookiesConfig: namesJson('CookieBehavior', 'Cookies', p.cookies.behavior, p.cookies.names),
    QueryStringsConfig: namesJson('QueryStringBehavior', 'QueryStrings', p.queryStrings.behavior, p.queryStrings.names),
  };
}

function originRequestPolicyJson(p: OriginRequestPolicyResourceSettings): Json {
  return {
    Type: 'AWS::CloudFront::OriginRequestPolicy',
    Properties: {
      OriginRequestPolicyConfig: {
        Name: p.name,
        Comment: p.comment,
        ...keyItemsJson(p),
      },
    },
  };
}

function functionJson(f: FunctionSettings): Json {
  return {
    Type: 'AWS::CloudFront::Function',
    Properties: {
      Name: f.name,
      // Associations need the LIVE stage (fact 130): publish on every update.
      AutoPublish: true,
      FunctionConfig: { Comment: f.comment, Runtime: f.runtime },
      FunctionCode: f.code,
    },
  };
}

/** WAF descriptions allow letters, digits, spaces and + = : # @ / - , . only. */
export function webAclDescription(l: WafLockdownSettings): string {
  return `Blocks calls to API ${l.apiId}, stage ${l.stage}, that lack the ${l.headerName} secret: calls that bypass CloudFront.`.replace(
    /[^a-zA-Z0-9+=:#@/\-,.\s]/g,
    '-',
  );
}

function webAclJson(l: WafLockdownSettings): Json {
  const metric = `${l.originId}-lockdown`.replace(/[^A-Za-z0-9_-]/g, '-');
  return {
    Type: 'AWS::WAFv2::WebACL',
    Properties: {
      Name: l.webAclName,
      // WAF descriptions allow letters, digits, spaces and + = : # @ / - , . only.
      Description: webAclDescription(l),
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: metric },
      Rules: [
        {
          Name: 'require-cloudfront-secret',
          Priority: 0,
          Action: { Block: {} },
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: `${metric}-blocked` },
          Statement: {
            NotStatement: {
              Statement: {
                ByteMatchStatement: {
                  FieldToMatch: { SingleHeader: { Name: l.headerName.toLowerCase() } },
                  PositionalConstraint: 'EXACTLY',
                  SearchString: ref(l.secretParameter),
                  TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                },
              },
            },
          },
        },
      ],
    },
  };
}

function parametersJson(parameters: readonly ParameterSettings[]): Record<string, Json> | undefined {
  if (parameters.length === 0) return undefined;
  const out: Record<string, Json> = {};
  for (const p of parameters) {
    out[p.name] = compact([
      ['Type', p.type],
      ['NoEcho', p.noEcho ? true : undefined],
      ['MinLength', p.secret ? 16 : undefined],
      ['Default', p.default],
      ['Description', p.description],
    ]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stacks, headers and comments
// ---------------------------------------------------------------------------------------------

/**
 * `aws cloudformation deploy ...` for a stack; secrets as placeholders, never values. Every value is
 * shell-quoted (shell.ts): a hosted zone ID or ARN from a shared config must not run as a command.
 */
export function deployCommand(stack: StackSettings, fileName: string): string {
  const overrides = stack.parameters.map((p) =>
    shellAssignment(p.name, p.secret ? `<${p.name}: the shared secret, 16+ characters>` : (p.default ?? `<${p.name}>`)),
  );
  return [
    'aws cloudformation deploy',
    `--region ${shellQuote(stack.region)}`,
    `--stack-name ${shellQuote(stack.stackName)}`,
    `--template-file ${shellQuote(fileName)}`,
    ...(overrides.length > 0 ? [`--parameter-overrides ${overrides.join(' ')}`] : []),
  ].join(' ');
}

/** File name of a stack's template for a format. */
export function templateFileName(stack: StackSettings, format: 'yaml' | 'json'): string {
  return `${stack.fileStem}.${format}`;
}

function headerLines(settings: Settings, stack: StackSettings, format: 'yaml' | 'json'): string[] {
  const total = settings.stacks.length;
  const name = settings.distribution.name;
  const lines = [
    stack.role === 'main'
      ? `${name}: CloudFront distribution in front of API Gateway. Generated by apifront.`
      : `${name}: lock-down of the API in ${stack.region} (only requests from CloudFront pass). Generated by apifront.`,
    '',
    stack.role === 'main'
      ? `Deploy to us-east-1 (CloudFront, its certificate and its web ACL live there)${total > 1 ? `, step 1 of ${total}` : ''}:`
      : `Deploy to ${stack.region} (a REGIONAL web ACL must be in the API's Region), step ${stack.deployOrder} of ${total}, after the us-east-1 stack:`,
    `  ${deployCommand(stack, templateFileName(stack, format))}`,
    'No --capabilities flag is needed: the template creates no IAM resources.',
  ];
  if (stack.role === 'main') {
    for (const other of settings.stacks.filter((s) => s.role !== 'main')) {
      lines.push(
        `Then step ${other.deployOrder}: ${templateFileName(other, format)} in ${other.region}, with the same secret value.`,
      );
    }
    for (const l of settings.lockdowns) {
      if (l.kind !== 'authorizer') continue;
      lines.push(`Lock-down of origin "${l.originId}" (not in this template: it lives in the API):`);
      for (const step of l.outline) lines.push(`  - ${step}`);
    }
    if (settings.certificate && settings.certificate.domainValidationOptions.length === 0) {
      lines.push('The certificate is DNS-validated: add the CNAME records ACM shows, or the stack waits in CREATE_IN_PROGRESS.');
    }
  }
  return lines;
}

function description(settings: Settings, stack: StackSettings): string {
  const total = settings.stacks.length;
  const step = total > 1 ? ` Deploy step ${stack.deployOrder} of ${total}.` : '';
  return stack.role === 'main'
    ? `${settings.distribution.name}: CloudFront in front of API Gateway (apifront). Deploy in us-east-1.${step}`
    : `${settings.distribution.name}: WAF lock-down of the API in ${stack.region} (apifront).${step}`;
}

const DIST_CONFIG: Path = ['Resources', 'Distribution', 'Properties', 'DistributionConfig'];

function mainComments(settings: Settings): YamlComment[] {
  const d = settings.distribution;
  const comments: YamlComment[] = [
    { path: [...DIST_CONFIG, 'HttpVersion'], text: 'Explicit: CloudFormation would default to http1.1 (fact 111).' },
  ];
  d.origins.forEach((o, i) => {
    const at = [...DIST_CONFIG, 'Origins', i];
    if (o.api && o.originPath && !o.api.customDomain) {
      comments.push({ path: [...at, 'OriginPath'], text: `The stage: CloudFront prepends it, so /users reaches ${o.originPath}/users (fact 63).` });
    }
    if (o.api && !o.originPath && !o.api.customDomain && o.api.stage === '$default') {
      comments.push({ path: [...at, 'DomainName'], text: 'HTTP API $default stage: no origin path (fact 64).' });
    }
    if (o.customOriginConfig) {
      comments.push({
        path: [...at, 'CustomOriginConfig', 'OriginSSLProtocols'],
        text: 'Explicit: the schema default is [TLSv1, SSLv3] (facts 73, 74).',
      });
    }
    if (o.s3?.oacLogicalId) {
      comments.push({
        path: [...at, 'OriginAccessControlId'],
        text: 'Origin Access Control: CloudFront signs requests to the private bucket; the bucket policy must allow this distribution (output below).',
      });
    }
    o.customHeaders.forEach((h, j) => {
      if (h.isVerifyHeader) {
        comments.push({
          path: [...at, 'OriginCustomHeaders', j],
          text: 'Shared secret from a NoEcho parameter; CloudFront overwrites any viewer value (fact 85).',
        });
      }
    });
  });
  // Ordered behaviors come first in `d.behaviors`, so their index there is their CacheBehaviors index.
  d.behaviors.forEach((b, i) => {
    const at: Path = b.isDefault ? [...DIST_CONFIG, 'DefaultCacheBehavior'] : [...DIST_CONFIG, 'CacheBehaviors', i];
    if (b.cachePolicy.kind === 'managed' && b.cachePolicy.name === 'CachingDisabled') {
      comments.push({ path: [...at, 'CachePolicyId'], text: 'Managed CachingDisabled: API responses are never cached or shared (fact 1).' });
    }
    if (b.originRequestPolicy?.kind === 'managed' && b.originRequestPolicy.name === 'AllViewerExceptHostHeader') {
      comments.push({
        path: [...at, 'OriginRequestPolicyId'],
        text: 'Managed AllViewerExceptHostHeader: Authorization, query strings and cookies reach the API; Host does not (facts 6, 87).',
      });
    }
    if (b.cachePolicy.kind === 'legacy') {
      comments.push({ path: [...at, 'ForwardedValues'], text: 'Legacy settings, as the config asks; cache policies are recommended (fact 56).' });
    }
    if (b.function) {
      comments.push({
        path: [...at, 'FunctionAssociations'],
        text: `${b.function.comment}; CloudFront itself never strips the pattern (fact 33).`,
      });
    }
  });
  // Name the codes: the comment sits above the whole list, which may also hold codes the user cached longer.
  const uncachedCodes = d.customErrorResponses.filter((e) => e.errorCachingMinTtl === 0).map((e) => e.errorCode);
  if (uncachedCodes.length > 0) {
    comments.push({
      path: [...DIST_CONFIG, 'CustomErrorResponses'],
      text: `Error caching TTL 0 for ${uncachedCodes.join(', ')}: otherwise CloudFront serves these API errors from cache (facts 125-127).`,
    });
  }
  settings.dnsRecords.forEach((r) => {
    comments.push({
      path: ['Resources', r.logicalId, 'Properties', 'AliasTarget', 'HostedZoneId'],
      text: "CloudFront's fixed hosted zone ID, not yours (facts 131, 140).",
    });
  });
  for (const p of [...settings.cachePolicies, ...settings.originRequestPolicies]) {
    const config = 'minTtl' in p ? 'CachePolicyConfig' : 'OriginRequestPolicyConfig';
    comments.push({
      path: ['Resources', p.logicalId, 'Properties', config, 'Name'],
      text: 'Policy names are unique per account: the stack name apifront suggests, then the behavior.',
    });
  }
  for (const p of settings.bucketPolicies) {
    if (p.createResource) {
      comments.push({
        path: ['Resources', p.logicalId, 'Properties', 'PolicyDocument'],
        text: 'Replaces the whole bucket policy: only for a bucket that has none yet.',
      });
    }
  }
  for (const f of settings.functions) {
    comments.push({
      path: ['Resources', f.logicalId, 'Properties', 'Name'],
      text: 'Function names are unique per account and at most 64 characters: written out (hashed if longer), not built from the stack name (fact 167).',
    });
    comments.push({ path: ['Resources', f.logicalId, 'Properties', 'AutoPublish'], text: 'Publishes to LIVE, which associations require (fact 130).' });
  }
  return comments;
}

function outputsJson(outputs: readonly OutputSettings[], policies: readonly BucketPolicySettings[] = []): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const o of outputs) out[o.name] = { Description: o.description, Value: value(o.value) };
  for (const p of policies) {
    out[p.outputName] = {
      Description: `Bucket policy statement for ${p.bucketName}: merge it into the bucket's policy${p.kms ? '; the SSE-KMS key policy must also allow cloudfront.amazonaws.com kms:Decrypt with the same SourceArn' : ''}.`,
      Value: sub(JSON.stringify(bucketPolicyStatement(p.bucketName, '${AWS::Partition}', '${AWS::AccountId}', '${Distribution}'))),
    };
  }
  return out;
}

/**
 * The statement that lets this distribution, and only it, read the bucket's objects through Origin
 * Access Control (principal cloudfront.amazonaws.com, condition AWS:SourceArn; DOMAIN section 0).
 */
export function bucketPolicyStatement(bucket: string, partition: string, account: string, distributionId: string) {
  return {
    Sid: 'AllowCloudFrontServicePrincipalReadOnly',
    Effect: 'Allow',
    Principal: { Service: 'cloudfront.amazonaws.com' },
    Action: 's3:GetObject',
    Resource: `arn:${partition}:s3:::${bucket}/*`,
    Condition: { StringEquals: { 'AWS:SourceArn': `arn:${partition}:cloudfront::${account}:distribution/${distributionId}` } },
  };
}

function originAccessJson(settings: Settings, resources: Record<string, Json>): void {
  for (const c of settings.originAccessControls) {
    resources[c.logicalId] = {
      Type: 'AWS::CloudFront::OriginAccessControl',
      Properties: {
        OriginAccessControlConfig: {
          Name: c.name,
          Description: c.description,
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      },
    };
  }
  for (const p of settings.bucketPolicies) {
    if (!p.createResource) continue;
    const statement = bucketPolicyStatement(p.bucketName, '${AWS::Partition}', '${AWS::AccountId}', '${Distribution}');
    resources[p.logicalId] = {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: p.bucketName,
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ ...statement, Resource: sub(statement.Resource), Condition: { StringEquals: { 'AWS:SourceArn': sub(statement.Condition.StringEquals['AWS:SourceArn']) } } }],
        },
      },
    };
  }
}

function mainTemplate(settings: Settings, stack: StackSettings): { template: CfnTemplate; comments: YamlComment[] } {
  const resources: Record<string, Json> = {};
  if (settings.certificate) {
    const c = settings.certificate;
    resources[c.logicalId] = {
      Type: 'AWS::CertificateManager::Certificate',
      Properties: compact([
        ['DomainName', c.domainName],
        ['SubjectAlternativeNames', c.subjectAlternativeNames.length > 0 ? c.subjectAlternativeNames : undefined],
        ['ValidationMethod', c.validationMethod],
        [
          'DomainValidationOptions',
          c.domainValidationOptions.length > 0
            ? c.domainValidationOptions.map((o) => ({ DomainName: o.domainName, HostedZoneId: value(o.hostedZoneId) }))
            : undefined,
        ],
      ]),
    };
  }
  for (const p of settings.cachePolicies) resources[p.logicalId] = cachePolicyJson(p);
  for (const p of settings.originRequestPolicies) resources[p.logicalId] = originRequestPolicyJson(p);
  for (const f of settings.functions) resources[f.logicalId] = functionJson(f);
  originAccessJson(settings, resources);
  resources[settings.distribution.logicalId] = distributionJson(settings.distribution);
  for (const r of settings.dnsRecords) {
    resources[r.logicalId] = {
      Type: 'AWS::Route53::RecordSet',
      Properties: {
        HostedZoneId: value(r.hostedZoneId),
        Name: r.name,
        Type: r.type,
        AliasTarget: {
          DNSName: value(r.aliasTarget.dnsName),
          HostedZoneId: r.aliasTarget.hostedZoneId,
          EvaluateTargetHealth: r.aliasTarget.evaluateTargetHealth,
        },
      },
    };
  }
  // A REST API in us-east-1 gets its lock-down in the main stack (same Region).
  const local = settings.lockdowns.filter((l): l is WafLockdownSettings => l.kind === 'waf' && l.region === stack.region);
  addLockdownResources(resources, local);
  const template = compact([
    ['AWSTemplateFormatVersion', '2010-09-09'],
    ['Description', description(settings, stack)],
    ['Parameters', parametersJson(stack.parameters)],
    ['Resources', resources],
    ['Outputs', outputsJson(settings.outputs, settings.bucketPolicies)],
  ]) as CfnTemplate;
  return { template, comments: mainComments(settings) };
}

function addLockdownResources(resources: Record<string, Json>, lockdowns: readonly WafLockdownSettings[]): void {
  for (const l of lockdowns) {
    resources[l.webAclLogicalId] = webAclJson(l);
    resources[l.associationLogicalId] = {
      Type: 'AWS::WAFv2::WebACLAssociation',
      Properties: { ResourceArn: l.stageArn, WebACLArn: getAtt(l.webAclLogicalId, 'Arn') },
    };
  }
}

function lockdownTemplate(settings: Settings, stack: StackSettings): { template: CfnTemplate; comments: YamlComment[] } {
  const lockdowns = settings.lockdowns.filter((l): l is WafLockdownSettings => l.kind === 'waf' && l.region === stack.region);
  const resources: Record<string, Json> = {};
  addLockdownResources(resources, lockdowns);
  const outputs: Record<string, Json> = {};
  for (const l of lockdowns) outputs[l.webAclLogicalId] = { Description: `Web ACL protecting API ${l.apiId}`, Value: getAtt(l.webAclLogicalId, 'Arn') };
  const template = compact([
    ['AWSTemplateFormatVersion', '2010-09-09'],
    ['Description', description(settings, stack)],
    ['Parameters', parametersJson(stack.parameters)],
    ['Resources', resources],
    ['Outputs', outputs],
  ]) as CfnTemplate;
  const comments = lockdowns.map((l) => ({
    path: ['Resources', l.associationLogicalId, 'Properties', 'ResourceArn'],
    text: 'WAF attaches to REST API stages only, with a REGIONAL web ACL in the API\'s Region (fact 152).',
  }));
  return { template, comments };
}

const SUB_VARIABLE = /\$\{([^}]*)\}/g;

/**
 * A user's text that holds `${...}` (a comment, a header value) reads to cfn-lint as a forgotten
 * `!Sub` (E1029), and inside a Sub it would be a variable. It is written as a Sub whose `${` are all
 * escaped (`${!x}` gives the literal `${x}`), so CloudFormation deploys exactly the typed text.
 * Our own function code (FunctionCode) and intrinsics are left alone.
 */
function escapeSubLiterals(node: Json): Json {
  if (typeof node === 'string') {
    return /\$\{[^}]*\}/.test(node) ? sub(node.replace(SUB_VARIABLE, (_m, inner: string) => `\${!${inner}}`)) : node;
  }
  if (Array.isArray(node)) return node.map(escapeSubLiterals);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node);
  if (entries.length === 1 && (entries[0]?.[0] === 'Ref' || entries[0]?.[0].startsWith('Fn::'))) return node;
  return Object.fromEntries(entries.map(([k, v]) => [k, k === 'FunctionCode' ? v : escapeSubLiterals(v)]));
}

function withEscapedSubLiterals(template: CfnTemplate): CfnTemplate {
  const out = { ...template } as Record<string, Json>;
  out.Resources = escapeSubLiterals(template.Resources);
  if (template.Outputs) out.Outputs = escapeSubLiterals(template.Outputs);
  return out as CfnTemplate;
}

/** Every stack's template object (main first), with its comments and header. */
export function buildTemplates(config: ApifrontConfig, format: 'yaml' | 'json' = 'yaml'): StackTemplate[] {
  const settings = deriveSettings(config);
  return settings.stacks.map((stack) => {
    const { template, comments } = stack.role === 'main' ? mainTemplate(settings, stack) : lockdownTemplate(settings, stack);
    return { stack, template: withEscapedSubLiterals(template), comments, header: headerLines(settings, stack, format) };
  });
}

/** The main (us-east-1) template object. */
export function buildTemplate(config: ApifrontConfig): CfnTemplate {
  return (buildTemplates(config)[0] as StackTemplate).template;
}

export interface CloudFormationFile {
  fileName: string;
  region: string;
  content: string;
}

/** Rendered template files: `<name>.yaml` (us-east-1) and `<name>.<region>.yaml` per lock-down Region. */
export function renderCloudFormation(config: ApifrontConfig, format: 'yaml' | 'json'): CloudFormationFile[] {
  return buildTemplates(config, format).map(({ stack, template, comments, header }) => ({
    fileName: templateFileName(stack, format),
    region: stack.region,
    content:
      format === 'json'
        ? // JSON.stringify leaves C1 controls, line separators and bidi overrides raw: escape them too.
          `${escapeControls(JSON.stringify(template, null, 2))}\n`
        : `${commentBlock(header)}${dumpCfnYaml(template, comments)}`,
  }));
}
