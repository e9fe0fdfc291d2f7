/**
 * Review & export: a summary, the CloudFormation template(s) as YAML or JSON, the same distribution as a
 * CDK app or Terraform files (copy each file, download one or a zip), copy and download.
 * Download is refused while errors stand; each error links to its field. Loaded lazily with the
 * renderer (js-yaml), so the first screens stay light.
 *
 * Slots for other features: add a tab to `tabs` below (Console, Test it) and a button to the
 * `review-actions` row (Share).
 */
import { useDeferredValue, useState } from 'react';
import { apiBehaviors, effectiveOriginPath, originDomainName } from '../../core/model/derive';
import type { ApifrontConfig } from '../../core/model/schema';
import type { ShownFile } from '../engine/checks-protocol';
import { TextField } from '../components/field';
import { SuppressionsEditor } from '../components/suppressions-editor';
import { severityLabel } from '../components/finding-list';
import { Tabs, type TabDef } from '../components/tabs';
import { ConsoleTab } from '../components/console-tab';
import { TestItTab } from '../components/test-it-tab';
import { useRender } from '../queries/checks';
import { fieldId } from '../state/field-paths';
import { useFindings, useFindingsCurrent } from '../state/findings-context';
import { useNavigation } from '../state/navigation';
import { useEditableConfig } from '../state/use-wizard-config';
import { StepHeader } from './step-header';
import { downloadBytes, downloadText } from '../lib/download';
import { stackBaseName } from '../../core/model/names';
import { zipFiles } from '../../core/share/zip';
import type { RenderFormat } from '../engine/checks-protocol';

type TemplateFormat = RenderFormat;
const MIME: Record<TemplateFormat, string> = { yaml: 'application/yaml', json: 'application/json', cdk: 'text/plain', terraform: 'text/plain' };
const CODE_INTRO: Partial<Record<TemplateFormat, string>> = {
  cdk: 'A CDK app (TypeScript, aws-cdk-lib v2) in the layout that cdk init app makes: unzip it, run npm install, then npx cdk deploy. It synthesizes to the same distribution as the CloudFormation template; a verify-header secret is read from Secrets Manager.',
  terraform: 'A Terraform configuration for the hashicorp/aws provider 6.x: terraform init, then terraform apply. The certificate uses a us-east-1 provider alias; a verify-header secret is read from Secrets Manager.',
};
type RenderOutcome = { ok: true; files: ShownFile[] } | { ok: false; message: string } | null;

/** A file name from the config name: lower-case letters, digits and dashes. */
export function baseFileName(name: string): string {
  return stackBaseName(name);
}


function FileView({ file, canDownload, mime, showRegion }: { file: ShownFile; canDownload: boolean; mime: string; showRegion: boolean }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'blocked' | 'failed'>('idle');
  // bin/app.ts downloads as app.ts: a download name cannot hold a folder (the zip keeps the layout).
  const baseName = file.fileName.split('/').pop() ?? file.fileName;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file.content);
      // Copying is never refused (the text is on screen anyway), but it must not pass for a good template.
      setCopied(canDownload ? 'done' : 'blocked');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), canDownload ? 2500 : 8000);
  };
  return (
    <article className="file">
      <div className="file__head">
        <h3 className="file__name">
          <code>{file.fileName}</code>
          {showRegion && <span className="tag">{file.region ?? 'us-east-1'}</span>}
        </h3>
        <div className="file__actions">
          <button type="button" className="btn btn--small" aria-describedby={canDownload ? undefined : 'download-blocked'} onClick={copy}>
            Copy
          </button>
          <button type="button" className="btn btn--small btn--primary" disabled={!canDownload} aria-describedby={canDownload ? undefined : 'download-blocked'} onClick={() => downloadText(baseName, file.content, mime)}>
            Download {baseName}
          </button>
          <span role="status" className={`file__status${copied === 'blocked' ? ' file__status--error' : ''}`}>
            {copied === 'done'
              ? 'Copied.'
              : copied === 'blocked'
                ? 'Copied, but errors block this template: it will not deploy until they are fixed (listed above).'
                : copied === 'failed' ? 'Copy failed: select the text and copy it.' : ''}
          </span>
        </div>
      </div>
      {file.notes.length > 0 && (
        <div className="deploy-notes">
          {file.notes.map((line, i) => (line.startsWith('aws ') ? <pre key={i} className="code code--inline"><code>{line}</code></pre> : <p key={i}>{line}</p>))}
        </div>
      )}
      <pre className="code code--file" tabIndex={0} aria-label={`${file.fileName} contents`}>
        <code>{file.content}</code>
      </pre>
    </article>
  );
}

/** A CDK app or Terraform files: what it is, one zip of every file, then each file. */
function CodeView({ format, files, canDownload, name }: { format: 'cdk' | 'terraform'; files: ShownFile[]; canDownload: boolean; name: string }) {
  const zipName = `${baseFileName(name)}-${format}.zip`;
  const download = () =>
    downloadBytes(zipName, zipFiles(files.map((f) => ({ name: `${baseFileName(name)}-${format}/${f.fileName}`, content: f.content }))), 'application/zip');
  return (
    <>
      <p className="note">{CODE_INTRO[format]}</p>
      <div className="file__actions">
        <button type="button" className="btn btn--primary" disabled={!canDownload} aria-describedby={canDownload ? undefined : 'download-blocked'} onClick={download}>
          Download {zipName}
        </button>
      </div>
      {files.map((file) => (
        <FileView key={file.fileName} file={file} canDownload={canDownload} mime={MIME[format]} showRegion={false} />
      ))}
    </>
  );
}

function TemplateView({ format, outcome, canDownload, name }: { format: TemplateFormat; outcome: RenderOutcome; canDownload: boolean; name: string }) {
  if (outcome === null) return <p role="status">Preparing the template…</p>;
  if (!outcome.ok) return <p className="finding finding--error">{outcome.message}</p>;
  if (format === 'cdk' || format === 'terraform') return <CodeView format={format} files={outcome.files} canDownload={canDownload} name={name} />;
  const mime = MIME[format];
  return (
    <>
      {outcome.files.length > 1 && (
        <p className="note">
          This setup needs {outcome.files.length} templates: the lock-down WAF must live in the API's Region, while CloudFront's template deploys to us-east-1.
        </p>
      )}
      {outcome.files.map((file) => (
        <FileView key={file.fileName} file={file} canDownload={canDownload} mime={mime} showRegion />
      ))}
    </>
  );
}

/** The templates for the config, rendered in the checks worker; `current` is false while a newer config renders. */
function useRendered(config: ApifrontConfig, format: TemplateFormat): { outcome: RenderOutcome; current: boolean } {
  // The preview follows typing lazily: the deferred copy changes only when the browser is idle.
  const deferred = useDeferredValue(config);
  const query = useRender(deferred, format);
  const outcome: RenderOutcome = query.error
    ? { ok: false, message: `The template could not be rendered: ${query.error.message}` }
    : query.data
      ? { ok: true, files: query.data.map((f) => ({ ...f, fileName: f.fileName || `${baseFileName(deferred.name)}.${format}` })) }
      : null;
  return { outcome, current: deferred === config && !query.isPlaceholderData && query.isSuccess };
}

function Summary({ config }: { config: ApifrontConfig }) {
  const apis = apiBehaviors(config).length;
  return (
    <dl className="summary">
      <dt>Names</dt>
      <dd>{config.domain.aliases.length ? config.domain.aliases.join(', ') : 'the *.cloudfront.net name only'}</dd>
      <dt>Certificate</dt>
      <dd>{config.domain.certificate.mode === 'create' ? 'created in the template (us-east-1, DNS validation)' : config.domain.certificate.mode === 'existing' ? config.domain.certificate.arn || '(ARN missing)' : "CloudFront's default"}</dd>
      <dt>Origins</dt>
      <dd>
        <ul className="plain-list">
          {config.origins.map((o) => (
            <li key={o.id}>
              <code>{o.id}</code>: https://{originDomainName(o)}
              {effectiveOriginPath(o)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>Behaviors</dt>
      <dd>
        {config.behaviors.length} ordered + default ({apis} to an API)
      </dd>
      <dt>DNS</dt>
      <dd>{config.domain.dns.mode === 'route53' ? `Route 53 zone ${config.domain.dns.hostedZoneId || '(ID missing)'}` : 'records created by you'}</dd>
    </dl>
  );
}

export function ReviewStep() {
  const { config, update } = useEditableConfig();
  const { findings, byStep, ready } = useFindings();
  const checked = useFindingsCurrent();
  const { focusField } = useNavigation();
  const [tab, setTab] = useState('yaml');
  const format: TemplateFormat = tab === 'json' || tab === 'cdk' || tab === 'terraform' ? tab : 'yaml';
  const { outcome, current } = useRendered(config, format);
  const errors = [...byStep.values()].flat().filter((p) => p.finding.severity === 'error');
  // Only offer what matches the config on screen, and never while an error stands.
  const canDownload = ready && errors.length === 0 && outcome?.ok === true && current && checked;

  const tabs: TabDef[] = [
    { id: 'yaml', label: 'CloudFormation YAML', render: () => <TemplateView format="yaml" outcome={outcome} canDownload={canDownload} name={config.name} /> },
    { id: 'json', label: 'CloudFormation JSON', render: () => <TemplateView format="json" outcome={outcome} canDownload={canDownload} name={config.name} /> },
    { id: 'cdk', label: 'CDK', render: () => <TemplateView format="cdk" outcome={outcome} canDownload={canDownload} name={config.name} /> },
    { id: 'terraform', label: 'Terraform', render: () => <TemplateView format="terraform" outcome={outcome} canDownload={canDownload} name={config.name} /> },
    { id: 'console', label: 'Console steps', render: () => <ConsoleTab /> },
    { id: 'test', label: 'Test it', render: () => <TestItTab /> },
  ];

  return (
    <>
      <StepHeader title="5. Review & export">Check the summary, then copy or download the template.</StepHeader>
      <section className="section" aria-labelledby="review-summary">
        <h2 className="section__title" id="review-summary">
          Summary
        </h2>
        <TextField path={['name']} label="Name" help="Used for the stack, resource names, the comment and file names." value={config.name} onChange={(v) => update((d) => void (d.name = v))} />
        <Summary config={config} />
        <div className="review-actions">{/* slot: Share button (share engineer) */}</div>
      </section>
      {errors.length > 0 && (
        <section className="section section--errors" aria-labelledby="download-blocked">
          <h2 className="section__title" id="download-blocked">
            Download is blocked by {errors.length} error{errors.length > 1 ? 's' : ''}
          </h2>
          <ul className="finding-list">
            {errors.map(({ finding, anchor, key }) => (
              <li key={key} className="finding finding--error">
                <a
                  href={`#${fieldId(anchor)}`}
                  className="finding__link"
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(anchor);
                  }}
                >
                  <span className="finding__sev">{severityLabel(finding.severity)}</span> <span className="finding__rule">{finding.rule}</span> {finding.message}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {findings.length > 0 && errors.length === 0 && <p className="muted">No errors. Warnings and notes are listed in the findings panel.</p>}
      <SuppressionsEditor />
      <section className="section" aria-labelledby="review-output">
        <h2 className="section__title" id="review-output">
          Output
        </h2>
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="Output formats" />
      </section>
    </>
  );
}
