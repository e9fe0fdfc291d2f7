import { COMMAND_META } from './meta';
import { parseConfig } from '../../core/model/parse';
import { defaultViewerHost, trace, viewerRequest, type Trace } from '../../core/request';
import { CliError, parseJsonText, readText, warn, writeOut } from '../io';
import type { Command } from './types';

/** The JSON the command prints: stable names scripts can rely on. */
export function traceJson(trace: Trace) {
  const o = trace.originRequest;
  return {
    behavior: trace.behavior.isDefault ? 'default' : trace.behavior.pattern,
    skippedBehaviors: trace.behavior.skipped,
    methodAllowed: trace.methodAllowed,
    function: trace.rewrite.rewrites ? { uriBefore: trace.rewrite.uriBefore, uriAfter: trace.rewrite.uriAfter, addedHeaders: trace.rewrite.addedHeaders } : null,
    cached: trace.cache.cached,
    cache: { known: trace.cache.known, when: trace.cache.when, ttl: trace.cache.ttl ?? null, sharedAcrossUsers: trace.cache.sharedAcrossUsers, reason: trace.cache.reason },
    originRequest: trace.reachesOrigin
      ? { url: o.url, originId: o.originId, host: o.host, sni: o.sni, hostForwarded: o.hostForwarded ?? null, headers: o.headers, dropped: o.dropped, partlyUnknown: o.partlyUnknown }
      : null,
    ...(trace.api?.routing ? { routing: trace.api.routing } : {}),
    answer: { status: trace.answer.status, by: trace.answer.by, certainty: trace.answer.certainty, reason: trace.answer.reason, ...(trace.answer.ruleId ? { rule: trace.answer.ruleId } : {}), facts: trace.answer.facts },
    notes: trace.notes,
  };
}

export function traceText(trace: Trace): string {
  const b = trace.behavior;
  const o = trace.originRequest;
  const status = Array.isArray(trace.answer.status) ? trace.answer.status.join(' or ') : String(trace.answer.status);
  const lines = [
    `${trace.request.method} https://${trace.request.host}${trace.request.path}${trace.request.query ? `?${trace.request.query}` : ''}`,
    `  behavior   ${b.isDefault ? 'default (*)' : b.pattern}${b.skipped.length ? `  (not matched first: ${b.skipped.join(', ')})` : ''}`,
  ];
  if (trace.rewrite.rewrites) lines.push(`  function   ${trace.rewrite.uriBefore} -> ${trace.rewrite.uriAfter}${trace.rewrite.rewrites.forwardedHost ? ', X-Forwarded-Host set' : ''}`);
  lines.push(`  cache      ${trace.cache.reason}`);
  if (trace.reachesOrigin) {
    lines.push(`  origin     ${o.url}`);
    for (const [name, value] of Object.entries(o.headers)) lines.push(`             ${name}: ${value}`);
    const dropped = [...o.dropped.headers, ...o.dropped.queryStrings.map((q) => `?${q}`), ...o.dropped.cookies.map((c) => `cookie ${c}`)];
    if (dropped.length) lines.push(`  dropped    ${dropped.join(', ')}`);
  }
  if (trace.api?.routing) lines.push(`  routing    ${trace.api.routing.reason}`);
  lines.push(`  answer     ${status} (${trace.answer.by}, ${trace.answer.certainty}): ${trace.answer.reason}`);
  for (const note of trace.notes) lines.push(`  note       ${note}`);
  return `${lines.join('\n')}\n`;
}

export const traceCommand: Command = {
  ...COMMAND_META.trace,
  help: [
    'URL is a full URL (its host is the viewer Host) or a path (the first alias is the Host).',
    '-H adds a request header (repeat it). The JSON has behavior, originRequest.url and .headers, cached,',
    'and answer.status (a number, or a list when it could be either) with answer.reason.',
    'Exit 0; 1 for an invalid config; 2 for unreadable input or a bad URL.',
  ].join('\n'),
  run(args) {
    const positionals: string[] = [];
    const headers: string[] = [];
    let method = 'GET';
    let format = 'text';
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const value = () => {
        const next = args[++i];
        if (next === undefined) throw new CliError(`${arg} needs a value`, 2);
        return next;
      };
      if (arg === '-H' || arg === '--header') headers.push(value());
      else if (arg === '-X' || arg === '--method') method = value();
      else if (arg.startsWith('--method=')) method = arg.slice('--method='.length);
      else if (arg === '--format') format = value();
      else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
      else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}; see trace --help`, 2);
      else positionals.push(arg);
    }
    const [file, url, extra] = positionals;
    if (!file || url === undefined || extra !== undefined) throw new CliError("expected a config and a URL: trace CONFIG URL [--method M] [-H 'Name: value']", 2);
    if (format !== 'text' && format !== 'json') throw new CliError(`--format must be text or json, not "${format}"`, 2);
    const parsed = parseConfig(parseJsonText(readText(file), file));
    if (!parsed.ok) {
      for (const p of parsed.problems) warn(`${file}: ${p.path || '(config)'}: ${p.message}`);
      warn(`${file}: not a valid apifront config (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'})`);
      return 1;
    }
    const host = defaultViewerHost(parsed.config);
    const request = viewerRequest({ url, method, headers, ...(host ? { defaultHost: host } : {}) });
    if (!request.ok) throw new CliError(request.error, 2);
    const result = trace(parsed.config, request.value);
    if (!result.ok) {
      warn(`${file}: ${result.error}`);
      return 1;
    }
    writeOut(format === 'json' ? JSON.stringify(traceJson(result.trace), null, 2) : traceText(result.trace), undefined);
    return 0;
  },
};
