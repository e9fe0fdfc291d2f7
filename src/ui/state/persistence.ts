/**
 * Keeping the user's work: autosave in localStorage, the share link read once on load, config files
 * opened from disk, and the banner that reports what happened.
 *
 * - Autosave: the current config, debounced (400 ms) and flushed when the page is hidden. If storage is
 *   unavailable (blocked, private mode) or full, the app keeps working and says the work is not saved.
 * - Autosave never overwrites work it has not seen: another tab's newer save (a `storage` event, or a
 *   stored value that differs from the last one this tab read or wrote) pauses it and asks which to keep.
 * - An autosave that cannot be read (a newer apifront, damage) is copied to UNREADABLE_KEY before
 *   anything else is saved, and the banner offers to download or discard it.
 * - On load: the link (location.hash) is read once and then removed from the address bar, so a reload
 *   does not apply it again. A good link opens the review step, but never silently replaces autosaved
 *   work that differs: the user is asked. A bad link shows a banner; the autosaved work stays.
 * - The share codec and the schema are loaded on demand (they pull in zod), like the lint engine.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConfigProblem } from '../../core/model/parse';
import type { ApifrontConfig } from '../../core/model/schema';
import type { WizardStep } from './field-paths';

/** Versioned with the config format: a later format migrates what it finds here. */
export const AUTOSAVE_KEY = 'apifront.autosave.v1';
export const AUTOSAVE_DELAY_MS = 400;
/** Where an autosave this version cannot read is kept until the user downloads or discards it. */
export const UNREADABLE_KEY = `${AUTOSAVE_KEY}.unreadable`;

export type StorageStatus = 'ok' | 'unavailable' | 'full';

export type Banner =
  | { kind: 'error'; title: string; message: string; problems?: ConfigProblem[] }
  | { kind: 'info'; title: string; message: string }
  /** A link and autosaved work that differ: ask which to keep. */
  | { kind: 'conflict'; linkConfig: ApifrontConfig }
  /** Another tab saved different work: autosave is paused until the user picks one. */
  | { kind: 'other-tab'; otherConfig: ApifrontConfig }
  /** The autosave could not be read: kept under UNREADABLE_KEY (`text`) until downloaded or discarded. */
  | { kind: 'unreadable'; text: string; problems: ConfigProblem[] };

/** The lazily loaded share modules (codec, config files, equality), in one promise. */
export async function loadShareModules() {
  const [codec, files, minimise, secrets] = await Promise.all([
    import('../../core/share/share-codec'),
    import('../../core/share/config-file'),
    import('../../core/share/minimise'),
    import('../../core/share/secret-headers'),
  ]);
  return { ...codec, ...files, jsonEqual: minimise.jsonEqual, describeOmitted: secrets.describeOmitted };
}
export type ShareModules = Awaited<ReturnType<typeof loadShareModules>>;

/** localStorage, or undefined where merely touching it throws (storage blocked by the browser). */
function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readAutosave(): { text: string | null; status: StorageStatus } {
  const store = storage();
  if (!store) return { text: null, status: 'unavailable' };
  try {
    const text = store.getItem(AUTOSAVE_KEY);
    // Probe a write: some browsers allow reads but refuse every write.
    store.setItem(`${AUTOSAVE_KEY}.probe`, '1');
    store.removeItem(`${AUTOSAVE_KEY}.probe`);
    return { text, status: 'ok' };
  } catch (error) {
    return { text: null, status: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/**
 * Write the config unless the stored text is not the one this tab last saw (`expected`): then another
 * tab saved newer work, which is never overwritten unasked ('conflict'; nothing written).
 */
function writeAutosave(config: ApifrontConfig, expected: string | null): { status: StorageStatus; text?: string; conflict?: string } {
  const store = storage();
  if (!store) return { status: 'unavailable' };
  try {
    const current = store.getItem(AUTOSAVE_KEY);
    if (current !== null && current !== expected) return { status: 'ok', conflict: current };
    const text = JSON.stringify(config);
    store.setItem(AUTOSAVE_KEY, text);
    return { status: 'ok', text };
  } catch (error) {
    return { status: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

/** Keep an unreadable autosave under UNREADABLE_KEY (an older kept one is not replaced). */
function keepUnreadable(text: string): void {
  try {
    const store = storage();
    if (store && store.getItem(UNREADABLE_KEY) === null) store.setItem(UNREADABLE_KEY, text);
    store?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage refused: the banner still offers the download of the text it holds.
  }
}

export function discardUnreadable(): void {
  try {
    storage()?.removeItem(UNREADABLE_KEY);
  } catch {
    // Nothing kept.
  }
}

function clearAutosave(): void {
  try {
    storage()?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}

/** Only a fragment with a `c=` parameter is a link; others (#main from the skip link) are anchors. */
function isLinkFragment(hash: string): boolean {
  return /^#(.*&)?c=/.test(hash);
}

/** Whether anything must be loaded before the start screen can show (so it does not flash first). */
function hasWorkToLoad(): boolean {
  if (isLinkFragment(location.hash)) return true;
  try {
    return storage()?.getItem(AUTOSAVE_KEY) != null;
  } catch {
    return false;
  }
}

/** Remove the `#c=...` fragment without a navigation or a history entry. */
function forgetLinkInAddressBar(): void {
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // Sandboxed frames may refuse; the link is still read only once per load.
  }
}

function problemsBanner(title: string, message: string, problems?: ConfigProblem[]): Banner {
  return problems ? { kind: 'error', title, message, problems } : { kind: 'error', title, message };
}

export interface Persistence {
  /** False until the link and the autosave have been looked at (the start screen waits for it). */
  ready: boolean;
  storageStatus: StorageStatus;
  banner: Banner | null;
  dismissBanner: () => void;
  /** Conflict banner answers. */
  openLinkConfig: () => void;
  keepAutosavedWork: () => void;
  /** Another tab's work: load it, or keep this tab's (then it is saved over the other's). */
  loadOtherTab: () => void;
  keepThisTab: () => void;
  /** Unreadable autosave: forget the kept copy (after the user downloaded it or chose to). */
  discardUnreadableWork: () => void;
  /** Open a config file's text (file picker or drop): replaces the config, or explains what is wrong. */
  openConfigFile: (text: string, fileName: string) => Promise<void>;
  /** Forget the autosaved work and go back to the start screen (after the user confirmed). */
  startOver: () => void;
}

interface Options {
  config: ApifrontConfig | null;
  replaceConfig: (config: ApifrontConfig | null) => void;
  goToStep: (step: WizardStep) => void;
}

/** Autosave, link loading and file opening for the app shell. Use once. */
export function usePersistence({ config, replaceConfig, goToStep }: Options): Persistence {
  const [ready, setReady] = useState(() => !hasWorkToLoad());
  const [storageStatus, setStorageStatus] = useState<StorageStatus>('ok');
  const [banner, setBanner] = useState<Banner | null>(null);
  const started = useRef(false);
  // The autosave text this tab last read or wrote: anything else in storage is another tab's work.
  const lastSeen = useRef<string | null>(null);
  // True while another tab's work waits for the user's answer: nothing is saved meanwhile.
  const paused = useRef(false);

  // Load once: the link, then the autosave. The ref survives StrictMode's double effect run.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const hash = location.hash;
    const saved = readAutosave();
    setStorageStatus(saved.status);
    lastSeen.current = saved.text;
    const hasLink = isLinkFragment(hash);
    if (hasLink) forgetLinkInAddressBar();
    if (!hasLink && saved.text === null) {
      setReady(true);
      return;
    }
    loadShareModules()
      .then((share) => {
        let savedConfig: ApifrontConfig | null = null;
        if (saved.text !== null) {
          const restored = share.readConfigFile(saved.text, 'The autosaved work');
          if (restored.ok) savedConfig = restored.config;
          else {
            // Never let the next save overwrite it: keep a copy until the user decides.
            keepUnreadable(saved.text);
            lastSeen.current = null;
            setBanner({ kind: 'unreadable', text: saved.text, problems: restored.problems });
          }
        }
        if (!hasLink) {
          if (savedConfig) replaceConfig(savedConfig);
          return;
        }
        const decoded = share.decodeFragment(hash);
        if (!decoded.ok) {
          if (savedConfig) replaceConfig(savedConfig);
          const kept = savedConfig ? ' Your autosaved work is unchanged.' : '';
          setBanner(problemsBanner('This link could not be opened', `${decoded.error.message}${kept}`, decoded.error.problems));
          return;
        }
        if (savedConfig && !share.jsonEqual(savedConfig, decoded.config)) {
          replaceConfig(savedConfig);
          setBanner({ kind: 'conflict', linkConfig: decoded.config });
          return;
        }
        replaceConfig(decoded.config);
        goToStep('review');
      })
      .catch((error: unknown) => {
        setBanner(problemsBanner('The link could not be read', `The page could not load its link reader (${error instanceof Error ? error.message : String(error)}). Reload to try again.`));
      })
      .finally(() => setReady(true));
  }, [replaceConfig, goToStep]);

  // Another tab's save: different work pauses autosave and asks; the same work is simply adopted.
  const latestConfig = useRef(config);
  const pendingOther = useRef<string | null>(null);
  useEffect(() => {
    latestConfig.current = config;
  }, [config]);
  const offerOtherTab = useCallback(
    async (text: string) => {
      const share = await loadShareModules();
      const other = share.readConfigFile(text, "The other tab's work");
      const mine = latestConfig.current;
      if (!other.ok) {
        // A save this version cannot read (a newer apifront in the other tab): keep a copy first.
        keepUnreadable(text);
        lastSeen.current = null;
        setBanner({ kind: 'unreadable', text, problems: other.problems });
        return;
      }
      if (mine && share.jsonEqual(mine, other.config)) {
        lastSeen.current = text;
        return;
      }
      paused.current = true;
      pendingOther.current = text;
      setBanner({ kind: 'other-tab', otherConfig: other.config });
    },
    [],
  );
  // A link pasted into this already open tab: the same choice as on load, against the work open now.
  useEffect(() => {
    const onHashChange = () => {
      const hash = location.hash;
      if (!isLinkFragment(hash)) return;
      forgetLinkInAddressBar();
      loadShareModules()
        .then((share) => {
          const decoded = share.decodeFragment(hash);
          if (!decoded.ok) {
            const kept = latestConfig.current ? ' Your work is unchanged.' : '';
            setBanner(problemsBanner('This link could not be opened', `${decoded.error.message}${kept}`, decoded.error.problems));
            return;
          }
          const open = latestConfig.current;
          if (open && !share.jsonEqual(open, decoded.config)) {
            setBanner({ kind: 'conflict', linkConfig: decoded.config });
            return;
          }
          setBanner(null);
          replaceConfig(decoded.config);
          goToStep('review');
        })
        .catch((error: unknown) => {
          setBanner(problemsBanner('The link could not be read', `The page could not load its link reader (${error instanceof Error ? error.message : String(error)}). Reload to try again.`));
        });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [replaceConfig, goToStep]);

  // Autosave, debounced; the pending write is flushed if the page is hidden or closed first.
  const pending = useRef<ApifrontConfig | null>(null);
  const flush = useCallback(() => {
    if (pending.current === null || paused.current) return;
    const result = writeAutosave(pending.current, lastSeen.current);
    pending.current = null;
    setStorageStatus(result.status);
    if (result.text !== undefined) lastSeen.current = result.text;
    if (result.conflict !== undefined) void offerOtherTab(result.conflict);
  }, [offerOtherTab]);
  // One listener for the page's life (not one per keystroke): it writes only what is pending.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);
  useEffect(() => {
    if (!ready || config === null) return;
    pending.current = config;
    const timer = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [config, ready, flush]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== AUTOSAVE_KEY || event.newValue === null || event.newValue === lastSeen.current) return;
      void offerOtherTab(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [offerOtherTab]);

  const loadOtherTab = useCallback(() => {
    if (banner?.kind !== 'other-tab') return;
    lastSeen.current = pendingOther.current;
    paused.current = false;
    replaceConfig(banner.otherConfig);
    setBanner(null);
  }, [banner, replaceConfig]);

  const keepThisTab = useCallback(() => {
    // The user chose this tab's work: it may now be saved over the other tab's.
    lastSeen.current = pendingOther.current;
    paused.current = false;
    setBanner(null);
    const mine = latestConfig.current;
    if (mine) {
      const result = writeAutosave(mine, lastSeen.current);
      if (result.text !== undefined) lastSeen.current = result.text;
      setStorageStatus(result.status);
    }
  }, []);

  const discardUnreadableWork = useCallback(() => {
    discardUnreadable();
    setBanner(null);
  }, []);

  const dismissBanner = useCallback(() => setBanner(null), []);

  const openLinkConfig = useCallback(() => {
    if (banner?.kind !== 'conflict') return;
    replaceConfig(banner.linkConfig);
    setBanner(null);
    goToStep('review');
  }, [banner, replaceConfig, goToStep]);

  const keepAutosavedWork = useCallback(() => setBanner(null), []);

  const openConfigFile = useCallback(
    async (text: string, fileName: string) => {
      const share = await loadShareModules();
      const result = share.readConfigFile(text, fileName);
      if (!result.ok) {
        setBanner(problemsBanner(`${fileName} could not be opened`, 'Nothing was changed. The file has these problems:', result.problems));
        return;
      }
      replaceConfig(result.config);
      const warnings = result.warnings?.length ? ` Note: ${result.warnings.join('; ')}.` : '';
      setBanner({ kind: 'info', title: `Opened ${fileName}`, message: `Check the findings, then review and export.${warnings}` });
      goToStep('domain');
    },
    [replaceConfig, goToStep],
  );

  const startOver = useCallback(() => {
    pending.current = null;
    clearAutosave();
    lastSeen.current = null;
    setBanner(null);
    replaceConfig(null);
    goToStep('domain');
  }, [replaceConfig, goToStep]);

  return { ready, storageStatus, banner, dismissBanner, openLinkConfig, keepAutosavedWork, loadOtherTab, keepThisTab, discardUnreadableWork, openConfigFile, startOver };
}
