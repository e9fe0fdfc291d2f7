/**
 * Share links: `<base>#c=1.<payload>.<check>`, where `1` is the link format version, the payload is the
 * config minimised against the frozen version-1 defaults (minimise.ts), as JSON, compressed with
 * lz-string (`compressToUint8Array`) and base64url-encoded, and `<check>` is a short checksum of
 * `1.<payload>`: lz-string happily unpacks a payload with a changed character into another valid
 * config (a hosted zone `Z0123...` became `ZT123...`), so a damaged link is caught by the checksum
 * instead. Links made before the checksum existed (`c=1.<payload>`) still open.
 *
 * Decoding takes anything a user can paste and never throws: it checks the size first, evaluates
 * nothing (JSON.parse only), and validates with parseConfig, so a damaged, foreign or hostile link
 * gives a typed error with a message a person can act on, and the wizard stays usable.
 */
import * as lzNamespace from 'lz-string';
import { parseConfig, type ConfigProblem } from '../model/parse';
import type { ApifrontConfig } from '../model/schema';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { expandConfig, minimiseConfig } from './minimise';
import { withoutSecrets, type OmittedValue } from './secret-headers';

// lz-string is CommonJS: Node's ESM loader exposes it as `default` only, bundlers also as named exports.
type LzString = typeof lzNamespace;
const lz: LzString = (lzNamespace as unknown as { default?: LzString }).default ?? lzNamespace;

/** The link format this apifront writes and reads. */
export const LINK_FORMAT_VERSION = 1;
/** The fragment parameter that carries the config. */
export const LINK_PARAM = 'c';
/**
 * Longest link (or fragment) accepted, in characters. A 75-behavior, 25-origin config needs about
 * 3,000; the cap also bounds the work a hostile payload can cause: lz-string output can grow with
 * the square of its input, and 16 KiB of payload expands to at most ~30 M characters (~0.1 s).
 */
export const MAX_LINK_CHARS = 16_384;
/** Longest decompressed JSON accepted (a large real config is ~30 KB of JSON before minimising). */
export const MAX_CONFIG_JSON_CHARS = 1_000_000;

export type LinkErrorKind = 'not-a-link' | 'unsupported-version' | 'future-version' | 'corrupt' | 'too-large' | 'invalid-config';

export interface LinkError {
  kind: LinkErrorKind;
  /** One or two sentences: what is wrong and what to do. */
  message: string;
  /** For `invalid-config`: the fields at fault, as parseConfig reports them. */
  problems?: ConfigProblem[];
}

export type DecodeResult = { ok: true; config: ApifrontConfig } | { ok: false; error: LinkError };

export interface ShareLink {
  link: string;
  /** Secret-looking values that were replaced by "" (show these to the user). */
  omitted: OmittedValue[];
}

/**
 * The fragment (without `#`) for a config: `c=1.<payload>`. This is the raw codec: it keeps every
 * value, secrets included; links meant for people come from `shareLink`, which removes them first.
 */
export function encodeConfig(config: ApifrontConfig): string {
  const json = JSON.stringify(minimiseConfig(config));
  return `${LINK_PARAM}=${LINK_FORMAT_VERSION}.${encodeBase64Url(lz.compressToUint8Array(json))}`;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Check characters: 18 bits (3 base64url characters) keep the "API only" link within 400 characters. */
const CHECK_CHARS = 3;

/**
 * FNV-1a (32 bits) of the text, folded to 18 bits as base64url. Every step of FNV-1a is a bijection,
 * so any single changed character changes the 32-bit hash; folding keeps that for all but about one
 * damaged link in 260,000.
 */
export function linkChecksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const folded = (h ^ (h >>> 18)) & 0x3ffff;
  let out = '';
  for (let k = 0; k < CHECK_CHARS; k++) out += B64URL[(folded >>> (6 * k)) & 63];
  return out;
}

/** A link, or why none can be made (`message`: what is wrong and what to do instead). */
export type ShareLinkResult = ({ ok: true } & ShareLink) | { ok: false; message: string; omitted: OmittedValue[] };

/**
 * A link that opens the config in apifront at `baseUrl` (any fragment on it is replaced), with
 * secret-looking custom header values left out and listed in `omitted`; or, when the link would be
 * one the decoder refuses (too long, too large unpacked), why, so the caller can offer the config file.
 * The JSON is measured before compressing: lz-string takes seconds on megabytes.
 */
export function shareLink(config: ApifrontConfig, baseUrl: string): ShareLinkResult {
  const { config: publishable, omitted } = withoutSecrets(config);
  const hash = baseUrl.indexOf('#');
  const base = hash >= 0 ? baseUrl.slice(0, hash) : baseUrl;
  const json = JSON.stringify(minimiseConfig(publishable));
  const instead = 'Download the config file and send that instead.';
  if (json.length > MAX_CONFIG_JSON_CHARS) {
    return { ok: false, omitted, message: `This configuration is too large for a link (${withCommas(json.length)} characters of settings; links carry at most ${withCommas(MAX_CONFIG_JSON_CHARS)}). ${instead}` };
  }
  const value = `${LINK_FORMAT_VERSION}.${encodeBase64Url(lz.compressToUint8Array(json))}`;
  const link = `${base}#${LINK_PARAM}=${value}.${linkChecksum(value)}`;
  if (link.length > MAX_LINK_CHARS) {
    return { ok: false, omitted, message: `The link would be ${withCommas(link.length)} characters long; apifront opens links of at most ${withCommas(MAX_LINK_CHARS)}. ${instead}` };
  }
  // The decoder is the judge: a link it would refuse is never handed out.
  const check = decodeFragment(link);
  if (!check.ok) return { ok: false, omitted, message: `${check.error.message} ${instead}` };
  return { ok: true, link, omitted };
}

/** 16384 -> "16,384" without Intl (cheap, and the same in every runtime). */
function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fail(kind: LinkErrorKind, message: string, problems?: ConfigProblem[]): DecodeResult {
  return { ok: false, error: problems ? { kind, message, problems } : { kind, message } };
}

const DAMAGED = 'The link is damaged';
const ASK_AGAIN = 'ask for a fresh link, or copy it again in full';

function summariseProblems(problems: readonly ConfigProblem[]): string {
  const shown = problems.slice(0, 3).map((p) => `${p.path || '(config)'}: ${p.message}`);
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
  return `${shown.join('; ')}${more}`;
}

/** Everything after `c=` in the fragment, or undefined when there is no `c` parameter. */
function linkParam(hashOrLink: string): string | undefined {
  const trimmed = hashOrLink.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${LINK_PARAM}=`)) return part.slice(LINK_PARAM.length + 1);
  }
  return undefined;
}

function decompress(bytes: Uint8Array): string | undefined {
  try {
    const text: unknown = lz.decompressFromUint8Array(bytes);
    return typeof text === 'string' && text !== '' ? text : undefined;
  } catch {
    return undefined;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * A link, a `#c=...` fragment or a bare `c=...` -> the config it carries, or a typed error. Never
 * throws, whatever the input. The config is validated and completed (defaults filled in) exactly as
 * a config file is, so the problems read the same as the CLI's.
 */
export function decodeFragment(hashOrLink: string): DecodeResult {
  if (typeof hashOrLink !== 'string') return fail('not-a-link', 'This is not an apifront link.');
  if (hashOrLink.length > MAX_LINK_CHARS) {
    return fail(
      'too-large',
      `The link is too long (${withCommas(hashOrLink.length)} characters; apifront links are at most ${withCommas(MAX_LINK_CHARS)}). It was not made by apifront, or something was pasted into it.`,
    );
  }
  const value = linkParam(hashOrLink);
  if (value === undefined || value === '') {
    return fail('not-a-link', `This is not an apifront link: it has no "#${LINK_PARAM}=" part carrying a configuration.`);
  }
  const dot = value.indexOf('.');
  const versionText = dot >= 0 ? value.slice(0, dot) : '';
  if (!/^(0|[1-9]\d{0,14})$/.test(versionText)) {
    return fail('unsupported-version', `This link's format is not one apifront knows (it should start with "#${LINK_PARAM}=${LINK_FORMAT_VERSION}."); ${ASK_AGAIN}.`);
  }
  const version = Number(versionText);
  if (version > LINK_FORMAT_VERSION) {
    return fail(
      'future-version',
      `This link was made by a newer apifront (link format ${version}); this one reads format ${LINK_FORMAT_VERSION}. Open it with an up-to-date apifront.`,
    );
  }
  if (version !== LINK_FORMAT_VERSION) {
    return fail('unsupported-version', `Link format ${versionText} does not exist (this apifront reads format ${LINK_FORMAT_VERSION}); ${ASK_AGAIN}.`);
  }
  const [payload = '', check, ...extra] = value.slice(dot + 1).split('.');
  if (payload === '') return fail('corrupt', `${DAMAGED}: it ends right after "${LINK_PARAM}=${LINK_FORMAT_VERSION}.", so it was cut off; ${ASK_AGAIN}.`);
  if (extra.length > 0) return fail('corrupt', `${DAMAGED}: it has more parts than an apifront link; ${ASK_AGAIN}.`);
  // Links made before the checksum have none; a link with one must match it.
  if (check !== undefined && check !== linkChecksum(`${versionText}.${payload}`)) {
    return fail('corrupt', `${DAMAGED}: its check characters do not match its data (a character was changed, added or lost); ${ASK_AGAIN}.`);
  }
  const bytes = decodeBase64Url(payload);
  if (bytes === undefined) {
    return /^[A-Za-z0-9_-]*$/.test(payload)
      ? fail('corrupt', `${DAMAGED}: it is incomplete (probably cut off); ${ASK_AGAIN}.`)
      : fail('corrupt', `${DAMAGED}: it contains characters an apifront link never has (spaces, quotes, "+", "/", "%"...); ${ASK_AGAIN}.`);
  }
  // lz-string packs 16-bit units: an odd byte count means a cut-off link (and would make lz-string throw).
  if (bytes.length === 0 || bytes.length % 2 !== 0) return fail('corrupt', `${DAMAGED}: it is incomplete (probably cut off); ${ASK_AGAIN}.`);
  const json = decompress(bytes);
  if (json === undefined) return fail('corrupt', `${DAMAGED}: its data does not unpack (cut off or altered); ${ASK_AGAIN}.`);
  if (json.length > MAX_CONFIG_JSON_CHARS) {
    return fail('too-large', `The link unpacks to more than ${withCommas(MAX_CONFIG_JSON_CHARS)} characters, far more than any configuration; it was not made by apifront.`);
  }
  const parsed = parseJson(json);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return fail('corrupt', `${DAMAGED}: its data is not a configuration (cut off or altered); ${ASK_AGAIN}.`);
  }
  const result = parseConfig(expandConfig(parsed.value));
  if (!result.ok) {
    return fail(
      'invalid-config',
      `The link holds a configuration apifront cannot use (${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}): ${summariseProblems(result.problems)}.`,
      result.problems,
    );
  }
  return { ok: true, config: result.config };
}
