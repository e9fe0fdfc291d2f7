/**
 * What happened when the page loaded a link, an autosave or a config file. Everything from the link
 * or the file is shown as text (React escapes it); nothing is interpreted.
 */
import type { Banner, StorageStatus } from '../state/persistence';
import './load-banner.css';

interface LoadBannerProps {
  banner: Banner | null;
  onDismiss: () => void;
  onOpenLink: () => void;
  onKeepWork: () => void;
}

export function LoadBanner({ banner, onDismiss, onOpenLink, onKeepWork }: LoadBannerProps) {
  if (!banner) return null;
  if (banner.kind === 'conflict') {
    return (
      <section className="load-banner load-banner--conflict" role="alert" aria-labelledby="load-banner-title">
        <h2 className="load-banner__title" id="load-banner-title">
          This link holds a different configuration than your autosaved work
        </h2>
        <p>
          Your autosaved work is open below. Opening the link replaces it with the link&rsquo;s configuration &ldquo;{banner.linkConfig.name}&rdquo;.
        </p>
        <div className="load-banner__actions">
          <button type="button" className="btn btn--primary" onClick={onOpenLink}>
            Open the link (replace my work)
          </button>
          <button type="button" className="btn" onClick={onKeepWork}>
            Keep my work
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className={`load-banner load-banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'} aria-labelledby="load-banner-title">
      <h2 className="load-banner__title" id="load-banner-title">
        {banner.title}
      </h2>
      <p>{banner.message}</p>
      {banner.kind === 'error' && banner.problems && banner.problems.length > 0 && (
        <ul className="plain-list" aria-label="Problems">
          {banner.problems.map((p, i) => (
            <li key={i}>
              <code>{p.path || '(config)'}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="load-banner__actions">
        <button type="button" className="btn btn--small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}

/** Always visible while the work cannot be saved, so nobody loses an afternoon of settings. */
export function StorageNotice({ status }: { status: StorageStatus }) {
  if (status === 'ok') return null;
  const why = status === 'full' ? 'browser storage is full' : 'this browser does not allow this page to store data';
  return (
    <p className="storage-notice" role="status">
      Your work is not saved ({why}). Download the config to keep it.
    </p>
  );
}
