/**
 * Shell quoting fuzz: random hostile strings go through shellQuote, the curl plan and the deploy line;
 * a real POSIX shell (dash) parses each command (`sh -n`) and prints its arguments, and each value
 * must come back as exactly one argument, unchanged, with nothing executed.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfig, firstApiOrigin, makeBehavior } from '../testing/build-config';
import { fuzzSettings } from '../testing/fuzz';
import { curlCommand, renderChecksMarkdown } from './checks';
import { buildTemplates, deployCommand } from './cloudformation';
import { shellQuote } from './shell';

/** Arguments as the shell sees them: `printf '%s\0'` replaces the program, so nothing else runs. */
function shellWords(commandLine: string): string[] {
  const script = `printf '%s\\0' ${commandLine}`;
  expect(spawnSync('sh', ['-n', '-c', script]).status).toBe(0);
  const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stdout.split('\0').slice(0, -1);
}

/** Characters that mean something to a shell, plus controls and any Unicode (no NUL: argv cannot hold it). */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'\'"`$(){}[];&|<>*?!~#\\ \t\n\r=%^,.:/@'.split(''), '$(touch /tmp/x)', '$IFS', "'\\''"),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 24,
}).filter((s) => !s.includes('\0'));

describe('shellQuote', () => {
  it('leaves plain words bare and quotes everything else', () => {
    expect(shellQuote('https://api.example.com/v1/users')).toBe('https://api.example.com/v1/users');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$(id)')).toBe("'$(id)'");
  });

  it('makes every string one shell word, unchanged (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (values) => {
        expect(shellWords(values.map(shellQuote).join(' '))).toEqual(values);
      }),
      { ...fuzzSettings('shellQuote', 60) },
    );
  });
});

describe('commands apifront prints', () => {
  it('quotes a hostile path pattern in the curl plan (it stays one URL argument)', () => {
    const pattern = '/v1"&touch$IFS/tmp/x&"/*';
    const config = buildConfig((c) => {
      c.behaviors = [makeBehavior(pattern)];
    });
    const md = renderChecksMarkdown(config);
    const commands = [...md.matchAll(/```sh\n(.*)\n```/g)].map((m) => (m[1] as string).replace(/^curl /, ''));
    const urls = commands.map((c) => shellWords(c).at(-1));
    expect(urls).toContain('https://api.example.com/v1"&touch$IFS/tmp/x&"/example');
  });

  it('keeps every curl argument one word (fuzz)', () => {
    fc.assert(
      fc.property(hostile, hostile, (path, header) => {
        const url = `https://api.example.com${path}`;
        const words = shellWords(curlCommand('POST', url, ['-H', header]).replace(/^curl /, ''));
        expect(words.at(-1)).toBe(url);
        expect(words).toContain(header);
      }),
      { ...fuzzSettings('curlCommand', 40) },
    );
  });

  it('keeps every value of the deploy line one word (fuzz)', () => {
    fc.assert(
      fc.property(hostile, (zone) => {
        const config = buildConfig((c) => {
          if (c.domain.dns.mode === 'route53') c.domain.dns.hostedZoneId = zone;
          firstApiOrigin(c).verifyHeader = { name: 'X-Origin-Verify' };
        });
        const main = buildTemplates(config)[0];
        if (!main) throw new Error('no main stack');
        const words = shellWords(deployCommand(main.stack, 'orders-api.yaml').replace(/^aws /, ''));
        expect(words.slice(0, 7)).toEqual(['cloudformation', 'deploy', '--region', 'us-east-1', '--stack-name', 'orders-api', '--template-file']);
        expect(words).toContain(`HostedZoneId=${zone}`);
      }),
      { ...fuzzSettings('deployCommand', 40) },
    );
  });
});
