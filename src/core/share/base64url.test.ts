import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('base64url', () => {
  it('encodes the RFC 4648 test vectors without padding, using - and _', () => {
    const enc = (s: string) => encodeBase64Url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(encodeBase64Url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_');
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        expect(decodeBase64Url(encodeBase64Url(data))).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    for (const bad of ['Zm9v+', 'Zm9v/', 'Zm9v=', 'Zm 9v', 'Zm9vé', 'Zm9v\u0000', 'Z', 'Zm9vY']) {
      expect(decodeBase64Url(bad), bad).toBeUndefined();
    }
  });

  it('agrees with Node for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (data) => {
        expect(encodeBase64Url(data)).toBe(Buffer.from(data).toString('base64url'));
      }),
      { numRuns: 300 },
    );
  });
});
