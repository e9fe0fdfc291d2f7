import { warn } from '../io';
import type { Command } from './types';

export const lintCommand: Command = {
  name: 'lint',
  usage: 'lint',
  summary: 'not implemented yet',
  run() {
    warn('lint: not implemented yet');
    return 2;
  },
};
