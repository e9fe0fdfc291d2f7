/**
 * Which screen is shown and how a link takes the user to a field: `focusField(path)` opens the
 * field's step, lets the step reveal it (the paths step expands the behavior), then focuses it.
 */
import { createContext, useContext } from 'react';
import { fieldId, type ConfigPath, type WizardStep } from './field-paths';

export interface StepInfo {
  id: WizardStep;
  label: string;
}

export const STEPS: readonly StepInfo[] = [
  { id: 'domain', label: 'Domain & certificate' },
  { id: 'origin', label: 'API origin' },
  { id: 'paths', label: 'Paths & caching' },
  { id: 'security', label: 'Security & extras' },
  { id: 'review', label: 'Review & export' },
];

export interface FocusRequest {
  path: ConfigPath;
  /** Changes on every request, so asking twice for the same field still works. */
  nonce: number;
}

export interface NavigationApi {
  step: WizardStep;
  goToStep: (step: WizardStep) => void;
  focusField: (path: ConfigPath) => void;
  focusRequest: FocusRequest | null;
}

export const NavigationContext = createContext<NavigationApi | null>(null);

export function useNavigation(): NavigationApi {
  const api = useContext(NavigationContext);
  if (!api) throw new Error('useNavigation() must be used inside <NavigationContext.Provider>');
  return api;
}

/**
 * Focus the element for a path once it exists (a step may need a frame or two to render or expand it).
 * Containers (sections, fieldsets) focus their first control.
 */
export function focusWhenPresent(path: ConfigPath, attempts = 10): void {
  const element = document.getElementById(fieldId(path));
  if (!element) {
    if (attempts > 0) requestAnimationFrame(() => focusWhenPresent(path, attempts - 1));
    return;
  }
  const isControl = element.matches('input, select, textarea, button');
  const target = isControl ? element : (element.querySelector<HTMLElement>('input, select, textarea, button') ?? element);
  element.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

let headingFocusPending = false;

/**
 * Ask for the current step's heading to be focused once it is on screen (after a step change; the
 * review step loads lazily, so its heading may appear a moment later). Focusing the heading makes
 * screen readers announce the new step and puts keyboard users at its top.
 */
export function requestStepHeadingFocus(): void {
  headingFocusPending = true;
  requestAnimationFrame(() => {
    const heading = document.getElementById('step-heading');
    if (headingFocusPending && heading) {
      headingFocusPending = false;
      heading.focus();
    }
  });
}

/** Called by a step heading when it mounts: true once per request. */
export function takeStepHeadingFocus(): boolean {
  const pending = headingFocusPending;
  headingFocusPending = false;
  return pending;
}
