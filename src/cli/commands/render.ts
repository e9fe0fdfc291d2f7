import { warn } from '../io';
import type { Command } from './types';

export const renderCommand: Command = {
  name: 'render',
  usage: 'render',
  summary: 'not implemented yet',
  run() {
    warn('render: not implemented yet');
    return 2;
  },
};
