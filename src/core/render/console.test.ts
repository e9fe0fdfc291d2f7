import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetConfig, type PresetId } from '../model/presets';
import { expectGolden } from '../testing/golden';
import { buildConfig } from '../testing/build-config';
import { arbitraryConfig } from '../testing/arbitrary';
import { renderConsole, renderConsoleMarkdown } from './console';
import { renderFiles } from './index';
import { deriveSettings } from './settings';



describe('renderConsole', () => {
  it.each<PresetId>(['api-only-rest', 'api-only-http'])('pins the steps for preset %s', (preset) => {
    expectGolden(`${preset}.console.md`, renderConsoleMarkdown(presetConfig(preset)));
  });

  it('names the file after the stack and returns one Markdown file', () => {
    const files = renderConsole(presetConfig('api-only-rest'));
    expect(files.map((f) => f.fileName)).toEqual(['orders-api.console.md']);
    expect(files[0]?.region).toBeUndefined();
  });

  it('puts the certificate in us-east-1 before the distribution, and the REST stage in the origin path', () => {
    const md = renderConsoleMarkdown(presetConfig('api-only-rest'));
    expect(md.indexOf('US East (N. Virginia) us-east-1')).toBeLessThan(md.indexOf('Create distribution'));
    expect(md).toContain('**Origin path**: `/prod`');
    expect(md).toContain('**Protocol**: HTTPS only');
    expect(md).toContain('**Minimum origin SSL protocol**: TLSv1.2');
    expect(md).toContain('**Origin request policy**: AllViewerExceptHostHeader (`b689b0a8-53d0-40ab-baf2-68738e2966ac`) - forwards Authorization');
    expect(md).toContain('Alias to CloudFront distribution');
  });

  it('marks only the recommended TLS policy "(recommended)", in the console\'s own label', () => {
    const label = '**Security policy (minimum SSL/TLS version)**';
    expect(renderConsoleMarkdown(presetConfig('api-only-rest'))).toContain(`${label}: \`TLSv1.2_2025\` (recommended)`);
    const older = renderConsoleMarkdown(buildConfig((c) => (c.domain.minimumProtocolVersion = 'TLSv1.2_2019')));
    expect(older).toContain(`${label}: \`TLSv1.2_2019\` - `);
    expect(older).not.toContain('(recommended) - the oldest TLS');
  });

  it('follows the 2025 wizard: plan, Get started, Specify origin, Enable security, Review and create, then the tabs', () => {
    const md = renderConsoleMarkdown(presetConfig('api-only-rest'));
    const order = ['choose a plan', 'Get started', 'Specify origin', 'Enable security', 'Review and create', 'General tab', 'Error pages tab', 'Route 53 alias records'];
    const at = order.map((title) => md.indexOf(title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('**Origin type**: API Gateway');
    expect(md).toContain('**Browse APIs**');
  });

  it('names the flat-rate plan and the origin mTLS certificate, and says the plan is outside the template', () => {
    const md = renderConsoleMarkdown(
      buildConfig((c) => {
        c.distribution.pricingPlan = 'business';
        const o = c.origins[0];
        if (o?.type === 'apigateway') {
          o.lockdown = 'mtls';
          o.clientCertificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/cf-client';
        }
      }),
    );
    expect(md).toContain('**Plan**: Business (flat-rate)');
    expect(md).toContain('**Mutual TLS (origin)**: On, client certificate `arn:aws:acm:us-east-1:123456789012:certificate/cf-client`');
    expect(md).toMatch(/business flat-rate plan is not part of the distribution/);
    // No custom domain in the preset: the steps say mTLS needs one (AF218 reports it as an error too).
    expect(md).toMatch(/Mutual TLS is a property of an API Gateway custom domain/);
  });

  it('API Gateway side: STRICT endpoint access mode, routing mode and the rules in priority order (facts 173, 189, 191)', () => {
    const md = renderConsoleMarkdown(
      buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type !== 'apigateway') return;
        o.api.customDomain = {
          name: 'api-origin.example.com',
          regionalDomainName: '',
          basePath: '',
          endpoint: 'regional',
          originHost: 'name',
          endpointAccessMode: 'STRICT',
          routingMode: 'ROUTING_RULE_THEN_API_MAPPING',
          routingRules: [
            { priority: 100, headers: [], target: { apiId: 'a1b2c3d4e5', stage: 'prod' } },
            { priority: 10, headers: [{ name: 'x-version', valueGlob: 'beta*' }], basePath: '/v2/', stripBasePath: true, target: { apiId: 'z9y8x7w6v5', stage: 'v2' } },
          ],
        };
      }),
    );
    expect(md).toContain('API Gateway: custom domain `api-origin.example.com`');
    expect(md).toContain('**Endpoint access mode**: Strict; **Save changes**');
    expect(md).toContain('**Routing mode**: ROUTING_RULE_THEN_API_MAPPING; **Save**');
    const first = md.indexOf('header `x-version` value `beta*` and base path `v2` with the base path stripped; **Action**: API `z9y8x7w6v5`, stage `v2`; **Next**; priority **10**');
    const catchAll = md.indexOf('no condition (the rule matches every request');
    expect(first).toBeGreaterThan(0);
    expect(catchAll).toBeGreaterThan(first);
    // API-side settings come after the distribution and its DNS records, before any lock-down.
    expect(md.indexOf('API Gateway: custom domain')).toBeGreaterThan(md.indexOf('Review and create'));
  });

  it('no API Gateway section for a custom domain with only the defaults; rules in API_MAPPING_ONLY are called ignored', () => {
    const domain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional' as const, originHost: 'name' as const };
    const plain = renderConsoleMarkdown(buildConfig((c) => void (c.origins[0]?.type === 'apigateway' && (c.origins[0].api.customDomain = domain))));
    expect(plain).not.toContain('API Gateway: custom domain');
    const ignored = renderConsoleMarkdown(
      buildConfig((c) => void (c.origins[0]?.type === 'apigateway' && (c.origins[0].api.customDomain = { ...domain, routingRules: [{ priority: 1, headers: [], target: { apiId: 'x', stage: 'y' } }] }))),
    );
    expect(ignored).toContain('in API_MAPPING_ONLY mode API Gateway ignores them');
    expect(ignored).not.toContain('**Add routing rule**');
  });

  it('uses an existing certificate ARN instead of requesting one', () => {
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234';
    const md = renderConsoleMarkdown(buildConfig((c) => (c.domain.certificate = { mode: 'existing', arn, names: ['api.example.com'] })));
    expect(md).not.toContain('Request a public certificate');
    expect(md).toContain(`**Custom SSL certificate**: \`${arn}\``);
  });

  it('never writes the verify-header secret, only a placeholder', () => {
    const md = renderConsoleMarkdown(
      buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') {
          o.verifyHeader = { name: 'X-Origin-Verify' };
          o.lockdown = 'waf';
        }
      }),
    );
    expect(md).toContain('**Header name**: `X-Origin-Verify`, **Value**: the secret you generated');
    expect(md).toContain('**Resource type**: Regional resources; **Region**: `eu-west-1`');
    expect(md).toContain('arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5/stages/prod');
    expect(md).toContain('**Header field name**: `x-origin-verify`');
    // Lock-down comes last: the distribution must send the header before the API requires it.
    expect(md.indexOf('Lock the API to CloudFront')).toBeGreaterThan(md.indexOf('Route 53 alias records'));
  });

  it('lists additional behaviors in order after the distribution, with their function code to publish first', () => {
    const md = renderConsoleMarkdown(
      buildConfig((c) => {
        c.behaviors = ['/api/*', '/admin/*'].map((pathPattern) => ({
          pathPattern,
          originId: 'api',
          viewerProtocol: 'redirect-to-https' as const,
          methods: 'all' as const,
          cachedMethods: 'get-head' as const,
          cache: { policy: 'CachingDisabled' as const },
          originRequest: { policy: 'AllViewerExceptHostHeader' as const },
          responseHeaders: null,
          compress: false,
          stripPrefix: pathPattern === '/api/*',
          forwardedHost: false,
        }));
      }),
    );
    expect(md.indexOf('`/api/*` (precedence 0)')).toBeLessThan(md.indexOf('`/admin/*` (precedence 1)'));
    expect(md.indexOf('CloudFront Functions')).toBeLessThan(md.indexOf('Create distribution'));
    expect(md).toContain('var prefix = "/api";');
    expect(md).toContain('**Publish function**');
    expect(md).toContain('**Function associations**: **Viewer request**: Function type **CloudFront Functions**, function `orders-api-api-star`');
  });
});

/** The console lists all seven methods in its own order; the two smaller sets read as in the API. */
function consoleMethods(methods: readonly string[]): string {
  const all = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'];
  return methods.length === 7 && all.every((m) => methods.includes(m)) ? all.join(', ') : methods.join(', ');
}

/** Every literal value the template's distribution carries, with what the console must show for it. */
function expectedLiterals(config: Parameters<typeof deriveSettings>[0]): string[] {
  const s = deriveSettings(config);
  const d = s.distribution;
  const out: string[] = [`(\`${d.priceClass}\`)`, `(\`${d.httpVersion}\`)`, `**IPv6**: ${d.ipv6Enabled ? 'On' : 'Off'}`];
  for (const o of d.origins) {
    out.push(`**Origin domain**: \`${o.domainName}\``, `**Name**: \`${o.id}\``);
    out.push(o.originPath ? `**Origin path**: \`${o.originPath}\`` : '**Origin path**: leave empty');
    if (o.customOriginConfig) out.push(`**Response timeout**: ${o.customOriginConfig.readTimeout}`, `**Keep-alive timeout**: ${o.customOriginConfig.keepAliveTimeout}`);
    for (const h of o.customHeaders) out.push(`**Header name**: \`${h.name}\``);
  }
  for (const b of d.behaviors) {
    if (b.pathPattern !== null) out.push(`**Path pattern**: \`${b.pathPattern}\``);
    out.push(`**Allowed HTTP methods**: ${consoleMethods(b.allowedMethods)}`);
    if (b.cachePolicy.kind === 'managed' || b.cachePolicy.kind === 'existing') out.push(b.cachePolicy.id);
    if (b.originRequestPolicy && b.originRequestPolicy.kind !== 'custom') out.push(b.originRequestPolicy.id);
    if (b.responseHeadersPolicy) out.push(b.responseHeadersPolicy.id);
  }
  for (const a of d.aliases) out.push(`\`${a}\``);
  if (d.viewerCertificate.kind === 'acm') {
    out.push(`**Security policy (minimum SSL/TLS version)**: \`${d.viewerCertificate.minimumProtocolVersion}\``);
    if (d.viewerCertificate.source.kind === 'parameter') out.push(d.viewerCertificate.source.arn);
  }
  if (d.webAclArn) out.push(d.webAclArn);
  for (const e of d.customErrorResponses) out.push(`**HTTP error code**: ${e.errorCode}; **Error caching minimum TTL**: ${e.errorCachingMinTtl}`);
  for (const r of s.dnsRecords) out.push(`**Record name**: \`${r.name}\`; **Record type**: ${r.type}`);
  // The API side (not in the template): each custom domain once, its access mode, routing mode and rules.
  const domains = new Set<string>();
  for (const o of config.origins) {
    const cd = o.type === 'apigateway' ? o.api.customDomain : null;
    if (!cd || domains.has(cd.name)) continue;
    domains.add(cd.name);
    if (cd.endpointAccessMode) out.push(`**Endpoint access mode**: ${cd.endpointAccessMode === 'STRICT' ? 'Strict' : 'Basic'}`);
    if (cd.routingMode) out.push(`**Routing mode**: ${cd.routingMode}`);
    if ((cd.routingMode ?? 'API_MAPPING_ONLY') !== 'API_MAPPING_ONLY') {
      for (const r of cd.routingRules ?? []) out.push(`**Action**: API \`${r.target.apiId}\`, stage \`${r.target.stage}\`; **Next**; priority **${r.priority}**`);
    }
  }
  return out;
}

describe('no drift between the console steps and the derived settings the template is built from', () => {
  it('every setting of any valid config appears in the console steps', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const md = renderConsoleMarkdown(config);
        const missing = expectedLiterals(config).filter((literal) => !md.includes(literal));
        expect(missing).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const refOf = (v: unknown): string | undefined => (typeof obj(v).Ref === 'string' ? (obj(v).Ref as string) : undefined);

/**
 * What the console must show for each setting of the rendered CloudFormation template (JSON, parsed):
 * read from the template itself, not from the model, so a renderer change that the steps miss fails here.
 */
function literalsFromTemplate(files: { content: string }[]): string[] {
  const template = obj(JSON.parse(files[0]?.content ?? '{}'));
  const resources = obj(template.Resources);
  const parameters = obj(template.Parameters);
  const dc = obj(obj(obj(resources.Distribution).Properties).DistributionConfig);
  const out: string[] = [`(\`${String(dc.PriceClass)}\`)`, `(\`${String(dc.HttpVersion)}\`)`, `**IPv6**: ${dc.IPV6Enabled ? 'On' : 'Off'}`, `**Description**: \`${String(dc.Comment)}\``];
  for (const alias of arr(dc.Aliases)) out.push(`\`${String(alias)}\``);
  const viewer = obj(dc.ViewerCertificate);
  if (viewer.MinimumProtocolVersion) out.push(`**Security policy (minimum SSL/TLS version)**: \`${String(viewer.MinimumProtocolVersion)}\``);
  const certParam = refOf(viewer.AcmCertificateArn);
  if (certParam && obj(parameters[certParam]).Default) out.push(String(obj(parameters[certParam]).Default));
  if (typeof dc.WebACLId === 'string') out.push(dc.WebACLId);
  for (const o of arr(dc.Origins).map(obj)) {
    out.push(`**Origin domain**: \`${String(o.DomainName)}\``, `**Name**: \`${String(o.Id)}\``);
    out.push(o.OriginPath ? `**Origin path**: \`${String(o.OriginPath)}\`` : '**Origin path**: leave empty');
    const custom = obj(o.CustomOriginConfig);
    if (o.CustomOriginConfig) {
      out.push(`**Response timeout**: ${String(custom.OriginReadTimeout)}`, `**Keep-alive timeout**: ${String(custom.OriginKeepaliveTimeout)}`);
      out.push(`**Minimum origin SSL protocol**: ${arr(custom.OriginSSLProtocols).join(', ')}`);
      out.push(`**Connection attempts**: ${String(o.ConnectionAttempts)}; **Connection timeout**: ${String(o.ConnectionTimeout)}`);
      out.push(`**Response completion timeout**: ${o.ResponseCompletionTimeout === undefined ? 'leave empty' : String(o.ResponseCompletionTimeout)}`);
      if (custom.IpAddressType) out.push(`(\`${String(custom.IpAddressType)}\`)`);
      if (custom.OriginMtlsConfig) out.push(`**Mutual TLS (origin)**: On, client certificate \`${String(obj(custom.OriginMtlsConfig).ClientCertificateArn)}\``);
    }
    for (const h of arr(o.OriginCustomHeaders).map(obj)) {
      const value = typeof h.HeaderValue === 'string' ? `\`${h.HeaderValue}\`` : 'the secret you generated';
      out.push(`**Header name**: \`${String(h.HeaderName)}\`, **Value**: ${value}`);
    }
  }
  for (const b of [obj(dc.DefaultCacheBehavior), ...arr(dc.CacheBehaviors).map(obj)]) {
    if (b.PathPattern) out.push(`**Path pattern**: \`${String(b.PathPattern)}\``, `**Origin and origin groups**: \`${String(b.TargetOriginId)}\``);
    out.push(`**Allowed HTTP methods**: ${consoleMethods(arr(b.AllowedMethods).map(String))}`);
    for (const key of ['CachePolicyId', 'OriginRequestPolicyId', 'ResponseHeadersPolicyId']) {
      const value = b[key];
      if (typeof value === 'string') out.push(`\`${value}\``);
      const ref = refOf(value);
      const config = ref ? obj(obj(obj(resources[ref]).Properties).CachePolicyConfig) : {};
      if (ref && key === 'CachePolicyId' && config.MinTTL !== undefined) {
        out.push(`**Minimum TTL**: ${String(config.MinTTL)}; **Maximum TTL**: ${String(config.MaxTTL)}; **Default TTL**: ${String(config.DefaultTTL)}`);
      }
    }
    for (const fa of arr(b.FunctionAssociations).map(obj)) {
      const fnId = arr(obj(fa.FunctionARN)['Fn::GetAtt'])[0];
      const code = String(obj(obj(resources[String(fnId)]).Properties).FunctionCode ?? '');
      // The code is shown inside a numbered step, so compare line by line.
      for (const line of code.split('\n').filter((l) => l.trim())) out.push(line);
    }
  }
  for (const e of arr(dc.CustomErrorResponses).map(obj)) {
    out.push(`**HTTP error code**: ${String(e.ErrorCode)}; **Error caching minimum TTL**: ${String(e.ErrorCachingMinTTL)}`);
    if (e.ResponsePagePath !== undefined) out.push(`**Response page path**: \`${String(e.ResponsePagePath)}\``);
    if (e.ResponseCode !== undefined) out.push(`**HTTP Response code**: ${String(e.ResponseCode)}`);
  }
  for (const r of Object.values(resources).map(obj)) {
    const props = obj(r.Properties);
    // Account-unique names: the console must create the function and policies under the same names.
    if (r.Type === 'AWS::CloudFront::Function') out.push(`**Name**: \`${String(props.Name)}\``);
    for (const key of ['CachePolicyConfig', 'OriginRequestPolicyConfig']) if (obj(props[key]).Name) out.push(`**Name**: \`${String(obj(props[key]).Name)}\``);
    if (r.Type === 'AWS::Route53::RecordSet') out.push(`**Record name**: \`${String(props.Name)}\`; **Record type**: ${String(props.Type)}`);
  }
  for (const file of files.slice(1)) {
    for (const r of Object.values(obj(obj(JSON.parse(file.content)).Resources)).map(obj)) {
      if (r.Type === 'AWS::WAFv2::WebACLAssociation') out.push(String(obj(r.Properties).ResourceArn));
      if (r.Type === 'AWS::WAFv2::WebACL') out.push(`**Name**: \`${String(obj(r.Properties).Name)}\``);
    }
  }
  return out;
}

describe('no drift between the console steps and the rendered CloudFormation template', () => {
  it('every setting of the template of any valid config appears in the console steps', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const md = renderConsoleMarkdown(config);
        const missing = literalsFromTemplate(renderFiles(config, 'json')).filter((literal) => !md.includes(literal));
        expect(missing).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
