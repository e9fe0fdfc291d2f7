/**
 * Exact inclusion of one CloudFront path pattern in another: does `broader` match every viewer path
 * that `narrower` matches? Used by AF303 (a behavior shadowed by an earlier one, facts 27-28).
 *
 * Method: a search over the product of the narrower pattern (an NFA, kept nondeterministic) and the
 * subset construction of the broader one. The infinite character set is split into the characters
 * that occur literally in either pattern plus one "any other" class; every character of a class acts
 * the same on both patterns, so one representative per class is enough. A reachable pair where the
 * narrower pattern has matched but no broader state accepts yields a counterexample path; if no such
 * pair exists the inclusion holds. Only paths that start with `/` count, as only those reach CloudFront.
 */
import { globMatch, normalizePattern } from './match';

type Token = { kind: 'star' } | { kind: 'any' } | { kind: 'char'; ch: string };

export type InclusionResult =
  | { result: 'included' }
  /** `witness`: a viewer path the narrower pattern matches and the broader one does not. */
  | { result: 'not-included'; witness: string }
  /** The state budget ran out (only adversarial patterns such as `*a??????????????` get here). */
  | { result: 'undecided' };

/** Default budget of product states; realistic patterns need a few hundred at most. */
export const DEFAULT_STATE_BUDGET = 20_000;

function tokenize(pattern: string): Token[] {
  return [...normalizePattern(pattern)].map((ch): Token =>
    ch === '*' ? { kind: 'star' } : ch === '?' ? { kind: 'any' } : { kind: 'char', ch },
  );
}

/** Add every position reachable by letting a `*` match nothing. */
function closure(tokens: readonly Token[], positions: Iterable<number>): number[] {
  const out = new Set<number>();
  for (let p of positions) {
    out.add(p);
    while (tokens[p]?.kind === 'star') out.add(++p);
  }
  return [...out].sort((a, b) => a - b);
}

/** The broader pattern's state set after one more character. */
function step(tokens: readonly Token[], states: readonly number[], ch: string): number[] {
  const next: number[] = [];
  for (const p of states) {
    const t = tokens[p];
    if (!t) continue;
    if (t.kind === 'star') next.push(p);
    else if (t.kind === 'any' || t.ch === ch) next.push(p + 1);
  }
  return closure(tokens, next);
}

/** A character that occurs in neither pattern: it stands for the "any other character" class. */
function freshChar(used: ReadonlySet<string>): string {
  const candidates = 'xyzqjkwvbcdfghmnprstlaeiou0123456789XYZQJKW_-~.';
  for (const ch of candidates) if (!used.has(ch)) return ch;
  return '\u00a7';
}

interface SearchState {
  /** Position in the narrower pattern. */
  n: number;
  /** Broader pattern states (closed under empty stars). */
  b: number[];
  /** The path built so far (a prefix of a potential counterexample). */
  text: string;
}

/**
 * Decide whether `broader` matches every path `narrower` matches (exact, not a heuristic), with a
 * counterexample when it does not. Breadth-first, so the witness is a shortest one.
 */
export function checkInclusion(broader: string, narrower: string, budget = DEFAULT_STATE_BUDGET): InclusionResult {
  const bt = tokenize(broader);
  const nt = tokenize(narrower);
  const used = new Set<string>(['/']);
  for (const t of [...bt, ...nt]) if (t.kind === 'char') used.add(t.ch);
  const other = freshChar(used);
  const alphabet = [...used, other];

  const accepts = (b: readonly number[]) => b.includes(bt.length);
  // Fill the rest of the narrower pattern with some matching text (used once the broader side is dead).
  const completion = (n: number) =>
    nt
      .slice(n)
      .map((t) => (t.kind === 'char' ? t.ch : t.kind === 'any' ? other : ''))
      .join('');

  const seen = new Set<string>();
  const queue: SearchState[] = [];
  const push = (s: SearchState) => {
    const key = `${s.n}|${s.b.join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push(s);
  };

  // The first character of a viewer path is always `/`.
  const start = closure(bt, [0]);
  for (const n0 of closure(nt, [0])) {
    const t = nt[n0];
    if (!t || (t.kind === 'char' && t.ch !== '/')) continue;
    push({ n: t.kind === 'star' ? n0 : n0 + 1, b: step(bt, start, '/'), text: '/' });
  }

  for (let head = 0; head < queue.length; head++) {
    if (seen.size > budget) return { result: 'undecided' };
    const s = queue[head] as SearchState;
    if (s.b.length === 0) return { result: 'not-included', witness: s.text + completion(s.n) };
    const t = nt[s.n];
    if (!t) {
      if (!accepts(s.b)) return { result: 'not-included', witness: s.text };
      continue;
    }
    if (t.kind === 'star') {
      push({ n: s.n + 1, b: s.b, text: s.text });
      for (const ch of alphabet) push({ n: s.n, b: step(bt, s.b, ch), text: s.text + ch });
    } else if (t.kind === 'any') {
      for (const ch of alphabet) push({ n: s.n + 1, b: step(bt, s.b, ch), text: s.text + ch });
    } else {
      push({ n: s.n + 1, b: step(bt, s.b, t.ch), text: s.text + t.ch });
    }
  }
  return { result: 'included' };
}

/** A pattern prepared for repeated inclusion tests (AF303 compares every pair of behaviors). */
export interface CompiledPattern {
  /** Normalised pattern (leading `/`, no `**`). */
  pattern: string;
  hasWildcard: boolean;
  /** Literal text before the first wildcard / after the last one. */
  head: string;
  tail: string;
}

/** Normalise once and note the literal head and tail that the shortcuts in patternIncludes use. */
export function compilePattern(raw: string): CompiledPattern {
  const pattern = normalizePattern(raw);
  const first = pattern.search(/[*?]/);
  if (first === -1) return { pattern, hasWildcard: false, head: pattern, tail: pattern };
  let last = pattern.length - 1;
  while (pattern[last] !== '*' && pattern[last] !== '?') last--;
  return { pattern, hasWildcard: true, head: pattern.slice(0, first), tail: pattern.slice(last + 1) };
}

/**
 * True when every viewer path `narrower` matches is also matched by `broader` (so a behavior with
 * `narrower` listed after one with `broader` is never used). Sound: never true without proof.
 * Cheap exact shortcuts first (a wildcard-free narrower pattern is one path; differing literal
 * prefixes or suffixes rule inclusion out), so a 75-behavior config stays fast.
 */
export function patternIncludes(broader: string | CompiledPattern, narrower: string | CompiledPattern): boolean {
  const b = typeof broader === 'string' ? compilePattern(broader) : broader;
  const n = typeof narrower === 'string' ? compilePattern(narrower) : narrower;
  if (b.pattern === n.pattern) return true;
  if (!n.hasWildcard) return globMatch(b.pattern, n.pattern);
  // The broader pattern's literal head must be a head of every narrower path, hence of the narrower's
  // literal head: past that head the narrower pattern can put a character the broader one refuses.
  // Same for tails. (Only when the narrower starts with `/`: a leading wildcard is pinned to the `/`.)
  if (n.pattern.startsWith('/') && (!n.head.startsWith(b.head) || !n.tail.endsWith(b.tail))) return false;
  return checkInclusion(b.pattern, n.pattern).result === 'included';
}
