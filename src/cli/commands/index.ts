import { COMMAND_META } from './meta';
import type { Command } from './types';

export interface CommandEntry {
  name: string;
  usage: string;
  summary: string;
  /** The command's code, loaded on demand (a cold `lint` does not parse the renderer). */
  load: () => Promise<Command>;
}

/** In the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { ...COMMAND_META.render, load: async () => (await import('./render')).renderCommand },
  { ...COMMAND_META.lint, load: async () => (await import('./lint')).lintCommand },
  { ...COMMAND_META.trace, load: async () => (await import('./trace')).traceCommand },
  { ...COMMAND_META.link, load: async () => (await import('./link')).linkCommand },
  { ...COMMAND_META.decode, load: async () => (await import('./link')).decodeCommand },
  { ...COMMAND_META.rules, load: async () => (await import('./rules')).rulesCommand },
];
