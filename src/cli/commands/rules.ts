import { warn } from '../io';
import type { Command } from './types';

export const rulesCommand: Command = {
  name: 'rules',
  usage: 'rules',
  summary: 'not implemented yet',
  run() {
    warn('rules: not implemented yet');
    return 2;
  },
};
