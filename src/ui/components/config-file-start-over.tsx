/**
 * "Start over": asks first, in a real modal dialog (native <dialog>: focus moves in and is kept
 * there, Escape cancels, focus returns to the button), then forgets the autosaved work.
 */
import { useId, useRef } from 'react';
import './load-banner.css';

export function StartOverButton({ onConfirm }: { onConfirm: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" className="btn btn--ghost" onClick={() => dialog.current?.showModal()}>
        Start over
      </button>
      <dialog ref={dialog} className="app-dialog" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-desc`}>
        <h2 id={`${uid}-title`}>Start over?</h2>
        <p id={`${uid}-desc`}>This clears every setting and the autosaved copy in this browser. Download the config or copy a share link first to keep it.</p>
        <div className="app-dialog__actions">
          <button type="button" className="btn" onClick={close} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            Clear everything
          </button>
        </div>
      </dialog>
    </>
  );
}
