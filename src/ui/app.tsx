/**
 * The app shell: the start screen until a config exists, then the stepper, the current step and the
 * always-visible findings panel. Slots for other features are marked "slot:" below.
 */
import { lazy, memo, Suspense, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PlainFinding } from './engine/checks-protocol';
import { FindingsPanel } from './components/findings-panel';
import { StepErrorBoundary } from './components/step-error-boundary';
import { StepNav } from './components/step-nav';
import { useLint, type LintResult } from './queries/checks';
import { useEngine, type Engine } from './queries/engine';
import { placeFindings, stepOfPath, type ConfigPath, type PlacedFinding, type WizardStep } from './state/field-paths';
import { emptyCounts, FindingsContext, FindingsCurrentContext, FindingsStore, FindingsStoreContext, sameFindings, type FindingsState, type SeverityCounts } from './state/findings-context';
import { focusWhenPresent, NavigationContext, requestStepHeadingFocus, STEPS, type FocusRequest, type NavigationApi } from './state/navigation';
import { useWizardConfig, WizardConfigContext } from './state/use-wizard-config';
import { usePersistence } from './state/persistence';
import { LoadBanner, StorageNotice } from './components/load-banner';
import { ShareButton } from './components/share-button';
import { ConfigFileDrop, DownloadConfigButton, OpenConfigButton } from './components/config-file-actions';
import { StartOverButton } from './components/config-file-start-over';
import { StartScreen } from './steps/start-screen';
import { markShownFieldsTouched } from './state/touched';
import { reconcileFromTemplate } from './state/from-template';

// The review step carries the renderer preview and export; it loads when first opened.
const ReviewStep = lazy(() => import('./steps/review-step').then((m) => ({ default: m.ReviewStep })));
// The editing steps are out of the initial bundle too (see preloadWizardSteps).
const loadWizardSteps = () => import('./steps/wizard-steps');
const DomainStep = lazy(() => loadWizardSteps().then((m) => ({ default: m.DomainStep })));
const OriginStep = lazy(() => loadWizardSteps().then((m) => ({ default: m.OriginStep })));
const PathsStep = lazy(() => loadWizardSteps().then((m) => ({ default: m.PathsStep })));
const SecurityStep = lazy(() => loadWizardSteps().then((m) => ({ default: m.SecurityStep })));

/**
 * Load the editing steps before they are needed: at once when work is being opened (autosave, link),
 * else on the first sign of interaction with the start screen, so choosing a preset never waits.
 */
function usePreloadWizardSteps(now: boolean): void {
  useEffect(() => {
    if (now) {
      void loadWizardSteps();
      return;
    }
    const load = () => void loadWizardSteps();
    const events = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'scroll'] as const;
    for (const e of events) window.addEventListener(e, load, { once: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, load);
    };
  }, [now]);
}

/** Place the worker's findings at their fields and count them per step (rule meta.step). */
function computeFindings(engine: Engine | undefined, result: LintResult | null | undefined, failure: string | null, applyFix: (finding: PlainFinding) => void): FindingsState {
  const byStep = new Map<WizardStep, PlacedFinding[]>();
  const counts = new Map<WizardStep, SeverityCounts>();
  for (const s of STEPS) {
    byStep.set(s.id, []);
    counts.set(s.id, emptyCounts());
  }
  if (failure) return { ready: true, failure, findings: [], placed: new Map(), byStep, counts, applyFix };
  if (!engine || !result) return { ready: false, failure: null, findings: [], placed: new Map(), byStep, counts, applyFix };
  const placed = placeFindings(result.findings, result.config);
  for (const list of placed.values()) {
    for (const p of list) {
      const step = engine.ruleStep(p.finding.rule);
      byStep.get(step)?.push(p);
      const c = counts.get(step);
      if (c) c[p.finding.severity] += 1;
    }
  }
  return { ready: true, failure: null, findings: result.findings, placed, byStep, counts, applyFix };
}

export function App() {
  const wizard = useWizardConfig(null);
  const { config, replaceConfig } = wizard;
  // The wizard needs the engine (rule steps, fixes); the start screen loads it on first interaction.
  const engine = useEngine(config !== null);
  const [step, setStep] = useState<WizardStep>('domain');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  // Lint runs in a worker on a deferred copy: typing updates the field at once, findings follow.
  const deferredConfig = useDeferredValue(config);
  // Marks of an opened template follow their origin or behavior, and go once a value was decided.
  useEffect(() => {
    if (config) reconcileFromTemplate(config);
  }, [config]);
  const lintQuery = useLint(deferredConfig);
  // A ref-like getter so a fix always applies to the latest config, not the one last checked.
  const latest = useLatest(config);
  const applyFix = useCallback(
    (finding: PlainFinding) => {
      const now = latest();
      const next = now && engine ? engine.applyFinding(now, finding) : null;
      if (next) replaceConfig(next, { edit: true });
    },
    [engine, latest, replaceConfig],
  );
  const lintFailure = lintQuery.error
    ? `The checks could not run (${lintQuery.error.message}). Your settings are kept; please report this.`
    : null;
  const computed = useMemo(() => computeFindings(engine, lintQuery.data, lintFailure, applyFix), [engine, lintQuery.data, lintFailure, applyFix]);
  // Every keystroke gets a new lint result, mostly with the same findings: keep the previous state
  // then, so the panel, the stepper and the counts do not re-render for nothing.
  const findings = useKeptWhenEqual(computed, sameFindings);
  const checkedCurrent = lintQuery.data?.config === config;
  const [findingsStore] = useState(() => new FindingsStore());
  useLayoutEffect(() => findingsStore.publish(findings), [findingsStore, findings]);

  const goToStep = useCallback((next: WizardStep) => {
    markShownFieldsTouched();
    setStep(next);
    requestStepHeadingFocus();
  }, []);
  const focusField = useCallback((path: ConfigPath) => {
    setStep(stepOfPath(path));
    setFocusRequest((prev) => ({ path, nonce: (prev?.nonce ?? 0) + 1 }));
  }, []);
  useEffect(() => {
    if (focusRequest) focusWhenPresent(focusRequest.path);
  }, [focusRequest]);
  // Entering or leaving the wizard replaces the screen: move focus to the new heading so keyboard and
  // screen-reader users are not left on a control that no longer exists.
  const started = config !== null;
  const previouslyStarted = useRef(started);
  useEffect(() => {
    if (previouslyStarted.current === started) return;
    previouslyStarted.current = started;
    requestStepHeadingFocus();
  }, [started]);

  const navigation = useMemo<NavigationApi>(() => ({ step, goToStep, focusField, focusRequest }), [step, goToStep, focusField, focusRequest]);

  // Autosave, the share link (read once on load) and config files; "Start over" clears the autosave.
  const persistence = usePersistence({ config, replaceConfig, goToStep });
  usePreloadWizardSteps(config !== null || !persistence.ready);

  return (
    <WizardConfigContext.Provider value={wizard}>
      <NavigationContext.Provider value={navigation}>
        <FindingsStoreContext.Provider value={findingsStore}>
        <FindingsContext.Provider value={findings}>
        <FindingsCurrentContext.Provider value={checkedCurrent}>
          <a className="skip-link" href="#main">
            Skip to the form
          </a>
          <header className="app-header">
            <div className="app-header__brand">
              <h1>apifront</h1>
              <p className="app-header__tagline">CloudFront in front of API Gateway, without the classic mistakes.</p>
            </div>
            <div className="app-header__actions">
              {config && <ShareButton config={config} />}
              {config && <DownloadConfigButton config={config} />}
              <OpenConfigButton onOpen={persistence.openConfigFile} />
              {config && <StartOverButton onConfirm={persistence.startOver} />}
            </div>
          </header>
          <LoadBanner
            banner={persistence.banner}
            onDismiss={persistence.dismissBanner}
            onOpenLink={persistence.openLinkConfig}
            onKeepWork={persistence.keepAutosavedWork}
            onLoadOtherTab={persistence.loadOtherTab}
            onKeepThisTab={persistence.keepThisTab}
            onDiscardUnreadable={persistence.discardUnreadableWork}
          />
          <StorageNotice status={persistence.storageStatus} />
          <ConfigFileDrop onOpen={persistence.openConfigFile} />
          {config === null ? (
            <main id="main" className="start" tabIndex={-1}>
              {persistence.ready ? <StartScreen /> : <p role="status">Opening your work…</p>}
            </main>
          ) : (
            <>
              <StepNav />
              <div className="layout">
                <main id="main" className="layout__main" tabIndex={-1}>
                  {/* keyed by step: opening another step starts with a fresh boundary */}
                  <StepErrorBoundary key={step} what="This step">
                    <StepScreen step={step} />
                  </StepErrorBoundary>
                  <StepFooter step={step} goToStep={goToStep} />
                </main>
                <aside className="layout__aside" aria-label="Findings">
                  <StepErrorBoundary what="The findings panel">
                    <FindingsPanel />
                  </StepErrorBoundary>
                </aside>
              </div>
            </>
          )}
        </FindingsCurrentContext.Provider>
        </FindingsContext.Provider>
        </FindingsStoreContext.Provider>
      </NavigationContext.Provider>
    </WizardConfigContext.Provider>
  );
}

// Memoised: the shell re-renders on every keystroke (and again for the deferred lint), the steps
// only when the contexts they read change.
const StepScreen = memo(function StepScreen({ step }: { step: WizardStep }) {
  return <Suspense fallback={<p role="status">{step === 'review' ? 'Loading the review…' : 'Loading the step…'}</p>}>{stepElement(step)}</Suspense>;
});

function stepElement(step: WizardStep) {
  switch (step) {
    case 'domain':
      return <DomainStep />;
    case 'origin':
      return <OriginStep />;
    case 'paths':
      return <PathsStep />;
    case 'security':
      return <SecurityStep />;
    case 'review':
      return <ReviewStep />;
  }
}

const StepFooter = memo(function StepFooter({ step, goToStep }: { step: WizardStep; goToStep: (s: WizardStep) => void }) {
  const index = STEPS.findIndex((s) => s.id === step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  return (
    <nav className="step-footer" aria-label="Step navigation">
      {prev ? (
        <button type="button" className="btn" onClick={() => goToStep(prev.id)}>
          ← Back: {prev.label}
        </button>
      ) : (
        <span />
      )}
      {next && (
        <button type="button" className="btn btn--primary" onClick={() => goToStep(next.id)}>
          Next: {next.label} →
        </button>
      )}
    </nav>
  );
});

/** `value`, or the previous one while `same(previous, value)` holds (a stable identity for memoised readers). */
function useKeptWhenEqual<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [box] = useState<{ kept: T }>(() => ({ kept: value }));
  const result = box.kept === value || same(box.kept, value) ? box.kept : value;
  useEffect(() => {
    box.kept = result;
  }, [box, result]);
  return result;
}

/** A stable getter for the latest value (for event handlers created in memoised values). */
function useLatest<T>(value: T): () => T {
  const [box] = useState(() => ({ current: value }));
  useEffect(() => {
    box.current = value;
  }, [box, value]);
  return useCallback(() => box.current, [box]);
}
