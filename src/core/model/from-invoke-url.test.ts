import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { configFromInvokeUrl } from './from-invoke-url';
import { parseInvokeUrl, type InvokeUrlInfo } from './invoke-url';

function parsed(url: string): InvokeUrlInfo {
  const result = parseInvokeUrl(url);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('configFromInvokeUrl', () => {
  const rest = parsed('https://z9y8x7w6v5.execute-api.ap-southeast-2.amazonaws.com/live/');

  it('keeps no example domain: the empty alias and hosted zone are errors that block the download', () => {
    const config = configFromInvokeUrl(rest, 'regional');
    expect(config.domain.aliases).toEqual(['']);
    expect(config.domain.dns).toMatchObject({ mode: 'route53', hostedZoneId: '', zoneName: '' });
    expect(JSON.stringify(config)).not.toContain('example.com');
    expect(config.name).toBe('api-z9y8x7w6v5');
    const errors = lint(config).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['AF101', 'AF604']);
  });

  it('takes the endpoint type the user chose: edge-optimized gets AF206, Regional does not', () => {
    const edge = configFromInvokeUrl(rest, 'edge');
    expect(edge.origins[0]).toMatchObject({ api: { kind: 'rest', endpoint: 'edge', id: 'z9y8x7w6v5', region: 'ap-southeast-2', stage: 'live' } });
    expect(lint(edge).map((f) => f.rule)).toContain('AF206');
    expect(lint(configFromInvokeUrl(rest, 'regional')).map((f) => f.rule)).not.toContain('AF206');
  });

  it('an HTTP API is always Regional', () => {
    const http = configFromInvokeUrl(parsed('https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com/'), 'edge');
    expect(http.origins[0]).toMatchObject({ api: { kind: 'http', endpoint: 'regional', stage: '$default' } });
  });
});
