/**
 * Characters that must never reach a terminal, a YAML comment or a log raw: C0 controls (ESC starts
 * terminal escape sequences, NUL and CR hide text), DEL and C1, the Unicode line and paragraph
 * separators, byte-order marks, and bidirectional overrides (RLO makes `gpj.exe` read `exe.jpg`).
 * They are shown as `\uXXXX`, so the text stays readable and nothing is hidden.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for a terminal or a file: controls escaped; line feeds and tabs kept (they format output). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escape);
}

/** One line: as escapeControls, and line feeds escaped too (a value inside a one-line message). */
export function escapeControlsInLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, escape);
}

/** True when the text holds a character escapeControlsInLine would escape (for rules that refuse them). */
export function hasControlCharacters(text: string): boolean {
  return escapeControlsInLine(text) !== text;
}
