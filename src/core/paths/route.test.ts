import { describe, expect, it } from 'vitest';
import type { ApiGatewayOrigin, ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { apiPathOf, isCatchAllRoute, matchApiRoute, routeCoversPrefix, sampleApiPath, samplePathForPattern } from './route';

function apiOrigin(config: ApifrontConfig): ApiGatewayOrigin {
  const o = config.origins[0];
  if (o?.type !== 'apigateway') throw new Error('preset has an API origin first');
  return o;
}

describe('route helpers', () => {
  it('prefers literal routes over parameters and exact methods over ANY', () => {
    const routes = [
      { method: 'ANY' as const, path: '/users/{id}' },
      { method: 'GET' as const, path: '/users/{id}' },
      { method: 'GET' as const, path: '/users/me' },
    ];
    expect(matchApiRoute(routes, '/users/me', 'GET').route?.path).toBe('/users/me');
    expect(matchApiRoute(routes, '/users/7', 'GET').route).toEqual({ method: 'GET', path: '/users/{id}' });
    expect(matchApiRoute(routes, '/users/7', 'PATCH').route?.method).toBe('ANY');
  });

  const restOrigin = apiOrigin(buildConfig());

  it('sample paths', () => {
    expect(sampleApiPath('/users/{id}/files/{proxy+}')).toBe('/users/example/files/example');
    expect(sampleApiPath('$default')).toBeNull();
    expect(samplePathForPattern('/api/*')).toBe('/api/users');
    expect(samplePathForPattern('/v?/*.json', 'orders')).toBe('/vx/orders.json');
    expect(samplePathForPattern('*')).toBe('/users');
  });

  it('route templates covering a prefix', () => {
    expect(routeCoversPrefix('/api/users', '/api')).toBe(true);
    expect(routeCoversPrefix('/{tenant}/users', '/api')).toBe(true);
    expect(routeCoversPrefix('/{proxy+}', '/api/v1')).toBe(true);
    expect(routeCoversPrefix('$default', '/api')).toBe(true);
    expect(routeCoversPrefix('/users', '/api')).toBe(false);
    expect(routeCoversPrefix('/api', '/api/v1')).toBe(false);
    expect(isCatchAllRoute('/{proxy+}')).toBe(true);
    expect(isCatchAllRoute('/users/{proxy+}')).toBe(false);
  });

  it('apiPathOf strips the stage or the base path', () => {
    expect(apiPathOf(restOrigin, '/prod/users')).toEqual({ path: '/users' });
    expect(apiPathOf(restOrigin, '/prod')).toEqual({ path: '/' });
    expect(apiPathOf(restOrigin, '/production/users').path).toBeNull();
  });
});
