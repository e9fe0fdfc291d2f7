import { warn } from '../io';
import type { Command } from './types';

export const linkCommand: Command = {
  name: 'link',
  usage: 'link CONFIG.json [--base URL]',
  summary: 'not implemented yet',
  run() {
    warn('link: not implemented yet');
    return 2;
  },
};

export const decodeCommand: Command = {
  name: 'decode',
  usage: 'decode LINK',
  summary: 'not implemented yet',
  run() {
    warn('decode: not implemented yet');
    return 2;
  },
};
