/**
 * A viewer request as the trace takes it: method, scheme, host, path, query and headers. Built from a
 * URL (or a path), from `-H 'Name: value'` lines, or from a pasted curl command. Every parse error is a
 * sentence that says what to enter instead; nothing here throws.
 */

export interface ViewerRequest {
  method: string;
  scheme: 'https' | 'http';
  /** The Host the viewer sends: the alias, or the distribution's own domain. */
  host: string;
  /** The path as sent (no query, no fragment), always starting with `/`. */
  path: string;
  /** The raw query string without `?`; "" for none. */
  query: string;
  /** Header names in lower case (HTTP/2 spelling), values as sent; `host` is kept in `host`. */
  headers: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Shown until the distribution exists. */
export const DISTRIBUTION_HOST_PLACEHOLDER = 'dxxxxxxxxxxxxx.cloudfront.net';

export const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'] as const;

interface ParsedUrl {
  scheme?: 'https' | 'http';
  host?: string;
  path: string;
  query: string;
}

/** Accept `https://host/path?q` or `/path?q`; anything else gets a message saying what to enter. */
export function parseViewerUrl(input: string): ParsedUrl | { error: string } {
  const text = input.trim();
  if (text === '') return { error: 'Enter a path such as /api/users or a full URL such as https://api.example.com/api/users.' };
  if (/\s/.test(text)) return { error: `"${text}" contains a space; encode it as %20.` };
  let rest: string;
  let scheme: ParsedUrl['scheme'];
  let host: string | undefined;
  if (text.startsWith('/')) rest = text;
  else {
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(text);
    if (!m) return { error: `"${text}" is neither a path starting with / nor a full URL (https://host/path).` };
    const s = (m[1] ?? '').toLowerCase();
    if (s === 'ws' || s === 'wss') return { error: 'WebSocket URLs are not supported: CloudFront here fronts REST and HTTP APIs.' };
    if (s !== 'https' && s !== 'http') return { error: `"${s}://" is not a web URL; use https://host/path.` };
    if (!m[2]) return { error: `"${text}" has no host name.` };
    scheme = s;
    host = (m[2] ?? '').replace(/:\d+$/, '').toLowerCase();
    rest = m[3] || '/';
    if (!rest.startsWith('/')) rest = `/${rest}`;
  }
  const noFragment = rest.split('#', 1)[0] ?? '';
  const q = noFragment.indexOf('?');
  const path = q === -1 ? noFragment : noFragment.slice(0, q);
  const query = q === -1 ? '' : noFragment.slice(q + 1);
  return { ...(scheme ? { scheme } : {}), ...(host ? { host } : {}), path, query };
}

/** `Name: value` -> [name, value]; a message for anything else. */
export function parseHeaderLine(line: string): Parsed<[string, string]> {
  const colon = line.indexOf(':');
  const name = colon === -1 ? '' : line.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    return { ok: false, error: `"${line}" is not a header: write it as Name: value (for example Authorization: Bearer abc).` };
  }
  return { ok: true, value: [name.toLowerCase(), line.slice(colon + 1).trim()] };
}

export interface ViewerRequestInput {
  url: string;
  method?: string;
  /** `Name: value` lines. */
  headers?: readonly string[];
  /** Host to use when `url` is a bare path (the first alias, usually). */
  defaultHost?: string;
}

/** A viewer request from a URL or path, a method and header lines. */
export function viewerRequest(input: ViewerRequestInput): Parsed<ViewerRequest> {
  const url = parseViewerUrl(input.url);
  if ('error' in url) return { ok: false, error: url.error };
  const method = (input.method ?? 'GET').trim().toUpperCase();
  if (!/^[A-Z]+$/.test(method)) return { ok: false, error: `"${input.method ?? ''}" is not an HTTP method; use GET, POST, PUT ...` };
  const headers: Record<string, string> = {};
  let host = url.host ?? input.defaultHost ?? DISTRIBUTION_HOST_PLACEHOLDER;
  for (const line of input.headers ?? []) {
    const parsed = parseHeaderLine(line);
    if (!parsed.ok) return parsed;
    const [name, value] = parsed.value;
    if (name === 'host') host = value.toLowerCase();
    // Repeated headers are joined, as a proxy does (cookies with "; ").
    else headers[name] = name in headers ? `${headers[name]}${name === 'cookie' ? '; ' : ', '}${value}` : value;
  }
  return { ok: true, value: { method, scheme: url.scheme ?? 'https', host, path: url.path, query: url.query, headers } };
}

/** Split a shell command line into words: single and double quotes, backslash escapes, line continuations. */
export function shellWords(command: string): Parsed<string[]> {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  const text = command.replace(/\\\r?\n/g, ' ');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word = (word ?? '') + ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && /["\\$`]/.test(text[i + 1] ?? '')) word = (word ?? '') + (text[++i] ?? '');
      else word = (word ?? '') + ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '\\') {
      word = (word ?? '') + (text[++i] ?? '');
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) return { ok: false, error: `The command has an unclosed ${quote} quote.` };
  if (word !== null) words.push(word);
  return { ok: true, value: words };
}

const CURL_FLAGS_WITH_VALUE = new Set(['-d', '--data', '--data-raw', '--data-binary', '--json', '-u', '--user', '-o', '--output', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '--aws-sigv4', '--connect-timeout', '-m', '--max-time', '-w', '--write-out']);

/**
 * A viewer request from a pasted `curl` command: the URL, `-X`/`--request`, `-I`/`--head`, `-H`,
 * `-A`, `-e`, `-b` (cookies) and a body flag (POST when no method is given), as curl itself reads them.
 */
export function parseCurl(command: string, defaultHost?: string): Parsed<ViewerRequest> {
  const split = shellWords(command.trim());
  if (!split.ok) return split;
  const words = split.value;
  if (words[0] !== 'curl') return { ok: false, error: 'Paste a command that starts with curl, or enter a URL.' };
  let method: string | undefined;
  let url: string | undefined;
  let hasBody = false;
  const headers: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    const next = () => words[++i] ?? '';
    if (w === '-X' || w === '--request') method = next();
    else if (w.startsWith('-X') && w.length > 2) method = w.slice(2);
    else if (w === '-I' || w === '--head') method = 'HEAD';
    else if (w === '-H' || w === '--header') headers.push(next());
    else if (w === '-A' || w === '--user-agent') headers.push(`User-Agent: ${next()}`);
    else if (w === '-e' || w === '--referer') headers.push(`Referer: ${next()}`);
    else if (w === '-b' || w === '--cookie') headers.push(`Cookie: ${next()}`);
    else if (CURL_FLAGS_WITH_VALUE.has(w)) {
      if (/^(-d|--data|--data-raw|--data-binary|--json)$/.test(w)) hasBody = true;
      next();
    } else if (w === '--url') url = next();
    else if (!w.startsWith('-')) url ??= w;
  }
  if (!url) return { ok: false, error: 'The curl command has no URL.' };
  return viewerRequest({ url, method: method ?? (hasBody ? 'POST' : 'GET'), headers, ...(defaultHost ? { defaultHost } : {}) });
}

/** The query string as ordered name/value pairs (`a=1&b&c=`), names and values as sent. */
export function queryPairs(query: string): { name: string; raw: string }[] {
  if (query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((raw) => ({ name: decodeName(raw.split('=', 1)[0] ?? ''), raw }));
}

/** Cookie header -> ordered pairs. */
export function cookiePairs(header: string | undefined): { name: string; raw: string }[] {
  if (!header) return [];
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((raw) => ({ name: (raw.split('=', 1)[0] ?? '').trim(), raw }));
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
