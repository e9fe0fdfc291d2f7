/**
 * defaults-v1.json is frozen: these tests say when the schema's defaults drift from it (then a new
 * format version and a migration are needed, not an edit of the file) and pin its shape.
 */
import { describe, expect, it } from 'vitest';
import defaultsV1 from '../model/defaults-v1.json';
import { configFrom } from '../model/parse';

const api = { kind: 'rest', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } as const;
const parsed = configFrom({
  version: 1,
  origins: [
    { id: 'g', type: 'apigateway', api },
    { id: 'c', type: 'custom', domainName: 'example.org' },
    { id: 's', type: 's3', bucketDomainName: 'b.s3.amazonaws.com' },
  ],
  behaviors: [{ pathPattern: '/x', originId: 'g' }],
  distribution: { errorPages: [{ code: 404 }] },
});

function without<T extends object>(value: T, ...keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k))) as Partial<T>;
}

describe('defaults-v1.json', () => {
  it('matches the schema defaults of the whole config', () => {
    const { origins: _o, defaultBehavior: _d, ...rest } = parsed;
    expect({ ...rest, behaviors: [], distribution: { ...rest.distribution, errorPages: [] } }).toEqual(defaultsV1.config);
  });

  it('matches the schema defaults of each origin type', () => {
    const [gateway, custom, s3] = parsed.origins;
    if (gateway?.type !== 'apigateway') throw new Error('first origin must be API Gateway');
    expect(without({ ...gateway, api: without(gateway.api, 'kind', 'id', 'region', 'stage') }, 'id')).toEqual(defaultsV1.origin.apigateway);
    expect(custom && without(custom, 'id', 'type', 'domainName')).toEqual(defaultsV1.origin.custom);
    expect(s3 && without(s3, 'id', 'type', 'bucketDomainName')).toEqual(defaultsV1.origin.s3);
  });

  it('matches the schema defaults of behaviors and error pages', () => {
    expect(without(parsed.defaultBehavior, 'originId')).toEqual(defaultsV1.behavior);
    expect(parsed.behaviors[0] && without(parsed.behaviors[0], 'originId', 'pathPattern')).toEqual(defaultsV1.behavior);
    expect(parsed.distribution.errorPages[0] && without(parsed.distribution.errorPages[0], 'code')).toEqual(defaultsV1.errorPage);
  });

  it('has exactly these sections (objects compared field by field)', () => {
    const sections: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      if (Object.keys(value).length > 1) sections.push(path);
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    };
    const { $comment: _c, ...data } = defaultsV1;
    walk(data, '');
    expect(sections).toEqual([
      '',
      'config',
      'config.domain',
      'config.distribution',
      'origin',
      'origin.apigateway',
      'origin.apigateway.api',
      'origin.custom',
      'origin.s3',
      'behavior',
      'errorPage',
    ]);
  });
});
