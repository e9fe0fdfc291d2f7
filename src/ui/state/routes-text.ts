/**
 * The routes textarea: one `METHOD /path` per line (`GET /users/{id}`, `ANY /{proxy+}`). Valid lines
 * become the API's routes; every other line gets its own message naming the line and what to change.
 */
import type { ApiRoute } from '../../core/model/schema';

const METHODS: readonly ApiRoute['method'][] = ['ANY', 'GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

export interface RouteLineError {
  line: number;
  message: string;
}

export interface ParsedRoutes {
  routes: ApiRoute[];
  errors: RouteLineError[];
}

/** Parse the textarea. Blank lines and lines starting with `#` are ignored. */
export function parseRoutesText(text: string): ParsedRoutes {
  const routes: ApiRoute[] = [];
  const errors: RouteLineError[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const parts = trimmed.split(/\s+/);
    if (parts.length !== 2) {
      errors.push({ line, message: `Line ${line}: write one method and one path, like "GET /users/{id}" (got "${trimmed}").` });
      return;
    }
    const [methodText = '', path = ''] = parts;
    const method = METHODS.find((m) => m === methodText.toUpperCase());
    if (!method) {
      errors.push({ line, message: `Line ${line}: "${methodText}" is not a method; use one of ${METHODS.join(', ')}.` });
      return;
    }
    if (!path.startsWith('/')) {
      errors.push({ line, message: `Line ${line}: the path "${path}" must start with "/".` });
      return;
    }
    const greedy = path.indexOf('+}');
    if (greedy !== -1 && greedy !== path.length - 2) {
      errors.push({ line, message: `Line ${line}: a greedy {name+} segment must be the last part of the path.` });
      return;
    }
    routes.push({ method, path });
  });
  return { routes, errors };
}

/** The textarea text for a list of routes. */
export function routesToText(routes: readonly ApiRoute[]): string {
  return routes.map((r) => `${r.method} ${r.path}`).join('\n');
}
