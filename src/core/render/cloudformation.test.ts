import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { parseConfig } from '../model/parse';
import type { CfnTemplate } from '../rules/types';
import { arbitraryCleanConfig, arbitraryConfig, arbitraryLintCleanConfig } from '../testing/arbitrary';
import { buildConfig } from '../testing/build-config';
import { validateTemplate } from '../validate/validate';
import { buildTemplates, deployCommand, renderCloudFormation } from './cloudformation';
import { render, renderFiles } from './index';
import { loadCfnYaml } from './yaml';

const numRuns = process.env.CI ? 300 : 100;

function problemsOf(templates: CfnTemplate[]) {
  return templates.flatMap((t) => validateTemplate(t));
}

describe('renderCloudFormation (properties)', () => {
  it('every template of a sensible config validates against the resource schemas', () => {
    fc.assert(
      fc.property(arbitraryCleanConfig(), (config) => {
        expect(problemsOf(buildTemplates(config).map((t) => t.template))).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('every template of a lint-clean config with varied caching and forwarding validates, without excuses', () => {
    fc.assert(
      fc.property(arbitraryLintCleanConfig(), (config) => {
        expect(lint(config).filter((f) => f.severity === 'error')).toEqual([]);
        expect(problemsOf(buildTemplates(config).map((t) => t.template))).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('YAML and JSON parse back to the same object', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const yaml = renderCloudFormation(config, 'yaml');
        const json = renderCloudFormation(config, 'json');
        expect(yaml.map((f) => f.fileName.replace(/\.yaml$/, ''))).toEqual(json.map((f) => f.fileName.replace(/\.json$/, '')));
        yaml.forEach((file, i) => {
          const fromJson = JSON.parse((json[i] as { content: string }).content) as unknown;
          expect(loadCfnYaml(file.content)).toEqual(fromJson);
          expect(fromJson).toEqual(buildTemplates(config)[i]?.template);
        });
      }),
      { numRuns },
    );
  });

  it('is deterministic, also after a JSON round trip of the config', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const again = parseConfig(JSON.parse(JSON.stringify(config)));
        if (!again.ok) throw new Error('config did not round-trip');
        expect(renderFiles(again.config, 'yaml')).toEqual(renderFiles(config, 'yaml'));
        expect(render(again.config, 'json')).toBe(render(config, 'json'));
      }),
      { numRuns },
    );
  });

  it('logical IDs do not depend on behavior order', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const reversed = { ...config, behaviors: [...config.behaviors].reverse() };
        const ids = (c: typeof config) => Object.keys(buildTemplates(c)[0]?.template.Resources ?? {}).sort();
        expect(ids(reversed)).toEqual(ids(config));
      }),
      { numRuns },
    );
  });

  it('never puts a secret value in a template: verify headers are parameter references', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        for (const { template } of buildTemplates(config)) {
          for (const [name, p] of Object.entries(template.Parameters ?? {})) {
            if (!name.endsWith('VerifySecret')) continue;
            expect(p).toMatchObject({ NoEcho: true });
            expect(p).not.toHaveProperty('Default');
          }
          const text = JSON.stringify(template);
          for (const m of text.matchAll(/"HeaderName":"(X-Origin-Verify|X-CF-Secret)","HeaderValue":([^}]*)}/g)) {
            expect(m[2]).toMatch(/^\{"Ref":"[A-Za-z0-9]+VerifySecret"$/);
          }
        }
      }),
      { numRuns },
    );
  });
});

describe('renderCloudFormation (examples)', () => {
  it('names files after the config and the lock-down Region', () => {
    const config = buildConfig((c) => {
      const o = c.origins[0];
      if (o?.type === 'apigateway') o.lockdown = 'waf';
    });
    expect(renderFiles(config, 'yaml').map((f) => [f.fileName, f.region])).toEqual([
      ['orders-api.yaml', 'us-east-1'],
      ['orders-api.eu-west-1.yaml', 'eu-west-1'],
    ]);
    expect(renderFiles(config, 'json').map((f) => f.fileName)).toEqual(['orders-api.json', 'orders-api.eu-west-1.json']);
  });

  it('writes the deploy command with secrets as placeholders', () => {
    const [main] = buildTemplates(
      buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') o.verifyHeader = { name: 'X-Origin-Verify' };
      }),
    );
    const command = deployCommand(main!.stack, 'orders-api.yaml');
    expect(command).toBe(
      "aws cloudformation deploy --region us-east-1 --stack-name orders-api --template-file orders-api.yaml --parameter-overrides ApiVerifySecret='<ApiVerifySecret: the shared secret, 16+ characters>' HostedZoneId=Z0123456789ABCDEFGHIJ",
    );
    expect(main!.header.join('\n')).toContain(command);
  });

  it('starts the YAML with the header and carries comments on the non-obvious choices', () => {
    const yaml = render(buildConfig(), 'yaml');
    expect(yaml.startsWith('# orders-api: CloudFront distribution in front of API Gateway.')).toBe(true);
    expect(yaml).toMatch(/# Managed CachingDisabled[^\n]*\n\s+CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad/);
    expect(yaml).toMatch(/# CloudFront's fixed hosted zone ID[^\n]*\n\s+HostedZoneId: Z2FDTNDATAQYW2/);
    expect(yaml).toMatch(/# Explicit: CloudFormation would default to http1.1[^\n]*\n\s+HttpVersion: http2and3/);
  });

  it('outlines the Lambda authorizer for an HTTP API lock-down in the header', () => {
    const yaml = render(
      buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') {
          o.verifyHeader = { name: 'X-Origin-Verify' };
          o.lockdown = 'authorizer';
        }
      }, 'api-only-http'),
      'yaml',
    );
    expect(yaml).toContain('# Lock-down of origin "api"');
    expect(yaml).toContain('$request.header.x-origin-verify');
    expect(yaml).not.toContain('AWS::WAFv2');
  });
});
