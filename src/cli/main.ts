/**
 * apifront CLI: a thin Node wrapper over src/core. stdout carries only the product (template,
 * findings, link, config); messages go to stderr. Exit 0 ok, 1 error findings or invalid config,
 * 2 unreadable input.
 */
// First: zod must be jitless before any schema is built (see jitless-first).
import './jitless-first';
import { CliError, warn } from './io';
import { COMMANDS } from './commands/index';

declare const __APIFRONT_VERSION__: string;
const VERSION = typeof __APIFRONT_VERSION__ === 'string' ? __APIFRONT_VERSION__ : '0.0.0-dev';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    `apifront ${VERSION}: CloudFront in front of API Gateway, without the classic mistakes.`,
    '',
    'Usage: node bin/apifront.mjs <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help, --version. Exit codes: 0 ok, 1 error findings or invalid config, 2 unreadable input.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    warn(`apifront: unknown command "${name}". Run with --help to see the commands.`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`Usage: node bin/apifront.mjs ${command.usage}\n\n${command.help ?? command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      warn(`apifront ${name}: ${error.message}`);
      return error.exitCode;
    }
    warn(`apifront ${name}: internal error: ${(error as Error).message}`);
    return 2;
  }
}
