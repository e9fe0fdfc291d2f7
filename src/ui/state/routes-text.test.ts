import { describe, expect, it } from 'vitest';
import { parseRoutesText, routesToText } from './routes-text';

describe('parseRoutesText', () => {
  it('reads METHOD /path lines, upper-casing the method and skipping blanks and comments', () => {
    expect(parseRoutesText('get /users\n\n# health\nANY /{proxy+}\n  POST   /users/{id}  ')).toEqual({
      routes: [
        { method: 'GET', path: '/users' },
        { method: 'ANY', path: '/{proxy+}' },
        { method: 'POST', path: '/users/{id}' },
      ],
      errors: [],
    });
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const parsed = parseRoutesText('GET /ok\nFETCH /x\nGET users\nGET /a /b\nGET /{p+}/tail');
    expect(parsed.routes).toEqual([{ method: 'GET', path: '/ok' }]);
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(parsed.errors[0]?.message).toContain('"FETCH" is not a method');
    expect(parsed.errors[1]?.message).toContain('must start with "/"');
    expect(parsed.errors[2]?.message).toContain('one method and one path');
    expect(parsed.errors[3]?.message).toContain('greedy');
  });

  it('round-trips through routesToText', () => {
    const text = 'GET /users\nDELETE /users/{id}';
    expect(routesToText(parseRoutesText(text).routes)).toBe(text);
  });
});
