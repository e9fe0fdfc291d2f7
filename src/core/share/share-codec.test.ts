import * as lzNamespace from 'lz-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFrom } from '../model/parse';
import { presetConfig } from '../model/presets';
import { buildConfig } from '../testing/build-config';
import { fuzzSettings } from '../testing/fuzz';
import { encodeBase64Url } from './base64url';
import { decodeFragment, encodeConfig, linkChecksum, MAX_CONFIG_JSON_CHARS, MAX_LINK_CHARS, shareLink, type LinkErrorKind, type ShareLinkResult } from './share-codec';

function linkOf(result: ShareLinkResult): string {
  if (!result.ok) throw new Error(result.message);
  return result.link;
}

type LzString = typeof lzNamespace;
const lz: LzString = (lzNamespace as unknown as { default?: LzString }).default ?? lzNamespace;

/** A payload built by hand, as a foreign or hostile link would be. */
const fragmentOf = (json: string, version = '1') => `c=${version}.${encodeBase64Url(lz.compressToUint8Array(json))}`;

/**
 * FROZEN: a version-1 link written on 2026-11-26. It must always open to FIXTURE_CONFIG; if this test
 * fails, the link format changed: add a new version and a migration instead of changing this link.
 */
const FIXTURE_V1 =
  'c=1.N4IgdghgtgpiBcIBmBLAHgFwK4CcYFoA3ARhABoQATAeyghTAVAgBsUIBnGDhAbRAgAHFADoYaaIJYwRAY1rkQAdxViJUKTPlQQAXQqyYODClSyIGOPFBRqlKyHEoOJsAHNFEHI0Rew8CCUOANkoeCwOfBhODHxieGIAJgBmABYAVgA2AHYADgBOAAYk-ENjUxRzSwB6CAAjWUVIWB54fgAqNUlpOQVdAF8KKAYUKCwoAAUcagxqeRYANSMOFGofEAAVABkAZRIRRIB9RMLE0gpKMFabOwdprEt05MUAC2oXGEoALTWYAElKAgQF9iikMjkCgBBABCAGFFAAvX4AOWgDnE3S0Cn6gxA1BwKDcDFavFAKEBvmEnip1hAAGsGBSQHgXIpyUCIMQ6olZMlKKkYOlFHgiWsgTAsPglNxYucQC4IG4HIJpoCKBAHi8gfI3GAULNhdQHtw-DYYBg3kyAOIAUQ2ikEFi1iGqEWW1WA5P6IH6Awo-MJDAmTqB1RVdkUsgisygAAlovYcCTQM0HAANfAbaI6CiEVhYZUQACesDAGB4vtzRlMRfjEETTHAaKBGYA8gSiWB8EsCUgiz6KCw5nSaEp1koIEgB2SmStLIoMEXBA4oy4FBdaPQwKjYECVEouhoeviPBQ8PWNqMYEaMAhMoVBjOORwuOWF0uHBxnhQ6lhZHTzQAEU3BgdwcThXw4EQvzESVpRcOIRGgCAkUgIJeh0SsqBgJANRYDBoRgF4IEIVYcEbANOwBIE5zgAwIFkF4rFAQRqDYWR-0QWEGJeBg3FbQQTGGBFPgHPEOwYAAlGAAEcC1ZeAwCwFgWAMWgVW4VoMBwAtcTqIiSLI5MQEdC1gwwSxvFDIQUGqdpFEohhqMpFBFBcAlBCmHD0AQbTdLIFinXMyz1mqBUTFkOyHIksBnIEF9zR4IZzUtVoQCVWImPrSMeOYkBVxjRthjADYMBYBBCguHC8IwUryvge8hggNA6oQZJ70qkAssTa4QH04jSPxIEwF-Jo0RJP18uoagGRNWl-sMobEBGsA6KbFo-EmuSjCLHZtL43qFsG8jECUXjLDYVkKFTEkQEIPRcTcBEUEEBBcJYLgf2mMrXPgd6uBxM9uFYq4YDrHrG1Y9jOJAHYYCjAlF3B5YJjYyp-xxfQqGcfbfxMMVaRVSoYFhFgIKBKZidJiDDkhFTFCHNxOw8ea_wA29EEZqCYOQ1DAig7QHTwVA0G1JBqjZMBZBYLB7FhabZtaf6YFxIxphwYMlWM-R7AQVJClSIGOBBrh5d1-ATk6x0lXM50QGqRlxBEF4MCgcqsO0UsOeQaYRLAAACEXsDwH1-iAA';

/** Every field written out, so changing a schema default cannot change what this expects. */
const FIXTURE_CONFIG = {
  version: 1,
  name: 'fixture-v1',
  domain: {
    aliases: ['api.example.com', 'www.example.com'],
    certificate: { mode: 'existing', arn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', names: ['*.example.com'] },
    minimumProtocolVersion: 'TLSv1.2_2021',
    dns: { mode: 'route53', hostedZoneId: 'Z0123456789ABC', zoneName: 'example.com' },
  },
  origins: [
    {
      id: 'api',
      type: 'apigateway',
      api: {
        kind: 'rest',
        endpoint: 'regional',
        id: 'a1b2c3d4e5',
        region: 'eu-west-1',
        stage: 'prod',
        auth: 'cognito',
        cors: false,
        usesQueryStrings: true,
        usesCookies: false,
        executeApiEndpointDisabled: false,
        customDomain: null,
        routes: [{ method: 'GET', path: '/users/{id}' }],
      },
      originPath: '/prod',
      readTimeout: 30,
      keepAliveTimeout: 5,
      connectionAttempts: 3,
      connectionTimeout: 10,
      customHeaders: [{ name: 'X-Team', value: 'payments' }],
      verifyHeader: { name: 'X-Origin-Verify' },
      lockdown: 'waf',
    },
    {
      id: 'site',
      type: 'custom',
      domainName: 'www.example.org',
      originPath: '',
      protocol: 'https-only',
      readTimeout: 60,
      keepAliveTimeout: 5,
      connectionAttempts: 3,
      connectionTimeout: 10,
      customHeaders: [],
    },
    { id: 'assets', type: 's3', bucketDomainName: 'assets.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] },
  ],
  defaultBehavior: {
    originId: 'site',
    viewerProtocol: 'redirect-to-https',
    methods: 'all',
    cachedMethods: 'get-head',
    cache: { policy: 'CachingOptimized' },
    originRequest: null,
    responseHeaders: null,
    compress: true,
    stripPrefix: false,
    forwardedHost: false,
  },
  behaviors: [
    {
      pathPattern: '/api/*',
      originId: 'api',
      viewerProtocol: 'redirect-to-https',
      methods: 'all',
      cachedMethods: 'get-head',
      cache: { policy: 'CachingDisabled' },
      originRequest: { policy: 'AllViewerExceptHostHeader' },
      responseHeaders: null,
      compress: false,
      stripPrefix: true,
      forwardedHost: false,
    },
    {
      pathPattern: '/static/*',
      originId: 'assets',
      viewerProtocol: 'redirect-to-https',
      methods: 'get-head',
      cachedMethods: 'get-head',
      cache: {
        custom: {
          minTtl: 0,
          defaultTtl: 60,
          maxTtl: 3600,
          headers: { behavior: 'none', names: [] },
          cookies: { behavior: 'none', names: [] },
          queryStrings: { behavior: 'whitelist', names: ['v'] },
          gzip: false,
          brotli: false,
        },
      },
      originRequest: { policy: 'AllViewerExceptHostHeader' },
      responseHeaders: { policy: 'SecurityHeadersPolicy' },
      compress: false,
      stripPrefix: false,
      forwardedHost: false,
    },
  ],
  distribution: {
    priceClass: 'PriceClass_All',
    httpVersion: 'http2and3',
    ipv6: true,
    webAclArn: null,
    logging: { bucket: 'logs.s3.amazonaws.com', prefix: 'cf/', includeCookies: false },
    errorCaching: [404, 500, 501, 502, 503, 504].map((code) => ({ code, ttl: 0 })),
    errorPages: [{ code: 404, responseCode: 200, pagePath: '/index.html', ttl: 10 }],
    defaultRootObject: '',
    comment: 'frozen fixture',
  },
};

/** 25 API origins and 75 behaviors, the size the benchmarks use. */
function largeConfig() {
  const origins = Array.from({ length: 25 }, (_, i) => ({
    id: `svc${i}`,
    type: 'apigateway',
    api: { kind: i % 2 ? 'rest' : 'http', id: `a${String(i).padStart(9, '0')}`, region: 'eu-west-1', stage: i % 2 ? 'prod' : '$default' },
  }));
  const behaviors = Array.from({ length: 75 }, (_, i) => ({
    pathPattern: `/svc${i % 25}/v${i}/*`,
    originId: `svc${i % 25}`,
    methods: i % 3 ? 'all' : 'get-head',
    cache: i % 4 ? { policy: 'CachingDisabled' } : { policy: 'CachingOptimized' },
  }));
  return configFrom({ version: 1, name: 'large', origins, defaultBehavior: { originId: 'svc0' }, behaviors });
}

function expectError(input: string, kind: LinkErrorKind) {
  const result = decodeFragment(input);
  if (result.ok) throw new Error(`expected a ${kind} error for ${input.slice(0, 60)}`);
  expect(result.error.kind).toBe(kind);
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error;
}

describe('share links: the frozen version-1 fixture', () => {
  it('always opens to the same config', () => {
    expect(decodeFragment(FIXTURE_V1)).toEqual({ ok: true, config: FIXTURE_CONFIG });
  });

  it('is also what encoding that config produces today', () => {
    expect(encodeConfig(configFrom(FIXTURE_CONFIG))).toBe(FIXTURE_V1);
  });

  it('opens from a whole link, a #fragment or a bare fragment, with other fragment parameters around', () => {
    for (const form of [
      `https://apifront.example/app/?x=1#${FIXTURE_V1}`,
      `#${FIXTURE_V1}`,
      `  ${FIXTURE_V1}\n`,
      `#tab=review&${FIXTURE_V1}&x=y`,
    ]) {
      const result = decodeFragment(form);
      expect(result.ok && result.config.name).toBe('fixture-v1');
    }
  });
});

describe('share links: encoding', () => {
  it('round-trips both presets and a large config', () => {
    for (const config of [presetConfig('api-only-rest'), presetConfig('api-only-http'), largeConfig()]) {
      expect(decodeFragment(encodeConfig(config))).toEqual({ ok: true, config });
    }
  });

  it('keeps the "API only" link within 400 characters (DESIGN.md quality bar)', () => {
    const link = linkOf(shareLink(presetConfig('api-only-rest'), 'https://apifront.example/'));
    expect(link.length).toBeLessThanOrEqual(400);
    expect(encodeConfig(presetConfig('api-only-rest')).length).toBeLessThanOrEqual(375);
    expect(encodeConfig(presetConfig('api-only-http')).length).toBeLessThanOrEqual(390);
  });

  it('keeps a 75-behavior, 25-origin config well under the size cap', () => {
    expect(encodeConfig(largeConfig()).length).toBeLessThan(MAX_LINK_CHARS / 4);
  });

  it('builds the link on the base URL, replacing any fragment it had', () => {
    const config = presetConfig('api-only-rest');
    const fragment = encodeConfig(config);
    const sum = linkChecksum(fragment.slice('c='.length));
    expect(linkOf(shareLink(config, 'https://x.example/tools/apifront/'))).toBe(`https://x.example/tools/apifront/#${fragment}.${sum}`);
    expect(linkOf(shareLink(config, 'https://x.example/#c=1.old'))).toBe(`https://x.example/#${fragment}.${sum}`);
  });

  it('uses only URL-safe characters', () => {
    expect(encodeConfig(largeConfig())).toMatch(/^c=1\.[A-Za-z0-9_-]+$/);
  });
});

describe('share links: secrets', () => {
  const config = buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset changed');
    origin.customHeaders = [
      { name: 'X-Team', value: 'payments' },
      { name: 'Referer', value: 'let-me-in' },
      { name: 'X-Custom', value: 'q8Zr2Lw0Xy7Vb4Nc1Mt6' },
      { name: 'X-Api-Key', value: '' },
    ];
    origin.verifyHeader = { name: 'X-Origin-Verify' };
  });

  it('leaves secret-looking header values out of the link and lists them', () => {
    const made = shareLink(config, 'https://apifront.example/');
    const { omitted } = made;
    const link = linkOf(made);
    expect(omitted.map((o) => o.path)).toEqual(['origins[0].customHeaders[1].value', 'origins[0].customHeaders[2].value']);
    expect(omitted[0]?.reason).toMatch(/Referer/);
    expect(omitted[1]?.reason).toMatch(/random/);
    const decoded = decodeFragment(link);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.config.origins[0]?.customHeaders).toEqual([
      { name: 'X-Team', value: 'payments' },
      { name: 'Referer', value: '' },
      { name: 'X-Custom', value: '' },
      { name: 'X-Api-Key', value: '' },
    ]);
    expect(link).not.toContain('let-me-in');
  });

  it('does not change the config it was given', () => {
    shareLink(config, 'https://apifront.example/');
    expect(config.origins[0]?.customHeaders[1]?.value).toBe('let-me-in');
  });

  it('omits nothing from an ordinary config', () => {
    expect(shareLink(presetConfig('api-only-rest'), 'https://apifront.example/').omitted).toEqual([]);
  });
});

describe('share links: bad input gives a typed error, never an exception', () => {
  const good = encodeConfig(presetConfig('api-only-rest'));
  const payload = good.slice('c=1.'.length);

  it.each<[string, string, LinkErrorKind]>([
    ['empty', '', 'not-a-link'],
    ['a plain URL', 'https://example.com/', 'not-a-link'],
    ['another fragment', '#section-2', 'not-a-link'],
    ['an empty parameter', '#c=', 'not-a-link'],
    ['no version', `#c=${payload}`, 'unsupported-version'],
    ['a non-numeric version', `#c=x.${payload}`, 'unsupported-version'],
    ['version 0', `#c=0.${payload}`, 'unsupported-version'],
    ['a negative version', `#c=-1.${payload}`, 'unsupported-version'],
    ['a future version', `#c=2.${payload}`, 'future-version'],
    ['a far-future version', `#c=999999999.${payload}`, 'future-version'],
    ['nothing after the version', '#c=1.', 'corrupt'],
    ['cut off at 4n+1 characters', `#c=1.${payload.slice(0, 41)}`, 'corrupt'],
    ['cut off mid-way', `#c=1.${payload.slice(0, 150)}`, 'corrupt'],
    ['an odd number of bytes', `#c=1.${payload.slice(0, 3)}`, 'corrupt'],
    ['standard base64 characters', `#c=1.${payload.slice(0, 20)}+/${payload.slice(22)}`, 'corrupt'],
    ['percent-encoding', `#c=1.${payload.slice(0, 20)}%20${payload.slice(20)}`, 'corrupt'],
    ['HTML', '#c=1.<script>alert(1)</script>', 'corrupt'],
    ['random base64url', '#c=1.SGVsbG8sIHdvcmxkISBUaGlzIGlzIG5vdCBhIGNvbmZpZw', 'corrupt'],
    ['JSON that is not an object', `#${fragmentOf('[1,2,3]')}`, 'corrupt'],
    ['JSON null', `#${fragmentOf('null')}`, 'corrupt'],
    ['text that is not JSON', `#${fragmentOf('alert(document.cookie)')}`, 'corrupt'],
    ['a 200 KB fragment', `#c=1.${'A'.repeat(200_000)}`, 'too-large'],
    ['a config without origins', `#${fragmentOf('{"name":"x","origins":[]}')}`, 'invalid-config'],
  ])('%s', (_name, input, kind) => {
    expectError(input, kind);
  });

  it('names the fields of an invalid config, as the CLI does', () => {
    const error = expectError(
      `#${fragmentOf('{"origins":[{"id":"api","api":{"kind":"soap","id":"x","region":"r","stage":"s"}}],"colour":"red"}')}`,
      'invalid-config',
    );
    expect(error.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['origins[0].api.kind', '']));
    expect(error.message).toMatch(/origins\[0\]\.api\.kind: must be one of/);
    expect(error.message).toMatch(/unknown field "colour"/);
  });

  it('reports __proto__ and constructor keys as unknown fields instead of following them', () => {
    const error = expectError(`#${fragmentOf('{"__proto__":{"polluted":true},"origins":[{"id":"a","api":{"kind":"rest","id":"x","region":"r","stage":"s","constructor":1}}]}')}`, 'invalid-config');
    expect(error.message).toMatch(/__proto__/);
    expect(error.message).toMatch(/constructor/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a payload that unpacks to millions of characters as too large', () => {
    const bomb = fragmentOf('['.repeat(1_050_000));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expectError(`#${bomb}`, 'too-large');
  });

  it('refuses a link from a newer version with a message that says so', () => {
    expect(expectError(`#c=7.${payload}`, 'future-version').message).toMatch(/newer apifront \(link format 7\)/);
  });

  it('does not trust a "version" inside the payload', () => {
    const error = expectError(`#${fragmentOf('{"version":2,"origins":[{"id":"a","api":{"kind":"rest","id":"x","region":"r","stage":"s"}}]}')}`, 'invalid-config');
    expect(error.problems).toEqual([{ path: 'version', message: expect.stringMatching(/newer/) }]);
  });
});

describe('share links: integrity', () => {
  const made = linkOf(shareLink(presetConfig('api-only-rest'), 'https://apifront.example/'));
  const fragment = made.slice(made.indexOf('#') + 1);

  it('ends in check characters, and a link without them (made before) still opens', () => {
    expect(fragment).toMatch(/^c=1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{3}$/);
    expect(decodeFragment(fragment)).toEqual({ ok: true, config: presetConfig('api-only-rest') });
    expect(decodeFragment(fragment.slice(0, fragment.lastIndexOf('.')))).toEqual({ ok: true, config: presetConfig('api-only-rest') });
  });

  it('never opens another config from a link with one bit flipped (every bit of the payload)', () => {
    let damaged = 0;
    let other = 0;
    for (let i = 'c=1.'.length; i < fragment.length; i++) {
      for (let bit = 0; bit < 7; bit++) {
        const flipped = `${fragment.slice(0, i)}${String.fromCharCode(fragment.charCodeAt(i) ^ (1 << bit))}${fragment.slice(i + 1)}`;
        const result = decodeFragment(flipped);
        if (!result.ok) damaged++;
        else if (JSON.stringify(result.config) !== JSON.stringify(presetConfig('api-only-rest'))) other++;
      }
    }
    expect(other).toBe(0);
    expect(damaged).toBeGreaterThan(0);
  });

  it('says "damaged" for a changed character (fuzz)', () => {
    const payloadStart = 'c=1.'.length;
    fc.assert(
      fc.property(fc.integer({ min: payloadStart, max: fragment.length - 5 }), fc.constantFrom(...'ABCabc012-_'.split('')), (i, ch) => {
        fc.pre(fragment[i] !== ch);
        const result = decodeFragment(`${fragment.slice(0, i)}${ch}${fragment.slice(i + 1)}`);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(/damaged|cannot use/);
      }),
      { ...fuzzSettings('link integrity', 300) },
    );
  });

  it('never makes a link the decoder refuses: too large a config gets a reason instead', () => {
    const huge = buildConfig((c) => void (c.distribution.comment = 'x'.repeat(MAX_CONFIG_JSON_CHARS)));
    const refused = shareLink(huge, 'https://apifront.example/');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/too large for a link.*config file/);
    // Random text does not compress: the link would pass the length cap.
    const noisy = buildConfig((c) => void (c.distribution.comment = Array.from({ length: 40_000 }, (_v, i) => ((i * 7919) % 65521).toString(36)).join('')));
    const long = shareLink(noisy, 'https://apifront.example/');
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toMatch(/characters long; apifront opens links of at most 16,384/);
  });

  it('refuses a 50 MB comment at once, without compressing it', () => {
    const start = performance.now();
    const refused = shareLink(buildConfig((c) => void (c.distribution.comment = 'y'.repeat(50_000_000))), 'https://apifront.example/');
    expect(refused.ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
