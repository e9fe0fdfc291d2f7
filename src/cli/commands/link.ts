import { COMMAND_META } from './meta';
import { describeOmitted } from '../../core/share/secret-headers';
import { decodeFragment, shareLink } from '../../core/share/share-codec';
import { readConfigInput } from '../config-input';
import { CliError, parseArgs, warn, writeOut } from '../io';
import type { Command } from './types';

/**
 * Where links point when --base is not given. The app is a static site that can be hosted anywhere,
 * so there is no canonical address: the default is the local dev server (`npm start`), and
 * APIFRONT_BASE_URL or --base names a hosted copy.
 */
export const DEFAULT_BASE_URL = 'http://localhost:5173/';

function baseUrl(flag: string | boolean | undefined): string {
  const base = typeof flag === 'string' ? flag : (process.env.APIFRONT_BASE_URL || DEFAULT_BASE_URL);
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new CliError(`--base "${base}" is not a URL; give the address where apifront is hosted, e.g. https://tools.example.com/apifront/`, 2);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CliError(`--base "${base}" must be an http:// or https:// address`, 2);
  }
  return base;
}

export const linkCommand: Command = {
  ...COMMAND_META.link,
  help: [
    'Prints <base>#c=1.<payload>: the config, minimised and compressed, for the app to open.',
    `--base URL: where apifront is hosted (default: $APIFRONT_BASE_URL, else ${DEFAULT_BASE_URL}, the dev server).`,
    'Custom header values that look secret (by name: Referer, x-api-key, Authorization, names with',
    'verify/secret/token/key/pass/auth; by value: JWTs, AWS keys, PEM keys, URLs with a password,',
    'passphrases, long random values) are left out of the link; stderr lists them.',
  ].join('\n'),
  run(args) {
    const { positionals, flags } = parseArgs(args, { strings: ['base'] });
    const [file, extra] = positionals;
    if (!file || extra !== undefined) throw new CliError('expected one config file: link CONFIG.json [--base URL]', 2);
    const base = baseUrl(flags.base);
    const config = readConfigInput(file);
    const result = shareLink(config, base);
    if (result.omitted.length > 0) warn(describeOmitted(result.omitted));
    if (!result.ok) throw new CliError(`no link: ${result.message}`, 1);
    writeOut(result.link, undefined);
    return 0;
  },
};

export const decodeCommand: Command = {
  ...COMMAND_META.decode,
  help: [
    'LINK is a whole link, its #c=... fragment or the bare c=... part (quote it for the shell).',
    'Prints the full config (defaults written out). A damaged, foreign or invalid link exits 2',
    'with the same message the app shows.',
  ].join('\n'),
  run(args) {
    const { positionals } = parseArgs(args, {});
    const [link, extra] = positionals;
    if (link === undefined || extra !== undefined) throw new CliError('expected one link: decode LINK (quote it: decode "https://...#c=1....")', 2);
    const result = decodeFragment(link);
    if (!result.ok) {
      for (const p of result.error.problems ?? []) warn(`link: ${p.path || '(config)'}: ${p.message}`);
      throw new CliError(result.error.message, 2);
    }
    writeOut(JSON.stringify(result.config, null, 2), undefined);
    return 0;
  },
};
