/**
 * Fields a template left open: after "Open in wizard", each value the template knows only at deploy
 * time (a parameter without Default, an import, a resource attribute) is an empty field marked "from
 * the template", and each choice it does not state is marked "check". A mark goes away when the user
 * edits its field or says the guess looks right, when its value changes by other means (a one-click
 * fix), and all of them when another config replaces this one. A mark on an origin or a behavior
 * follows that item when the list is reordered and goes with it when it is removed. Kept outside
 * React, like the touched set, so a step that unmounts and mounts again still shows them.
 */
import { useSyncExternalStore } from 'react';
import { createListeners } from './external-store';
import type { FieldFromTemplate } from '../../core/import/open-in-wizard';
import type { ApifrontConfig } from '../../core/model/schema';
import { pathKey, type ConfigPath } from './field-paths';

export type FromTemplateMark = Omit<FieldFromTemplate, 'path'>;

interface Stored {
  mark: FromTemplateMark;
  path: ConfigPath;
  /** The origin's id or the behavior's path pattern the mark belongs to (lists only). */
  item?: string;
  /** The value when the template was opened: a change means the user (or a fix) decided. */
  opened: unknown;
}

let marks = new Map<string, Stored>();
const { subscribe, notify } = createListeners();

function valueAt(config: unknown, path: ConfigPath): unknown {
  let node = config;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** The identity of the list item a path is in: an origin's id, a behavior's path pattern. */
function itemOf(config: ApifrontConfig, path: ConfigPath): string | undefined {
  const [list, index] = path;
  if (typeof index !== 'number') return undefined;
  if (list === 'origins') return config.origins[index]?.id;
  if (list === 'behaviors') return config.behaviors[index]?.pathPattern;
  return undefined;
}

/** Where that item is now, or undefined when it is gone. */
function currentPath(config: ApifrontConfig, stored: Stored): ConfigPath | undefined {
  if (stored.item === undefined) return stored.path;
  const [list, , ...rest] = stored.path;
  const index = list === 'origins' ? config.origins.findIndex((o) => o.id === stored.item) : config.behaviors.findIndex((b) => b.pathPattern === stored.item);
  return index < 0 ? undefined : [list as string, index, ...rest];
}

/** Replaces every mark (an empty list clears them: a preset, a link or a file was opened). */
export function setFromTemplate(fields: readonly FieldFromTemplate[], config?: ApifrontConfig): void {
  marks = new Map(
    fields.map(({ path, ...mark }) => {
      const item = config ? itemOf(config, path) : undefined;
      return [pathKey(path), { mark, path, opened: config ? valueAt(config, path) : undefined, ...(item !== undefined ? { item } : {}) }];
    }),
  );
  notify();
}

/** The user edited the field, or said the guess is right: the template's gap is theirs now. */
export function settleFromTemplate(path: ConfigPath): void {
  if (marks.delete(pathKey(path))) notify();
}

/**
 * After any change to the config: marks follow their origin or behavior to its new place, and go when
 * it is removed or when their value is no longer the one opened (a fix filled it).
 */
export function reconcileFromTemplate(config: ApifrontConfig): void {
  if (marks.size === 0) return;
  let changed = false;
  const next = new Map<string, Stored>();
  for (const [key, stored] of marks) {
    const path = currentPath(config, stored);
    if (!path || valueAt(config, path) !== stored.opened) {
      changed = true;
      continue;
    }
    const moved = pathKey(path);
    if (moved !== key) changed = true;
    next.set(moved, { ...stored, path });
  }
  if (!changed) return;
  marks = next;
  notify();
}

/** The mark on a field now, if any. */
export function markAt(path: ConfigPath): FromTemplateMark | undefined {
  return marks.get(pathKey(path))?.mark;
}

export function useFromTemplate(path: ConfigPath): FromTemplateMark | undefined {
  return useSyncExternalStore(subscribe, () => markAt(path));
}

/** The sentence beside a marked field. */
export function fromTemplateText(mark: FromTemplateMark): string {
  const where = mark.line === undefined ? 'the template' : `the template (line ${mark.line})`;
  if (mark.action === 'check') return `From ${where}: not stated there, so this is a guess. Check it.`;
  const named = mark.source ? `: ${mark.source}` : '';
  return `From ${where}${named}. Known only at deploy time; enter the value your stack uses.`;
}
