import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { CfnTemplate } from '../rules/types';
import { buildTemplates } from '../render/cloudformation';
import { arbitraryCleanConfig } from '../testing/arbitrary';
import { PROJECT_ROOT } from '../testing/golden';
import { validateTemplate } from '../validate/validate';
import { findConsoleDistribution, jsonPointer, readConsoleDistribution, toCloudFormationShape } from './console-json';
import { lintConsoleDistribution } from './console-lint';

const fixture = (name: string) => readFileSync(resolve(PROJECT_ROOT, 'fixtures/console', name), 'utf8');
const apiFile = (name: string) => ({ fileName: name, text: fixture(name) });

describe('console JSON -> CloudFormation shape', () => {
  it('unwraps Items/Quantity, renames the API spellings and leaves out unset values', () => {
    const read = readConsoleDistribution(fixture('get-distribution-config.json'), 'get-distribution-config.json');
    if (!read?.ok) throw new Error('not read');
    const dc = distributionConfigOf(read.console.template);
    expect(dc).toEqual({
      Origins: [
        {
          Id: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
          DomainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
          CustomOriginConfig: {
            HTTPPort: 80,
            HTTPSPort: 443,
            OriginProtocolPolicy: 'https-only',
            OriginSSLProtocols: ['TLSv1.2'],
            OriginReadTimeout: 30,
            OriginKeepaliveTimeout: 5,
          },
          ConnectionAttempts: 3,
          ConnectionTimeout: 10,
        },
      ],
      DefaultCacheBehavior: {
        TargetOriginId: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['HEAD', 'GET'],
        CachedMethods: ['HEAD', 'GET'],
        Compress: true,
        CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
      },
      PriceClass: 'PriceClass_All',
      Enabled: true,
      ViewerCertificate: { CloudFrontDefaultCertificate: true },
      HttpVersion: 'http2',
      IPV6Enabled: true,
    });
    // Every node knows where it came from: line and column in the user's file.
    expect(read.console.locate(['Resources', 'Distribution', 'Properties', 'DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginSSLProtocols', 0])).toEqual({
      line: 26,
      column: 33,
    });
  });

  it('finds the config in either output, and says null for anything else', () => {
    expect(findConsoleDistribution(JSON.parse(fixture('get-distribution.json')))?.configPath).toEqual(['Distribution', 'DistributionConfig']);
    expect(findConsoleDistribution(JSON.parse(fixture('get-distribution.json')))?.id).toBe('EDFDVBD6EXAMPLE');
    expect(findConsoleDistribution(JSON.parse(fixture('get-distribution-config.json')))?.configPath).toEqual(['DistributionConfig']);
    expect(findConsoleDistribution({ Resources: {} })).toBeNull();
    expect(readConsoleDistribution('{"version": 1}')).toBeNull();
    expect(readConsoleDistribution('{"DistributionConfig": {"Comment": "x"}}')).toEqual({
      ok: false,
      message: 'the DistributionConfig has no Origins or DefaultCacheBehavior: is it the whole get-distribution-config output?',
    });
  });

  it('escapes JSON pointers (RFC 6901)', () => {
    expect(jsonPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
  });

  it('round trip: a rendered distribution, written in the API shape, converts back to itself (property)', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`console round trip: seed ${seed}`);
    fc.assert(
      fc.property(arbitraryCleanConfig(), (config) => {
        const template = buildTemplates(config)[0]?.template;
        const dc = distributionConfigOf(template);
        // Intrinsics (Ref to a parameter or a policy) have no API form: compare the literal parts.
        const literal = JSON.parse(JSON.stringify(dc, (_k, v: unknown) => (isIntrinsic(v) ? 'ref' : v))) as Record<string, unknown>;
        expect(toCloudFormationShape(toApiShape(literal) as Record<string, unknown>, []).value).toEqual(literal);
      }),
      { numRuns: 100, seed },
    );
  });
});

describe('lint of a console-built distribution', () => {
  it('get-distribution-config: findings with JSON pointers and lines', () => {
    const result = lintConsoleDistribution(fixture('get-distribution-config.json'), { fileName: 'get-distribution-config.json' });
    if (!result?.ok) throw new Error('not linted');
    expect(result.findings.map((f) => [f.rule, result.pointerOf(f), 'line' in f.location ? f.location.line : undefined])).toEqual([
      ['AF202', '/DistributionConfig/Origins/Items/0', 12],
      ['AF415', '/DistributionConfig/DefaultCacheBehavior/CachePolicyId', 78],
      ['AF505', '/DistributionConfig/CustomErrorResponses', 83],
      ['AF507', '/DistributionConfig/Origins/Items/0', 12],
    ]);
    // Without API output, the API's kind, endpoint type and stage are guesses: rules stay quiet on them.
    expect([...(result.imported?.unknownPaths ?? [])].sort()).toEqual([
      'origins[0].api.auth',
      'origins[0].api.cors',
      'origins[0].api.endpoint',
      'origins[0].api.kind',
      'origins[0].api.stage',
      'origins[0].api.usesQueryStrings',
    ]);
  });

  it('get-distribution with get-rest-apis and get-stages: the edge endpoint is a fact, so AF206 speaks', () => {
    const result = lintConsoleDistribution(fixture('get-distribution.json'), {
      fileName: 'get-distribution.json',
      apiFiles: [apiFile('get-rest-apis.json'), apiFile('get-stages.json')],
    });
    if (!result?.ok) throw new Error('not linted');
    expect(result.distributionId).toBe('EDFDVBD6EXAMPLE');
    expect(result.findings.map((f) => [f.rule, result.pointerOf(f)])).toEqual([
      ['AF206', '/Distribution/DistributionConfig/Origins/Items/0'],
      ['AF505', '/Distribution/DistributionConfig/CustomErrorResponses'],
      ['AF507', '/Distribution/DistributionConfig/Origins/Items/0'],
    ]);
    const api = result.imported?.config.origins[0];
    expect(api?.type === 'apigateway' && api.api).toMatchObject({ kind: 'rest', endpoint: 'edge', stage: 'prod', id: 'a1b2c3d4e5' });
    // Whether the API reads query strings is not in any of these files: unknown, never assumed (no AF409).
    expect([...(result.imported?.unknownPaths ?? [])].sort()).toEqual(['origins[0].api.auth', 'origins[0].api.cors', 'origins[0].api.usesQueryStrings']);
    expect(result.imported?.dropped.map((d) => d.path)).toEqual(['/Distribution/DistributionConfig']);
  });

  it('what the wizard leaves out is named by its JSON pointer in the file', () => {
    const text = fixture('get-distribution-config.json').replace(
      '"OriginShield": {\n                        "Enabled": false\n                    }',
      '"OriginShield": {\n                        "Enabled": true,\n                        "OriginShieldRegion": "eu-west-1"\n                    }',
    );
    expect(text).toContain('"OriginShieldRegion"');
    const result = lintConsoleDistribution(text);
    if (!result?.ok) throw new Error('not linted');
    expect(result.imported?.dropped).toContainEqual({ path: '/DistributionConfig/Origins/Items/0/OriginShield', why: 'Origin Shield is not modelled' });
  });

  it('get-apis and an HTTP get-stages make an empty origin path right ($default), so AF202 is quiet', () => {
    const result = lintConsoleDistribution(fixture('get-distribution-config.json'), {
      apiFiles: [apiFile('get-apis.json'), apiFile('get-stages-http.json')],
    });
    if (!result?.ok) throw new Error('not linted');
    expect(result.findings.map((f) => f.rule)).not.toContain('AF202');
    const origin = result.imported?.config.origins[0];
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'http', stage: '$default' });
  });

  it('a stage list without the origin path stage is reported, and a file of another kind is refused', () => {
    const stages = { fileName: 'stages.json', text: JSON.stringify({ item: [{ stageName: 'dev' }] }) };
    const result = lintConsoleDistribution(fixture('get-distribution.json'), { apiFiles: [stages] });
    if (!result?.ok) throw new Error('not linted');
    expect(result.imported?.dropped).toContainEqual({
      path: 'origins[0].api.stage',
      why: 'the origin path "/prod" names no stage listed in stages.json (dev): requests would reach no stage',
    });
    expect(lintConsoleDistribution(fixture('get-distribution.json'), { apiFiles: [apiFile('get-distribution-config.json')] })).toEqual({
      ok: false,
      message: 'get-distribution-config.json: not the output of aws apigateway get-rest-apis / get-stages or aws apigatewayv2 get-apis / get-stages',
    });
  });

  it('opens in the wizard: the imported config lints and renders a template that validates', () => {
    const result = lintConsoleDistribution(fixture('get-distribution.json'), { apiFiles: [apiFile('get-rest-apis.json'), apiFile('get-stages.json')] });
    if (!result?.ok || !result.imported) throw new Error('not imported');
    const config = result.imported.config;
    expect(config.domain.aliases).toEqual(['api.example.com']);
    expect(config.domain.certificate).toMatchObject({ mode: 'existing', arn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' });
    expect(lint(config).filter((f) => f.severity === 'error')).toEqual([]);
    expect(buildTemplates(config).flatMap((t) => validateTemplate(t.template))).toEqual([]);
  });
});

function distributionConfigOf(template: CfnTemplate | undefined): Record<string, unknown> {
  const properties = template?.Resources.Distribution?.Properties as { DistributionConfig?: Record<string, unknown> } | undefined;
  return properties?.DistributionConfig ?? {};
}

function isIntrinsic(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0] as string);
}

const API_NAMES: Record<string, string> = {
  OriginSSLProtocols: 'OriginSslProtocols',
  OriginCustomHeaders: 'CustomHeaders',
  IPV6Enabled: 'IsIPV6Enabled',
  AcmCertificateArn: 'ACMCertificateArn',
  SslSupportMethod: 'SSLSupportMethod',
};

/** The inverse, for the round trip: CloudFormation's shape -> the API's (lists as Quantity/Items). */
function toApiShape(value: unknown): unknown {
  if (Array.isArray(value)) return { Quantity: value.length, Items: value.map(toApiShape) };
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'CachedMethods') continue;
    if (k === 'AllowedMethods' && Array.isArray(v)) {
      const cached = (value as Record<string, unknown>).CachedMethods as unknown[];
      out.AllowedMethods = { Quantity: v.length, Items: v, CachedMethods: { Quantity: cached.length, Items: cached } };
      continue;
    }
    out[API_NAMES[k] ?? k] = toApiShape(v);
  }
  if ('ErrorCode' in out && typeof out.ResponseCode === 'number') out.ResponseCode = String(out.ResponseCode);
  return out;
}
