/**
 * What happened when the page loaded a link, an autosave or a config file. Everything from the link
 * or the file is shown as text (React escapes it); nothing is interpreted.
 */
import type { ConfigProblem } from '../../core/model/parse';
import { downloadText } from '../lib/download';
import type { Banner, StorageStatus } from '../state/persistence';
import './load-banner.css';

interface LoadBannerProps {
  banner: Banner | null;
  onDismiss: () => void;
  onOpenLink: () => void;
  onKeepWork: () => void;
  onLoadOtherTab: () => void;
  onKeepThisTab: () => void;
  onDiscardUnreadable: () => void;
}

function ProblemList({ problems }: { problems?: readonly ConfigProblem[] | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul className="plain-list" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={i}>
          <code>{p.path || '(config)'}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}

export function LoadBanner({ banner, onDismiss, onOpenLink, onKeepWork, onLoadOtherTab, onKeepThisTab, onDiscardUnreadable }: LoadBannerProps) {
  if (!banner) return null;
  if (banner.kind === 'other-tab') {
    return (
      <section className="load-banner load-banner--conflict" role="alert" aria-labelledby="load-banner-title">
        <h2 className="load-banner__title" id="load-banner-title">
          Your work was changed in another tab
        </h2>
        <p>
          Another apifront tab saved &ldquo;{banner.otherConfig.name}&rdquo;, which differs from the work open here. Nothing is saved from this tab until you choose.
        </p>
        <div className="load-banner__actions">
          <button type="button" className="btn btn--primary" onClick={onLoadOtherTab}>
            Load the other tab&rsquo;s work
          </button>
          <button type="button" className="btn" onClick={onKeepThisTab}>
            Keep this tab&rsquo;s work (save it over the other)
          </button>
        </div>
      </section>
    );
  }
  if (banner.kind === 'unreadable') {
    return (
      <section className="load-banner load-banner--error" role="alert" aria-labelledby="load-banner-title">
        <h2 className="load-banner__title" id="load-banner-title">
          Your autosaved work could not be restored
        </h2>
        <p>
          It was saved by a different version of apifront or was damaged. It is kept in this browser, apart from new work, until you download or discard it.
        </p>
        <ProblemList problems={banner.problems} />
        <div className="load-banner__actions">
          <button type="button" className="btn btn--primary" onClick={() => downloadText('apifront-autosave-unreadable.json', banner.text, 'application/json')}>
            Download it
          </button>
          <button type="button" className="btn" onClick={onDiscardUnreadable}>
            Discard it
          </button>
          <button type="button" className="btn btn--small" onClick={onDismiss}>
            Decide later
          </button>
        </div>
      </section>
    );
  }
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
      {banner.kind === 'error' && <ProblemList problems={banner.problems} />}
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
