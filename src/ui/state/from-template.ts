/**
 * Fields a template left open: after "Open in wizard", each value the template knows only at deploy
 * time (a parameter without Default, an import, a resource attribute) is an empty field marked "from
 * the template", and each choice it does not state is marked "check". A mark goes away when the user
 * edits its field, and all of them when another config replaces this one. Kept outside React, like
 * the touched set, so a step that unmounts and mounts again still shows them.
 */
import { useSyncExternalStore } from 'react';
import type { FieldFromTemplate } from '../../core/import/open-in-wizard';
import { pathKey, type ConfigPath } from './field-paths';

export type FromTemplateMark = Omit<FieldFromTemplate, 'path'>;

let marks = new Map<string, FromTemplateMark>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces every mark (an empty list clears them: a preset, a link or a file was opened). */
export function setFromTemplate(fields: readonly FieldFromTemplate[]): void {
  marks = new Map(fields.map(({ path, ...mark }) => [pathKey(path), mark]));
  notify();
}

/** The user edited the field: the template's gap is theirs now. */
export function settleFromTemplate(path: ConfigPath): void {
  if (marks.delete(pathKey(path))) notify();
}

export function useFromTemplate(path: ConfigPath): FromTemplateMark | undefined {
  const key = pathKey(path);
  return useSyncExternalStore(subscribe, () => marks.get(key));
}

/** The sentence beside a marked field. */
export function fromTemplateText(mark: FromTemplateMark): string {
  const where = mark.line === undefined ? 'the template' : `the template (line ${mark.line})`;
  if (mark.action === 'check') return `From ${where}: not stated there, so this is a guess. Check it.`;
  const named = mark.source ? `: ${mark.source}` : '';
  return `From ${where}${named}. Known only at deploy time; enter the value your stack uses.`;
}
