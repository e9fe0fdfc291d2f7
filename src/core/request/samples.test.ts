import { describe, expect, it } from 'vitest';
import { samplePathForPattern } from '../paths/route';
import { buildConfig } from '../testing/build-config';
import { sampleRequests, viewerHost } from './samples';

describe('sample requests for the path tester', () => {
  it('turns patterns into concrete paths', () => {
    expect(samplePathForPattern('/api/*', 'example')).toBe('/api/example');
    expect(samplePathForPattern('img/?.png', 'example')).toBe('/img/x.png');
  });

  it('uses the first concrete alias as host, or a CloudFront placeholder', () => {
    expect(viewerHost(buildConfig((c) => void (c.domain.aliases = ['*.example.com', 'api.example.com'])))).toBe('api.example.com');
    expect(viewerHost(buildConfig((c) => void (c.domain.aliases = [])))).toBe('dxxxxxxxxxxxxx.cloudfront.net');
  });

  it('prefills from routes, as viewers call them through the stage-carrying origin path', () => {
    const config = buildConfig((c) => {
      c.domain.aliases = ['api.example.com'];
      const origin = c.origins[0];
      if (origin?.type === 'apigateway') origin.api.routes = [{ method: 'POST', path: '/orders/{id}' }, { method: 'ANY', path: '/{proxy+}' }];
    });
    expect(sampleRequests(config)).toEqual([
      { method: 'POST', url: 'https://api.example.com/orders/example' },
      { method: 'GET', url: 'https://api.example.com/example' },
      { method: 'GET', url: 'https://api.example.com/' },
    ]);
  });

  it('falls back to one sample per behavior pattern', () => {
    const config = buildConfig((c) => {
      c.domain.aliases = [];
      c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/api/*' }];
    });
    expect(sampleRequests(config).map((s) => s.url)).toEqual(['https://dxxxxxxxxxxxxx.cloudfront.net/api/example', 'https://dxxxxxxxxxxxxx.cloudfront.net/']);
  });
});
