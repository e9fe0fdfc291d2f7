/**
 * Property tests of the share codec: every valid config survives a link, and no string of any kind
 * makes decoding throw. Runs: RUNS per property (more with FC_RUNS=n).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApifrontConfig } from '../model/schema';
import { arbitraryConfig } from '../testing/arbitrary';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { decodeFragment, encodeConfig, type DecodeResult } from './share-codec';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const KINDS = ['not-a-link', 'unsupported-version', 'future-version', 'corrupt', 'too-large', 'invalid-config'];

/** A result is either a config or a typed error with a message; anything else (or a throw) fails. */
function expectWellFormed(result: DecodeResult): void {
  if (result.ok) {
    expect(result.config.version).toBe(1);
    return;
  }
  expect(KINDS).toContain(result.error.kind);
  expect(result.error.message).toMatch(/\S/);
  if (result.error.kind === 'invalid-config') expect(result.error.problems?.length).toBeGreaterThan(0);
}

/** Any string, hostile ones included: markup, quotes, lone surrogates, control characters. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u2028\u2029', '\ud800', '{{x}}', '${x}', '__proto__', ''),
);

/** Valid configs with hostile text in the free-text fields, so links carry them intact. */
const configWithHostileText: fc.Arbitrary<ApifrontConfig> = fc
  .tuple(arbitraryConfig(), hostileString, fc.array(hostileString, { maxLength: 3 }), hostileString)
  .map(([config, name, aliases, headerName]) => {
    const next = structuredClone(config);
    next.name = name;
    next.domain.aliases = aliases;
    next.origins[0]?.customHeaders.push({ name: headerName, value: 'v' });
    return next;
  });

const validFragment = arbitraryConfig().map(encodeConfig);

describe('share codec properties', () => {
  it('every valid config round-trips through a link deep-equal', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryConfig(), configWithHostileText), (config) => {
        expect(decodeFragment(encodeConfig(config))).toEqual({ ok: true, config });
      }),
      { numRuns: RUNS },
    );
  });

  it('any string decodes to a config or a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        expectWellFormed(decodeFragment(text));
        expectWellFormed(decodeFragment(`#c=1.${text}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('random base64url payloads and random bytes decode to a config or a typed error', () => {
    const base64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 400 });
    fc.assert(
      fc.property(base64url, fc.uint8Array({ maxLength: 400 }), (text, bytes) => {
        expectWellFormed(decodeFragment(`c=1.${text}`));
        expectWellFormed(decodeFragment(`c=1.${encodeBase64Url(bytes)}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('truncated links decode to a config or a typed error', () => {
    fc.assert(
      fc.property(validFragment, fc.nat(), (fragment, cut) => {
        expectWellFormed(decodeFragment(fragment.slice(0, cut % fragment.length)));
      }),
      { numRuns: RUNS },
    );
  });

  it('links with flipped bits decode to a config or a typed error', () => {
    fc.assert(
      fc.property(validFragment, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (fragment, positions) => {
        const bytes = decodeBase64Url(fragment.slice(4));
        if (!bytes) throw new Error('encoder produced invalid base64url');
        for (const p of positions) {
          const bit = p % (bytes.length * 8);
          bytes[bit >> 3] = (bytes[bit >> 3] as number) ^ (1 << (bit & 7));
        }
        expectWellFormed(decodeFragment(`c=1.${encodeBase64Url(bytes)}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('links with altered characters decode to a config or a typed error', () => {
    fc.assert(
      fc.property(validFragment, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), (fragment, at, insert) => {
        const i = at % fragment.length;
        expectWellFormed(decodeFragment(fragment.slice(0, i) + insert + fragment.slice(i + 1)));
      }),
      { numRuns: RUNS },
    );
  });

  it('any other version prefix is refused with the right kind', () => {
    fc.assert(
      fc.property(validFragment, fc.oneof(fc.integer({ min: 2, max: 1e9 }), fc.string({ maxLength: 5 })), (fragment, version) => {
        const result = decodeFragment(`c=${version}.${fragment.slice(4)}`);
        if (typeof version === 'number') expect(!result.ok && result.error.kind).toBe('future-version');
        else if (version === '1') expect(result.ok).toBe(true);
        else expectWellFormed(result);
      }),
      { numRuns: RUNS },
    );
  });
});
