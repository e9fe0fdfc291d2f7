import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { renderCloudFormation } from './cloudformation';

function yamlOf(errorCaching: { code: number; ttl: number }[]): string {
  const config = buildConfig((c) => void (c.distribution.errorCaching = errorCaching));
  const file = renderCloudFormation(config, 'yaml')[0];
  if (!file) throw new Error('no template');
  return file.content;
}

describe('the error caching comment in the YAML', () => {
  it('names only the codes cached for 0 s, not one the user changed to 10 s', () => {
    const yaml = yamlOf([{ code: 404, ttl: 10 }, { code: 500, ttl: 0 }, { code: 502, ttl: 0 }]);
    const comment = yaml.split('\n').find((l) => l.includes('# Error caching TTL 0'));
    expect(comment).toContain('TTL 0 for 500, 502:');
    expect(comment).not.toContain('404');
  });

  it('is left out when no code is cached for 0 s', () => {
    expect(yamlOf([{ code: 404, ttl: 10 }])).not.toContain('Error caching TTL 0');
  });
});
