import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allBehaviors } from '../model/derive';
import { arbitraryConfig } from '../testing/arbitrary';
import { presetConfig, type PresetId } from '../model/presets';
import { expectGolden } from '../testing/golden';
import { buildConfig, firstApiOrigin, makeBehavior } from '../testing/build-config';
import {
  DISTRIBUTION_PLACEHOLDER,
  curlCommand,
  directBaseUrl,
  distributionBaseUrl,
  renderChecks,
  renderChecksMarkdown,
} from './checks';



const behavior = makeBehavior;
const api = firstApiOrigin;

describe('renderChecks', () => {
  it.each<PresetId>(['api-only-rest', 'api-only-http'])('pins the plan for preset %s', (preset) => {
    expectGolden(`${preset}.checks.md`, renderChecksMarkdown(presetConfig(preset)));
  });

  it('returns one file named after the config', () => {
    expect(renderChecks(presetConfig('api-only-http')).map((f) => f.fileName)).toEqual(['orders-api.checks.md']);
  });

  it('calls the first alias, or the cloudfront.net placeholder without aliases', () => {
    expect(distributionBaseUrl(presetConfig('api-only-rest'))).toBe('https://api.example.com');
    const bare = buildConfig((c) => {
      c.domain.aliases = [];
      c.domain.certificate = { mode: 'none' };
    });
    expect(distributionBaseUrl(bare)).toBe(DISTRIBUTION_PLACEHOLDER);
    expect(renderChecksMarkdown(bare)).toContain(`curl -i ${DISTRIBUTION_PLACEHOLDER}/`);
  });

  it('compares CloudFront with the direct invoke URL (execute-api host + stage)', () => {
    const md = renderChecksMarkdown(presetConfig('api-only-rest'));
    expect(md).toContain('curl -i https://api.example.com/');
    expect(md).toContain('curl -i https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/');
    expect(directBaseUrl(api(presetConfig('api-only-http')))).toBe('https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com');
  });

  it('calls the execute-api URL directly even behind a custom domain, unless that endpoint is disabled', () => {
    const config = buildConfig((c) => {
      api(c).api.customDomain = { name: 'origin.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', basePath: 'v1', endpoint: 'regional', originHost: 'name' };
      api(c).api.routes = [{ method: 'GET', path: '/users' }];
    });
    const md = renderChecksMarkdown(config);
    expect(md).toContain('curl -i https://api.example.com/users');
    expect(md).toContain('CloudFront requests `https://origin.example.com/v1/users`.');
    expect(md).toContain('curl -i https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/users');
    api(config).api.executeApiEndpointDisabled = true;
    expect(directBaseUrl(api(config))).toBe('https://origin.example.com/v1');
  });

  it('uses a real route per behavior when routes are known, and the token placeholder with auth', () => {
    const config = buildConfig((c) => {
      const o = api(c);
      o.api.auth = 'cognito';
      o.api.routes = [
        { method: 'POST', path: '/orders' },
        { method: 'GET', path: '/users/{id}' },
      ];
      c.behaviors = [behavior('/users/*')];
    });
    const md = renderChecksMarkdown(config);
    // /users/* reaches GET /users/{id}; the default behavior gets the route no earlier behavior catches.
    expect(md).toContain(`curl -i -H 'Authorization: <token>' https://api.example.com/users/example`);
    expect(md).toContain(`curl -i -H 'Authorization: <token>' https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/users/example`);
    expect(md).toContain(`curl -i -X POST -H 'Authorization: <token>' -H 'Content-Type: application/json' -d '{}' https://api.example.com/orders`);
    expect(md).toContain('**Expect:** 2xx from both with a valid credential');
  });

  it('adds the prefix for a stripped behavior and shows the upstream URL without it', () => {
    const config = buildConfig((c) => {
      api(c).api.routes = [{ method: 'GET', path: '/users' }];
      c.behaviors = [behavior('/api/*', { stripPrefix: true })];
    });
    const md = renderChecksMarkdown(config);
    expect(md).toContain('curl -i https://api.example.com/api/users');
    expect(md).toContain('CloudFront requests `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/users`.');
  });

  it('shows an unstripped prefix reaching the API with the prefix (what CloudFront really does)', () => {
    const config = buildConfig((c) => (c.behaviors = [behavior('/api/*')]));
    expect(renderChecksMarkdown(config)).toContain('CloudFront requests `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/api/example`.');
  });

  it('adds a CORS preflight when the API does CORS', () => {
    const md = renderChecksMarkdown(buildConfig((c) => (api(c).api.cors = true)));
    expect(md).toContain('## CORS preflight');
    expect(md).toContain(`curl -i -X OPTIONS -H 'Origin: https://app.example.com' -H 'Access-Control-Request-Method: POST'`);
  });

  it('adds a bypass check when lock-down is on: the direct call without the header must be 403', () => {
    const md = renderChecksMarkdown(
      buildConfig((c) => {
        const o = api(c);
        o.lockdown = 'waf';
        o.verifyHeader = { name: 'X-Origin-Verify' };
      }),
    );
    expect(md).toContain('## Bypass check (lock-down)');
    expect(md).toContain('**Expect:** 403 (the regional WAF web ACL on stage `prod` blocks requests without `X-Origin-Verify`)');
    // The comparison call carries the header (as a placeholder, never a value).
    expect(md).toContain(`-H 'X-Origin-Verify: <the secret you generated>'`);
  });

  it('signs direct calls for IAM and warns that signatures fail through CloudFront', () => {
    const md = renderChecksMarkdown(buildConfig((c) => (api(c).api.auth = 'iam')));
    expect(md).toContain('--aws-sigv4 aws:amz:eu-west-1:execute-api --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
    expect(md).toContain('AF212');
  });

  it('writes HEAD as curl -I', () => {
    expect(curlCommand('HEAD', 'https://x/')).toBe('curl -I https://x/');
  });
});

describe('renderChecks on any valid config', () => {
  it('has one section per behavior, in CloudFront order, each with a curl through the distribution', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const md = renderChecksMarkdown(config);
        const titles = [...md.matchAll(/^## (\d+)\. (Default behavior|Behavior `([^`]*)`)/gm)].map((m) => m[3] ?? '*');
        expect(titles).toEqual(allBehaviors(config).map((r) => r.pattern));
        const throughCloudFront = [...md.matchAll(/Through CloudFront:\n```sh\ncurl [^\n]*? '?(https:\/\/[^/\s']+)/g)].map((m) => m[1]);
        expect(throughCloudFront).toEqual(titles.map(() => distributionBaseUrl(config)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('routing-rule checks (facts 171, 187-190)', () => {
  const routed = (orp?: 'CORS-CustomOrigin') =>
    buildConfig((c) => {
      api(c).api.customDomain = {
        name: 'api-origin.example.com',
        regionalDomainName: '',
        basePath: '',
        endpoint: 'regional',
        originHost: 'name',
        routingMode: 'ROUTING_RULE_THEN_API_MAPPING',
        routingRules: [
          { priority: 20, headers: [], basePath: 'v2', stripBasePath: true, target: { apiId: 'a1b2c3d4e5', stage: 'beta' } },
          { priority: 10, headers: [{ name: 'X-Version', valueGlob: 'beta*' }], target: { apiId: 'z9y8x7w6v5', stage: 'v2' } },
        ],
      };
      if (orp) c.defaultBehavior.originRequest = { policy: orp };
    });

  it('one curl per rule in priority order, with its headers and base path, and the stage that answers', () => {
    const md = renderChecksMarkdown(routed());
    expect(md).toContain('## Routing rules of `api-origin.example.com` (origin `api`, ROUTING_RULE_THEN_API_MAPPING)');
    const first = md.indexOf("curl -i -H 'x-version: beta' https://api.example.com/");
    const second = md.indexOf('curl -i https://api.example.com/v2');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(md).toContain('**Expect:** API Gateway invokes stage `v2` of API `z9y8x7w6v5` with path `/`');
    expect(md).toContain('**Expect:** API Gateway invokes stage `beta` of API `a1b2c3d4e5` with path `/`');
  });

  it('says when CloudFront keeps a rule from ever matching (the header is not forwarded)', () => {
    const md = renderChecksMarkdown(routed('CORS-CustomOrigin'));
    expect(md).toMatch(/\*\*Expect:\*\* not this rule: .*CloudFront does not forward the X-Version header/);
  });

  it('no routing section in API_MAPPING_ONLY mode', () => {
    const config = routed();
    const cd = api(config).api.customDomain;
    if (cd) cd.routingMode = 'API_MAPPING_ONLY';
    expect(renderChecksMarkdown(config)).not.toContain('## Routing rules');
  });
});
