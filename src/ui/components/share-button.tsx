/**
 * Share: builds the link for the current config, copies it, and shows it in a text field (so it can
 * be copied by hand where the clipboard is refused), with a note on secret values left out.
 */
import { useId, useState } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { loadShareModules } from '../state/persistence';
import { DownloadConfigButton } from './config-file-actions';
import './load-banner.css';

type Shared = { link: string; note: string; copied: boolean } | { error: string; offerFile?: boolean };

/** The page's own address without its fragment: where the link opens. */
function appBaseUrl(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

export function ShareButton({ config }: { config: ApifrontConfig }) {
  const [shared, setShared] = useState<Shared | null>(null);
  const uid = useId();

  const share = async () => {
    try {
      const modules = await loadShareModules();
      const made = modules.shareLink(config, appBaseUrl());
      if (!made.ok) {
        // Never a link the app itself would refuse: say why, and offer the file instead.
        setShared({ error: made.message, offerFile: true });
        return;
      }
      const { link, omitted } = made;
      const note = modules.describeOmitted(omitted);
      let copied = false;
      try {
        await navigator.clipboard.writeText(link);
        copied = true;
      } catch {
        copied = false;
      }
      setShared({ link, note, copied });
    } catch (error) {
      setShared({ error: `The link could not be made (${error instanceof Error ? error.message : String(error)}).` });
    }
  };

  return (
    // The panel floats over the page: Escape (from the button or the panel) closes it like Close.
    <div
      className="share"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setShared(null);
      }}
    >
      <button type="button" className="btn" onClick={share} aria-controls={`${uid}-panel`}>
        Share link
      </button>
      <div
        id={`${uid}-panel`}
        className="share-panel"
        hidden={shared === null}
      >
        {shared && 'error' in shared && (
          <>
            <p className="finding finding--error" role="alert">
              {shared.error}
            </p>
            {shared.offerFile && <DownloadConfigButton config={config} />}
          </>
        )}
        {shared && 'link' in shared && (
          <>
            <label htmlFor={`${uid}-link`} className="field__label">
              Share link ({shared.link.length} characters)
            </label>
            <input id={`${uid}-link`} className="input input--mono" readOnly value={shared.link} onFocus={(e) => e.currentTarget.select()} />
            <p role="status" className="muted">
              {shared.copied ? 'Copied to the clipboard.' : 'Select the link and copy it (the clipboard is not available here).'} Anyone with the link sees this configuration; nothing is sent to a server.
            </p>
            {shared.note && <p className="note">{shared.note}</p>}
          </>
        )}
        <button type="button" className="btn btn--small share-panel__close" onClick={() => setShared(null)}>
          Close
        </button>
      </div>
    </div>
  );
}
