import { describe, expect, it } from 'vitest';
import { withThousands } from './format-number';

describe('withThousands', () => {
  it('groups the digits of whole numbers by three, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 4096, 65536, 1000000, 2000000000]) expect(withThousands(n)).toBe(n.toLocaleString('en-US'));
  });
});
