/**
 * Config files: download the current config as `<name>.apifront.json` (secret-looking values left
 * out, with a note) and open one, from a file picker or dropped anywhere on the page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { loadShareModules } from '../state/persistence';
import './load-banner.css';
import { downloadText } from '../lib/download';


export function DownloadConfigButton({ config }: { config: ApifrontConfig }) {
  const [note, setNote] = useState('');
  const download = async () => {
    const modules = await loadShareModules();
    const { fileName, text, omitted } = modules.configFileText(config);
    downloadText(fileName, text, 'application/json');
    setNote(modules.describeOmitted(omitted));
  };
  return (
    <>
      <button type="button" className="btn" onClick={download}>
        Download config
      </button>
      {note && (
        <p className="note" role="status">
          {note}
        </p>
      )}
    </>
  );
}

type OpenFile = (text: string, fileName: string) => Promise<void> | void;

async function readAndOpen(file: File, open: OpenFile): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    text = '';
  }
  await open(text, file.name);
}

/** "Open config file": a real button that opens the file picker. */
export function OpenConfigButton({ onOpen }: { onOpen: OpenFile }) {
  const input = useRef<HTMLInputElement>(null);
  const uid = useId();
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()} aria-describedby={`${uid}-hint`}>
        Open config file
      </button>
      <span id={`${uid}-hint`} className="visually-hidden">
        An .apifront.json file; you can also drop it anywhere on the page.
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="config-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void readAndOpen(file, onOpen);
        }}
      />
    </>
  );
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Accepts a config file dropped anywhere on the page, with an overlay while one is dragged over it. */
export function ConfigFileDrop({ onOpen }: { onOpen: OpenFile }) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void readAndOpen(file, onOpen);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onOpen]);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      Drop an .apifront.json config file to open it
    </div>
  );
}
