import type { ReactNode } from 'react';
import type { Distribution, PricingPlan } from '../../core/model/schema';
import { CheckboxField, NumberField, RadioGroup, Section, SelectField, TextField, type Option } from '../components/field';
import { FindingList } from '../components/finding-list';
import { fieldId, type ConfigPath } from '../state/field-paths';
import { useFindingsAt } from '../state/findings-context';
import { useEditableConfig } from '../state/use-wizard-config';
import { StepHeader } from './step-header';

const PRICE_CLASSES: readonly Option<Distribution['priceClass']>[] = [
  { value: 'PriceClass_100', label: 'PriceClass_100 (fewest edge locations, lowest price)' },
  { value: 'PriceClass_200', label: 'PriceClass_200 (more edge locations)' },
  { value: 'PriceClass_All', label: 'PriceClass_All (every edge location)' },
];
const HTTP_VERSIONS: readonly Option<Distribution['httpVersion']>[] = [
  { value: 'http2and3', label: 'HTTP/2 and HTTP/3 (recommended)' },
  { value: 'http2', label: 'HTTP/2' },
  { value: 'http3', label: 'HTTP/3' },
  { value: 'http1.1', label: 'HTTP/1.1 only' },
];
/** The codes CloudFront caches from the origin regardless of Cache-Control (fact 125): the API default is TTL 0. */
const API_ERROR_CODES = [404, 500, 501, 502, 503, 504];

/** Codes CloudFront accepts for a custom error response (fact 123), in the order a new page entry takes them. */
const PAGE_CODES = [403, 404, 400, 405, 414, 416, 500, 501, 502, 503, 504];

/** A new error page starts on a code no other entry uses, so it never clashes with error caching (AF506). */
function freeErrorCode(d: Distribution): number {
  const used = new Set([...d.errorCaching, ...d.errorPages].map((e) => e.code));
  return PAGE_CODES.find((code) => !used.has(code)) ?? 404;
}

function ListFieldset({ path, legend, help, children, onAdd, addLabel }: { path: ConfigPath; legend: string; help: string; children: ReactNode; onAdd: () => void; addLabel: string }) {
  const items = useFindingsAt(path);
  return (
    <fieldset className="field list-editor" id={fieldId(path)}>
      <legend className="field__label">{legend}</legend>
      <p className="field__help">{help}</p>
      <FindingList items={items} />
      {children}
      <button type="button" className="btn btn--small" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

const PLAN_OPTIONS: readonly Option<PricingPlan>[] = [
  { value: 'pay-as-you-go', label: 'Pay as you go' },
  { value: 'free', label: 'Flat-rate Free' },
  { value: 'pro', label: 'Flat-rate Pro' },
  { value: 'business', label: 'Flat-rate Business' },
  { value: 'premium', label: 'Flat-rate Premium' },
];

export function SecurityStep() {
  const { config, update } = useEditableConfig();
  const dist = config.distribution;
  const setDist = (mutate: (d: Distribution) => void) => update((c) => mutate(c.distribution));
  const apiOrigins = config.origins.flatMap((o, index) => (o.type === 'apigateway' ? [{ o, index }] : []));
  return (
    <>
      <StepHeader title="4. Security & extras">Lock the API to CloudFront, add a firewall and logs, and tune the distribution.</StepHeader>
      <Section path={['distribution']} title="Access">
        {apiOrigins.map(({ o, index }) => (
          <RadioGroup
            key={index}
            path={['origins', index, 'lockdown']}
            legend={`Lock-down for API ${o.id}`}
            name={`lockdown-${index}`}
            value={o.lockdown}
            help={
              o.api.kind === 'rest'
                ? 'Without it the API can still be called directly at its execute-api address. For a REST API a Regional WAF web ACL on the stage blocks requests without the verify header (step 2).'
                : 'HTTP APIs have no WAF or resource policy: a Lambda authorizer checks the verify header (step 2).'
            }
            options={[
              { value: 'none', label: 'No lock-down' },
              { value: 'waf', label: 'WAF rule on the stage (REST APIs)' },
              { value: 'authorizer', label: 'Lambda authorizer (HTTP APIs)' },
              { value: 'mtls', label: 'Origin mutual TLS (custom domain, no shared secret)' },
            ]}
            onChange={(v) => update((c) => void (c.origins[index]?.type === 'apigateway' && (c.origins[index].lockdown = v)))}
          />
        ))}
        {apiOrigins
          .filter(({ o }) => o.lockdown === 'mtls')
          .map(({ o, index }) => (
            <TextField
              key={`mtls-${index}`}
              path={['origins', index, 'clientCertificateArn']}
              label={`Client certificate ARN for API ${o.id}`}
              placeholder="arn:aws:acm:us-east-1:123456789012:certificate/id"
              help="An ACM certificate in us-east-1 that CloudFront presents; the API's custom domain must require mutual TLS with a truststore holding its issuing CA."
              value={o.clientCertificateArn ?? ''}
              onChange={(v) => update((c) => void (c.origins[index]?.type === 'apigateway' && (c.origins[index].clientCertificateArn = v)))}
            />
          ))}
        <SelectField
          path={['distribution', 'pricingPlan']}
          label="CloudFront pricing plan"
          help="Flat-rate plans cover one distribution and include AWS WAF; origin mutual TLS needs Business, Premium or pay as you go. The plan is chosen in the console, not in the template."
          value={dist.pricingPlan ?? 'pay-as-you-go'}
          options={PLAN_OPTIONS}
          onChange={(v) => setDist((d) => void (d.pricingPlan = v))}
        />
        <TextField
          path={['distribution', 'webAclArn']}
          label="AWS WAF web ACL ARN (optional)"
          placeholder="arn:aws:wafv2:us-east-1:123456789012:global/webacl/name/id"
          help="A WAFv2 web ACL with scope CLOUDFRONT, created in us-east-1."
          value={dist.webAclArn ?? ''}
          onChange={(v) => setDist((d) => void (d.webAclArn = v === '' ? null : v))}
        />
        <CheckboxField
          path={['distribution', 'logging']}
          label="Standard access logs to S3"
          checked={dist.logging !== null}
          help="The bucket must allow ACLs (not 'bucket owner enforced')."
          onChange={(on) => setDist((d) => void (d.logging = on ? { bucket: '', prefix: '', includeCookies: false } : null))}
        />
        {dist.logging && (
          <div className="grid-2">
            <TextField path={['distribution', 'logging', 'bucket']} label="Log bucket domain name" placeholder="my-logs.s3.amazonaws.com" help="The bucket's domain name, not its name or ARN." value={dist.logging.bucket} onChange={(v) => setDist((d) => void (d.logging && (d.logging.bucket = v)))} />
            <TextField path={['distribution', 'logging', 'prefix']} label="Log prefix" placeholder="cloudfront/" value={dist.logging.prefix} onChange={(v) => setDist((d) => void (d.logging && (d.logging.prefix = v)))} />
            <CheckboxField path={['distribution', 'logging', 'includeCookies']} label="Include cookies in logs" checked={dist.logging.includeCookies} onChange={(v) => setDist((d) => void (d.logging && (d.logging.includeCookies = v)))} />
          </div>
        )}
      </Section>
      <Section path={['distribution', 'errors']} title="Errors">
        <ListFieldset
          path={['distribution', 'errorCaching']}
          legend="Error caching"
          help="CloudFront caches 404 and 5xx answers from the origin for 10 s or more unless told otherwise, even with caching disabled: TTL 0 lets every request reach the API again."
          addLabel="Add a code"
          onAdd={() => setDist((d) => void d.errorCaching.push({ code: 500, ttl: 0 }))}
        >
          <ul className="list-editor__items">
            {dist.errorCaching.map((e, i) => (
              <li key={i} className="list-editor__item list-editor__item--pair">
                <NumberField path={['distribution', 'errorCaching', i, 'code']} label={`Status code ${i + 1}`} value={e.code} onChange={(v) => setDist((d) => void (d.errorCaching[i] && (d.errorCaching[i].code = v ?? 0)))} />
                <NumberField path={['distribution', 'errorCaching', i, 'ttl']} label={`Cache for (s)`} min={0} value={e.ttl} onChange={(v) => setDist((d) => void (d.errorCaching[i] && (d.errorCaching[i].ttl = v ?? 0)))} />
                <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove error caching for ${e.code}`} onClick={() => setDist((d) => void d.errorCaching.splice(i, 1))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {API_ERROR_CODES.some((code) => !dist.errorCaching.some((e) => e.code === code)) && (
            <button type="button" className="btn btn--small" onClick={() => setDist((d) => void (d.errorCaching = [...d.errorCaching.filter((e) => !API_ERROR_CODES.includes(e.code)), ...API_ERROR_CODES.map((code) => ({ code, ttl: 0 }))]))}>
              Add the API defaults (404, 500-504 at 0 s)
            </button>
          )}
        </ListFieldset>
        <ListFieldset
          path={['distribution', 'errorPages']}
          legend="Custom error pages"
          help="Apply to the whole distribution, API included: rewriting 403/404 to a page hides real API errors. Usually leave empty."
          addLabel="Add an error page"
          onAdd={() => setDist((d) => void d.errorPages.push({ code: freeErrorCode(d), responseCode: null, pagePath: null, ttl: 0 }))}
        >
          <ul className="list-editor__items">
            {dist.errorPages.map((p, i) => (
              <li key={i} className="list-editor__item list-editor__item--quad">
                <NumberField path={['distribution', 'errorPages', i, 'code']} label="Error code" value={p.code} onChange={(v) => setDist((d) => void (d.errorPages[i] && (d.errorPages[i].code = v ?? 0)))} />
                <NumberField path={['distribution', 'errorPages', i, 'responseCode']} label="Response code" placeholder="(same)" value={p.responseCode ?? undefined} onChange={(v) => setDist((d) => void (d.errorPages[i] && (d.errorPages[i].responseCode = v ?? null)))} />
                <TextField path={['distribution', 'errorPages', i, 'pagePath']} label="Page path" placeholder="/errors/404.html" value={p.pagePath ?? ''} onChange={(v) => setDist((d) => void (d.errorPages[i] && (d.errorPages[i].pagePath = v === '' ? null : v)))} />
                <NumberField path={['distribution', 'errorPages', i, 'ttl']} label="Cache for (s)" min={0} value={p.ttl} onChange={(v) => setDist((d) => void (d.errorPages[i] && (d.errorPages[i].ttl = v ?? 0)))} />
                <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove error page ${i + 1}`} onClick={() => setDist((d) => void d.errorPages.splice(i, 1))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </ListFieldset>
      </Section>
      <Section path={['distribution', 'settings']} title="Distribution">
        <div className="grid-2">
          <SelectField path={['distribution', 'priceClass']} label="Price class" help="Which edge locations serve viewers; the cheaper classes add latency elsewhere." value={dist.priceClass} options={PRICE_CLASSES} onChange={(v) => setDist((d) => void (d.priceClass = v))} />
          <SelectField
            path={['distribution', 'httpVersion']}
            label="HTTP versions"
            help="CloudFormation's own default is HTTP/1.1; HTTP/2 and 3 are faster for viewers that support them."
            value={dist.httpVersion}
            options={HTTP_VERSIONS}
            onChange={(v) => setDist((d) => void (d.httpVersion = v))}
          />
          <TextField path={['distribution', 'defaultRootObject']} label="Default root object" placeholder="(none)" help="Rewrites only / (no leading slash). Rarely useful for an API." value={dist.defaultRootObject} onChange={(v) => setDist((d) => void (d.defaultRootObject = v))} />
          <TextField path={['distribution', 'comment']} label="Comment" placeholder={config.name} help="Up to 128 characters; shown in the CloudFront console." value={dist.comment} onChange={(v) => setDist((d) => void (d.comment = v))} />
        </div>
        <CheckboxField path={['distribution', 'ipv6']} label="IPv6" help="With Route 53 the template then adds AAAA alias records next to the A records." checked={dist.ipv6} onChange={(v) => setDist((d) => void (d.ipv6 = v))} />
      </Section>
    </>
  );
}
