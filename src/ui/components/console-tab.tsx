/**
 * The "Console steps" tab: the click-by-click instructions rendered from the same settings as the
 * template, shown readable, with "Copy as Markdown" and "Download .md". Also exports the small
 * document view and Markdown renderer the "Test it" tab reuses.
 *
 * The Markdown comes from our own renderer but carries user strings (names, paths, header names), so it
 * is turned into React elements by a tiny renderer: never dangerouslySetInnerHTML.
 */
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { ApifrontConfig } from '../../core/model/schema';
import { renderConsole } from '../../core/render/console';
import type { RenderedFile } from '../../core/render/rendered-file';
import { useEditableConfig } from '../state/use-wizard-config';
import { downloadText } from '../lib/download';

type Outcome = { ok: true; file: RenderedFile } | { ok: false; message: string };

/** Renders a Markdown document from the config, following typing lazily; a failure becomes a message. */
export function useMarkdownDocument(render: (config: ApifrontConfig) => RenderedFile[], what: string): Outcome {
  const { config } = useEditableConfig();
  const deferred = useDeferredValue(config);
  return useMemo(() => {
    try {
      const file = render(deferred)[0];
      return file ? { ok: true, file } : { ok: false, message: `The ${what} could not be produced.` };
    } catch (error) {
      return { ok: false, message: `The ${what} could not be produced: ${error instanceof Error ? error.message : String(error)}` };
    }
  }, [render, deferred, what]);
}

function downloadMarkdown(file: RenderedFile): void {
  downloadText(file.fileName, file.content, 'text/markdown');
}

/** A Markdown file with its actions: copy the Markdown source, download it, and the readable view. */
export function MarkdownDocument({ outcome, label }: { outcome: Outcome; label: string }) {
  const [status, setStatus] = useState('');
  if (!outcome.ok) return <p className="finding finding--error">{outcome.message}</p>;
  const { file } = outcome;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file.content);
      setStatus('Copied as Markdown.');
    } catch {
      setStatus('Copy failed: download the file instead.');
    }
    setTimeout(() => setStatus(''), 2500);
  };
  return (
    <article className="file" aria-label={label}>
      <div className="file__head">
        <h3 className="file__name">
          <code>{file.fileName}</code>
        </h3>
        <div className="file__actions">
          <button type="button" className="btn btn--small" onClick={copy}>
            Copy as Markdown
          </button>
          <button type="button" className="btn btn--small btn--primary" onClick={() => downloadMarkdown(file)}>
            Download {file.fileName}
          </button>
          <span role="status" className="file__status">
            {status}
          </span>
        </div>
      </div>
      <MarkdownView source={file.content} />
    </article>
  );
}

/** Inline Markdown: `code` and **bold**; everything else is text (React escapes it). */
function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3) return <strong key={i}>{inline(part.slice(2, -2))}</strong>;
    return part;
  });
}

/**
 * Block Markdown as our renderers write it: `#`/`##` headings, fenced code, `1.` and `-` lists (list
 * items may carry indented continuation lines, e.g. a code block), and paragraphs.
 */
function blocks(lines: readonly string[], keyPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let i = 0;
  const key = () => `${keyPrefix}-${out.length}`;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (line.startsWith('```')) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) body.push(lines[i++] ?? '');
      i++;
      out.push(
        <pre key={key()} className="code" tabIndex={0}>
          <code>{body.join('\n')}</code>
        </pre>,
      );
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const content = inline(heading[2] ?? '');
      out.push(level === 1 ? <h3 key={key()}>{content}</h3> : level === 2 ? <h4 key={key()}>{content}</h4> : <h5 key={key()}>{content}</h5>);
      i++;
      continue;
    }
    const listMatch = /^(\d+\.|-) /.exec(line);
    if (listMatch) {
      const ordered = listMatch[1] !== '-';
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const item = ordered ? /^\d+\. (.*)$/.exec(current) : /^- (.*)$/.exec(current);
        if (item) {
          items.push([item[1] ?? '']);
          i++;
        } else if (current.startsWith('   ') || (current.trim() === '' && (lines[i + 1] ?? '').startsWith('   '))) {
          items[items.length - 1]?.push(current.slice(3));
          i++;
        } else break;
      }
      const k = key();
      const children = items.map(([first, ...rest], n) => (
        <li key={n}>
          {inline(first ?? '')}
          {blocks(rest, `${k}-${n}`)}
        </li>
      ));
      out.push(ordered ? <ol key={k}>{children}</ol> : <ul key={k}>{children}</ul>);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#{1,3} |```|\d+\. |- )/.test(lines[i] ?? '')) para.push(lines[i++] ?? '');
    out.push(<p key={key()}>{inline(para.join(' '))}</p>);
  }
  return out;
}

/** Our Markdown documents, readable, built as React elements (no HTML injection possible). */
export function MarkdownView({ source }: { source: string }) {
  const content = useMemo(() => blocks(source.split('\n'), 'md'), [source]);
  return <div className="markdown">{content}</div>;
}

/** The "Console steps" tab of the review step. */
export function ConsoleTab() {
  const outcome = useMarkdownDocument(renderConsole, 'console steps');
  return (
    <>
      <p className="field__help">The same distribution as the template, set up by hand in the AWS console: each step names the field, the value and why.</p>
      <MarkdownDocument outcome={outcome} label="Console steps" />
    </>
  );
}
