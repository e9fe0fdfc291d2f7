import { describe, expect, it } from 'vitest';
import { parseInvokeUrl } from './invoke-url';

function ok(text: string) {
  const r = parseInvokeUrl(text);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.message}`);
  return r;
}
function error(text: string): string {
  const r = parseInvokeUrl(text);
  if (r.ok) throw new Error(`expected an error for ${text}`);
  return r.message;
}

describe('parseInvokeUrl', () => {
  it('reads a REST invoke URL with its stage', () => {
    const r = ok('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/');
    expect(r).toMatchObject({ kind: 'rest', apiId: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod', originPath: '/prod' });
    expect(r.customDomain).toBeUndefined();
    expect(r.explanation.join(' ')).toContain('origin path is /prod');
  });

  it('reads an HTTP API base URL as the $default stage with no origin path', () => {
    const r = ok('https://f6g7h8i9j0.execute-api.us-east-1.amazonaws.com');
    expect(r).toMatchObject({ kind: 'http', apiId: 'f6g7h8i9j0', region: 'us-east-1', stage: '$default', originPath: '' });
  });

  it('trims spaces and ignores a resource path, query and fragment', () => {
    const r = ok('  https://a1b2c3d4e5.execute-api.ap-southeast-2.amazonaws.com/dev/users/42?x=1#top \n');
    expect(r).toMatchObject({ stage: 'dev', originPath: '/dev', region: 'ap-southeast-2' });
    expect(r.explanation.join(' ')).toContain('/users/42');
    expect(r.explanation.join(' ')).toContain('query string');
  });

  it('assumes https:// when the scheme is missing', () => {
    expect(ok('a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod').stage).toBe('prod');
  });

  it('treats other https hosts as an API Gateway custom domain', () => {
    const r = ok('https://api.example.com/v1/orders');
    expect(r).toMatchObject({ kind: 'unknown', customDomain: { name: 'api.example.com', basePath: 'v1' }, originPath: '/v1', apiId: '' });
    expect(ok('https://api.example.com/')).toMatchObject({ originPath: '', customDomain: { basePath: '' } });
    expect(r.explanation.join(' ')).toContain('custom domain');
  });

  it.each([
    ['', 'Paste the invoke URL'],
    ['   ', 'Paste the invoke URL'],
    ['wss://abc1234567.execute-api.eu-west-1.amazonaws.com/prod', 'WebSocket APIs are not supported'],
    ['http://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod', 'HTTPS only'],
    ['ftp://example.com', 'not a web address'],
    ['not a url at all', 'not a URL'],
    ['https://localhost/prod', 'not a full host name'],
    ['https://abcdefghijklmnop.lambda-url.eu-west-1.on.aws/', 'Lambda function URL'],
    ['https://my-bucket.s3.eu-west-1.amazonaws.com/index.html', 'Amazon S3'],
    ['https://d111111abcdef8.cloudfront.net/', 'CloudFront distribution'],
    ['https://ABC.execute-api.eu-west-1.amazonaws.com/prod', 'malformed'],
    ['https://sqs.eu-west-1.amazonaws.com/', 'not an API Gateway invoke URL'],
    ['https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/pr%20od/', 'cannot be a stage name'],
  ])('refuses %j with a clear message', (text, expected) => {
    expect(error(text)).toContain(expected);
  });
});
