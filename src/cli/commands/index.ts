import type { Command } from './types';
import { renderCommand } from './render';
import { lintCommand } from './lint';
import { rulesCommand } from './rules';
import { linkCommand, decodeCommand } from './link';

/** In the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [renderCommand, lintCommand, linkCommand, decodeCommand, rulesCommand];
