import type { Command } from './types';
import { renderCommand } from './render';
import { lintCommand } from './lint';
import { rulesCommand } from './rules';
import { linkCommand, decodeCommand } from './link';
import { traceCommand } from './trace';

/** In the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [renderCommand, lintCommand, traceCommand, linkCommand, decodeCommand, rulesCommand];
