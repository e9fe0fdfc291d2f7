/**
 * Which empty text fields have had their chance: an error on an empty required field ("No certificate
 * ARN yet") waits until the user leaves the field or moves on to another step, so a field
 * that just appeared is not red before anything was typed. Kept outside React so a step that unmounts
 * and mounts again remembers it.
 */
import { useSyncExternalStore } from 'react';
import { createListeners } from './external-store';

const touched = new Set<string>();
const { subscribe, notify } = createListeners();

/** The user left this field (blur). */
export function markTouched(fieldId: string): void {
  if (touched.has(fieldId)) return;
  touched.add(fieldId);
  notify();
}

/** The user moved on from a step: every field it shows now counts as seen. */
export function markShownFieldsTouched(): void {
  let added = false;
  for (const element of document.querySelectorAll<HTMLElement>('input[id^="f-"], textarea[id^="f-"]')) {
    if (!touched.has(element.id)) {
      touched.add(element.id);
      added = true;
    }
  }
  if (added) notify();
}

export function useTouched(fieldId: string): boolean {
  return useSyncExternalStore(subscribe, () => touched.has(fieldId));
}
