import { DEFAULT_VERIFY_HEADER } from '../../core/model/constants';
import { useEffect, useState } from 'react';
import { derivedOriginPath, effectiveIntegrationTimeout, executeApiHost, s3Access } from '../../core/model/derive';
import type { ApiGatewayOrigin, ApiSettings, ApifrontConfig, CustomOrigin, Origin, S3Origin } from '../../core/model/schema';
import { CheckboxField, NumberField, RadioGroup, Section, SelectField, TextField, type Option } from '../components/field';
import { HeaderList } from '../components/header-list';
import { RoutingRulesEditor } from '../components/routing-rules-editor';
import { fieldId, type ConfigPath } from '../state/field-paths';
import { parseRoutesText, routesToText } from '../state/routes-text';
import { useEditableConfig } from '../state/use-wizard-config';
import { StepHeader } from './step-header';

const ENDPOINTS: readonly Option<ApiSettings['endpoint']>[] = [
  { value: 'regional', label: 'Regional (recommended)' },
  { value: 'edge', label: 'Edge-optimized' },
  { value: 'private', label: 'Private' },
];
const AUTH: readonly Option<ApiSettings['auth']>[] = [
  { value: 'none', label: 'None' },
  { value: 'lambda', label: 'Lambda authorizer' },
  { value: 'cognito', label: 'Cognito user pool' },
  { value: 'jwt', label: 'JWT authorizer (HTTP API)' },
  { value: 'apiKey', label: 'API keys (REST API)' },
  { value: 'iam', label: 'IAM (SigV4)' },
];
const PROTOCOLS: readonly Option<CustomOrigin['protocol']>[] = [
  { value: 'https-only', label: 'HTTPS only' },
  { value: 'match-viewer', label: 'Match viewer' },
  { value: 'http-only', label: 'HTTP only' },
];

type OriginUpdate<O extends Origin> = (mutate: (origin: O) => void) => void;

/** Edit origin `index` when it has type `type` (the index is stable while the card is shown). */
function useOriginUpdate<O extends Origin>(index: number, type: O['type']): OriginUpdate<O> {
  const { update } = useEditableConfig();
  return (mutate) =>
    update((d) => {
      const origin = d.origins[index];
      if (origin?.type === type) mutate(origin as O);
    });
}

function uniqueOriginId(config: ApifrontConfig, base: string): string {
  const ids = new Set(config.origins.map((o) => o.id));
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const IP_OPTIONS: readonly Option<'default' | 'ipv4' | 'ipv6' | 'dualstack'>[] = [
  { value: 'default', label: 'Not set (IPv4)' },
  { value: 'ipv4', label: 'IPv4' },
  { value: 'dualstack', label: 'Dual-stack' },
  { value: 'ipv6', label: 'IPv6 only' },
];

function TimeoutFields({ base, origin, onChange, integration }: { base: ConfigPath; origin: ApiGatewayOrigin | CustomOrigin; onChange: OriginUpdate<ApiGatewayOrigin | CustomOrigin>; integration?: number }) {
  return (
    <details className="details">
      <summary>Timeouts and retries</summary>
      <div className="grid-2">
        <NumberField
          path={[...base, 'readTimeout']}
          label="Response timeout (s)"
          min={1}
          max={180}
          help={
            integration
              ? `At least the API's integration timeout (${integration} s), so CloudFront does not give up first. 1-120 s without a quota increase.`
              : 'How long CloudFront waits for a response. 1-120 s without a quota increase.'
          }
          value={origin.readTimeout}
          onChange={(v) => onChange((o) => void (o.readTimeout = v ?? 30))}
        />
        <NumberField path={[...base, 'keepAliveTimeout']} label="Keep-alive timeout (s)" min={1} max={180} help="1-120 s; 5 s is the default." value={origin.keepAliveTimeout} onChange={(v) => onChange((o) => void (o.keepAliveTimeout = v ?? 5))} />
        <NumberField path={[...base, 'connectionAttempts']} label="Connection attempts" min={1} max={3} help="1-3. Only GET and HEAD are retried after a response timeout." value={origin.connectionAttempts} onChange={(v) => onChange((o) => void (o.connectionAttempts = v ?? 3))} />
        <NumberField path={[...base, 'connectionTimeout']} label="Connection timeout (s)" min={1} max={10} help="1-10 s." value={origin.connectionTimeout} onChange={(v) => onChange((o) => void (o.connectionTimeout = v ?? 10))} />
        <NumberField
          path={[...base, 'responseCompletionTimeout']}
          label="Response completion timeout (s, optional)"
          min={1}
          placeholder="no limit"
          help="The most the whole response may take; at least the response timeout. Leave empty for streamed responses."
          value={origin.responseCompletionTimeout}
          onChange={(v) => onChange((o) => void (v === undefined ? delete o.responseCompletionTimeout : (o.responseCompletionTimeout = v)))}
        />
        <SelectField
          path={[...base, 'ipAddressType']}
          label="IP address type to the origin"
          help="How CloudFront connects: IPv6 only works with a dual-stack origin; dual-stack uses what the origin offers."
          value={origin.ipAddressType ?? 'default'}
          options={IP_OPTIONS}
          onChange={(v) => onChange((o) => void (v === 'default' ? delete o.ipAddressType : (o.ipAddressType = v)))}
        />
      </div>
    </details>
  );
}

function RoutesField({ index, api }: { index: number; api: ApiSettings }) {
  const onChange = useOriginUpdate<ApiGatewayOrigin>(index, 'apigateway');
  const configText = routesToText(api.routes);
  const [text, setText] = useState(configText);
  const parsed = parseRoutesText(text);
  // A fix or a loaded config can change the routes: follow them unless the text already says the same.
  // In an effect keyed on the config's routes, never during render: a route the text cannot express
  // (a path without "/", from a link or a template) would otherwise re-render forever (React #301).
  useEffect(() => {
    setText((current) => (routesToText(parseRoutesText(current).routes) === configText ? current : configText));
  }, [configText]);
  const path: ConfigPath = ['origins', index, 'api', 'routes'];
  const errorsId = `${fieldId(path)}-errors`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={fieldId(path)}>
        Routes (optional, one <code>METHOD /path</code> per line)
      </label>
      <textarea
        id={fieldId(path)}
        className="input input--mono"
        rows={5}
        spellCheck={false}
        placeholder={'GET /users\nPOST /users\nANY /orders/{proxy+}'}
        aria-describedby={`${fieldId(path)}-help${parsed.errors.length ? ` ${errorsId}` : ''}`}
        aria-invalid={parsed.errors.length > 0 || undefined}
        value={text}
        onChange={(e) => {
          const next = parseRoutesText(e.target.value);
          setText(e.target.value);
          onChange((o) => void (o.api.routes = next.routes));
        }}
      />
      <p className="field__help" id={`${fieldId(path)}-help`}>
        With the routes known, the path tester says whether the API will answer, and prefix mistakes are caught ({api.kind === 'rest' ? 'REST answers 403 Missing Authentication Token' : 'HTTP APIs answer 404 Not Found'} for a path it does not have).
      </p>
      {parsed.errors.length > 0 && (
        <ul className="finding-list" id={errorsId}>
          {parsed.errors.map((e) => (
            <li key={e.line} className="finding finding--error">
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ApiOriginEditor({ index, origin }: { index: number; origin: ApiGatewayOrigin }) {
  const onChange = useOriginUpdate<ApiGatewayOrigin>(index, 'apigateway');
  const { api } = origin;
  const base: ConfigPath = ['origins', index];
  const a: ConfigPath = [...base, 'api'];
  const derived = derivedOriginPath(origin);
  const cd = api.customDomain;
  return (
    <>
      <RadioGroup
        path={[...a, 'kind']}
        legend="API type"
        name={`kind-${index}`}
        value={api.kind}
        help="REST APIs (API Gateway v1) put the stage in the URL; HTTP APIs (v2) often use the $default stage with no stage in the URL."
        options={[
          { value: 'rest', label: 'REST API' },
          { value: 'http', label: 'HTTP API' },
        ]}
        onChange={(kind) =>
          onChange((o) => {
            o.api.kind = kind;
            if (kind === 'http') o.api.endpoint = 'regional';
          })
        }
      />
      <div className="grid-2">
        <TextField path={[...a, 'id']} label="API ID" placeholder="a1b2c3d4e5" help="The 10-character ID in the invoke URL." value={api.id} onChange={(v) => onChange((o) => void (o.api.id = v))} />
        <TextField path={[...a, 'region']} label="Region" placeholder="eu-west-1" help="Where the API lives; CloudFront itself is global." value={api.region} onChange={(v) => onChange((o) => void (o.api.region = v))} />
        <TextField
          path={[...a, 'stage']}
          label="Stage"
          placeholder={api.kind === 'rest' ? 'prod' : '$default'}
          help={api.kind === 'rest' ? 'REST stages are part of the path: /prod/users.' : '$default is served at the root; a named stage at /<stage>.'}
          value={api.stage}
          onChange={(v) => onChange((o) => void (o.api.stage = v))}
        />
        <SelectField
          path={[...a, 'endpoint']}
          label="Endpoint type"
          help="Regional: an edge-optimized API already sits behind AWS's own CloudFront, so yours would add a second hop. Private APIs are not reachable from CloudFront."
          value={api.endpoint}
          options={ENDPOINTS}
          onChange={(v) => onChange((o) => void (o.api.endpoint = v))}
        />
      </div>
      <p className="muted origin-host">
        CloudFront connects to <code>{cd ? cd.originHost === 'regionalDomainName' ? cd.regionalDomainName || '(regional domain name)' : cd.name || '(custom domain)' : executeApiHost(api)}</code>
      </p>
      <CheckboxField
        path={origin.originPath === undefined ? [...base, 'originPath'] : [...base, 'originPath', 'custom']}
        label="Set the origin path myself"
        checked={origin.originPath !== undefined}
        help={`Left automatic, the origin path is "${derived || '(empty)'}": ${cd ? 'through a custom domain the base-path mapping replaces the stage.' : api.kind === 'http' && api.stage === '$default' ? 'the $default stage has no stage segment.' : 'the stage must be in every upstream URL.'} CloudFront puts it before the whole viewer path.`}
        onChange={(on) => onChange((o) => void (o.originPath = on ? derivedOriginPath(o) : undefined))}
      />
      {origin.originPath !== undefined && (
        <TextField
          path={[...base, 'originPath']}
          label="Origin path"
          placeholder="/prod"
          help="Starts with / and does not end with /; empty for none."
          value={origin.originPath}
          onChange={(v) => onChange((o) => void (o.originPath = v))}
        />
      )}
      <Section path={a} title="Requests" headingLevel={3}>
        <SelectField
          path={[...a, 'auth']}
          label="Authorization"
          help="Authorizers need the Authorization header (API keys: x-api-key); CloudFront drops them unless forwarded. IAM signatures break because CloudFront rewrites Host."
          value={api.auth}
          options={AUTH}
          onChange={(v) => onChange((o) => void (o.api.auth = v))}
        />
        <div className="checks">
          <CheckboxField path={[...a, 'usesQueryStrings']} label="The API reads query strings" checked={api.usesQueryStrings} help="CloudFront forwards query strings only when a policy says so." onChange={(v) => onChange((o) => void (o.api.usesQueryStrings = v))} />
          <CheckboxField path={[...a, 'usesCookies']} label="The API reads cookies" checked={api.usesCookies} onChange={(v) => onChange((o) => void (o.api.usesCookies = v))} />
          <CheckboxField path={[...a, 'cors']} label="The API answers CORS itself" checked={api.cors} help="Browsers then send OPTIONS preflights, which CloudFront must allow." onChange={(v) => onChange((o) => void (o.api.cors = v))} />
          <CheckboxField
            path={[...a, 'executeApiEndpointDisabled']}
            label="The default execute-api endpoint is disabled"
            checked={api.executeApiEndpointDisabled}
            help="Then only a custom domain can be the origin."
            onChange={(v) => onChange((o) => void (o.api.executeApiEndpointDisabled = v))}
          />
          {api.kind === 'rest' && (
            <CheckboxField
              path={[...a, 'responseStreaming']}
              label="The API streams its responses"
              checked={api.responseStreaming === true}
              help="Response transfer mode STREAM: the response timeout then bounds the pause between chunks (API Gateway allows 5 min Regional, 30 s edge)."
              onChange={(v) => onChange((o) => void (v ? (o.api.responseStreaming = true) : delete o.api.responseStreaming))}
            />
          )}
        </div>
        <NumberField
          path={[...a, 'integrationTimeout']}
          label="Integration timeout (s, optional)"
          placeholder={String(effectiveIntegrationTimeout({ ...api, integrationTimeout: undefined }))}
          help={`Empty means the maximum: 29 s for REST, 30 s for HTTP APIs. Now ${effectiveIntegrationTimeout(api)} s.`}
          min={1}
          value={api.integrationTimeout}
          onChange={(v) => onChange((o) => void (o.api.integrationTimeout = v))}
        />
        <RoutesField index={index} api={api} />
      </Section>
      <Section path={[...a, 'customDomain']} title="Custom domain (optional)" headingLevel={3}>
        <CheckboxField
          path={[...a, 'customDomain', 'enabled']}
          label="Reach the API through an API Gateway custom domain"
          checked={cd !== null}
          help="Then the API mapping's base path replaces the stage in URLs."
          onChange={(on) =>
            onChange((o) => {
              o.api.customDomain = on ? { name: '', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name' } : null;
              if (on) o.originPath = undefined;
            })
          }
        />
        {cd && (
          <div className="grid-2">
            <TextField path={[...a, 'customDomain', 'name']} label="Custom domain name" placeholder="api-origin.example.com" help="Must differ from the distribution's aliases unless the origin host is the regional domain name." value={cd.name} onChange={(v) => onChange((o) => void (o.api.customDomain && (o.api.customDomain.name = v)))} />
            <TextField path={[...a, 'customDomain', 'regionalDomainName']} label="Regional domain name" placeholder="d-abc123.execute-api.eu-west-1.amazonaws.com" help="The custom domain's API Gateway target." value={cd.regionalDomainName} onChange={(v) => onChange((o) => void (o.api.customDomain && (o.api.customDomain.regionalDomainName = v)))} />
            <TextField path={[...a, 'customDomain', 'basePath']} label="Base path mapping" placeholder="(none)" help="Empty when the API is mapped at the root." value={cd.basePath} onChange={(v) => onChange((o) => void (o.api.customDomain && (o.api.customDomain.basePath = v)))} />
            <SelectField
              path={[...a, 'customDomain', 'originHost']}
              label="Origin host"
              help="The custom domain name (Host not forwarded), or the regional domain name with Host forwarded and an alias equal to the custom domain."
              value={cd.originHost}
              options={[
                { value: 'name', label: 'Custom domain name' },
                { value: 'regionalDomainName', label: 'Regional domain name' },
              ]}
              onChange={(v) => onChange((o) => void (o.api.customDomain && (o.api.customDomain.originHost = v)))}
            />
            <SelectField
              path={[...a, 'customDomain', 'endpoint']}
              label="Custom domain endpoint"
              value={cd.endpoint}
              options={[
                { value: 'regional', label: 'Regional' },
                { value: 'edge', label: 'Edge-optimized' },
              ]}
              onChange={(v) => onChange((o) => void (o.api.customDomain && (o.api.customDomain.endpoint = v)))}
            />
            <SelectField
              path={[...a, 'customDomain', 'endpointAccessMode']}
              label="Endpoint access mode"
              help="STRICT (with an enhanced security policy) makes API Gateway match the TLS server name against Host: use the custom domain name as origin host."
              value={cd.endpointAccessMode ?? 'unset'}
              options={[
                { value: 'unset', label: 'Not set (legacy security policy)' },
                { value: 'BASIC', label: 'BASIC' },
                { value: 'STRICT', label: 'STRICT' },
              ]}
              onChange={(v) => onChange((o) => void (o.api.customDomain && (v === 'unset' ? delete o.api.customDomain.endpointAccessMode : (o.api.customDomain.endpointAccessMode = v))))}
            />
            <SelectField
              path={[...a, 'customDomain', 'routingMode']}
              label="Routing mode"
              help="Routing rules (REST APIs) route by header and base path before or instead of API mappings. CloudFront must forward every header a rule matches."
              value={cd.routingMode ?? 'API_MAPPING_ONLY'}
              options={[
                { value: 'API_MAPPING_ONLY', label: 'API mappings only (default)' },
                { value: 'ROUTING_RULE_THEN_API_MAPPING', label: 'Routing rules, then API mappings' },
                { value: 'ROUTING_RULE_ONLY', label: 'Routing rules only' },
              ]}
              onChange={(v) => onChange((o) => void (o.api.customDomain && (o.api.customDomain.routingMode = v)))}
            />
          </div>
        )}
        {cd && ((cd.routingMode ?? 'API_MAPPING_ONLY') !== 'API_MAPPING_ONLY' || (cd.routingRules?.length ?? 0) > 0) && (
          <RoutingRulesEditor
            path={[...a, 'customDomain', 'routingRules']}
            rules={cd.routingRules ?? []}
            defaultTarget={{ apiId: api.id, stage: api.stage }}
            onChange={(mutate) =>
              onChange((o) => {
                const domain = o.api.customDomain;
                if (!domain) return;
                const rules = domain.routingRules ?? [];
                mutate(rules);
                if (rules.length > 0) domain.routingRules = rules;
                else delete domain.routingRules;
              })
            }
          />
        )}
      </Section>
      <div className="subsection">
        <h3 className="section__title">Verify header</h3>
        <CheckboxField
          path={[...base, 'verifyHeader']}
          label="Add a secret verify header"
          checked={origin.verifyHeader !== null}
          help="CloudFront adds it to every origin request and it overwrites any viewer copy; its value is a NoEcho template parameter, never stored here or in links. Step 4 uses it to lock the API to CloudFront."
          onChange={(on) => onChange((o) => void (o.verifyHeader = on ? { name: DEFAULT_VERIFY_HEADER } : null))}
        />
        {origin.verifyHeader && (
          <TextField path={[...base, 'verifyHeader', 'name']} label="Verify header name" value={origin.verifyHeader.name} onChange={(v) => onChange((o) => void (o.verifyHeader && (o.verifyHeader.name = v)))} />
        )}
      </div>
      <TimeoutFields base={base} origin={origin} integration={effectiveIntegrationTimeout(api)} onChange={onChange as OriginUpdate<ApiGatewayOrigin | CustomOrigin>} />
      <HeaderList path={[...base, 'customHeaders']} headers={origin.customHeaders} onChange={(m) => onChange((o) => m(o.customHeaders))} />
    </>
  );
}

function CustomOriginEditor({ index, origin }: { index: number; origin: CustomOrigin }) {
  const onChange = useOriginUpdate<CustomOrigin>(index, 'custom');
  const base: ConfigPath = ['origins', index];
  return (
    <>
      <div className="grid-2">
        <TextField path={[...base, 'domainName']} label="Domain name" placeholder="www.example.org" help="Host name only, no https:// or path." value={origin.domainName} onChange={(v) => onChange((o) => void (o.domainName = v))} />
        <TextField path={[...base, 'originPath']} label="Origin path" placeholder="(none)" help="Put before every viewer path; starts with /, no trailing /." value={origin.originPath} onChange={(v) => onChange((o) => void (o.originPath = v))} />
        <SelectField path={[...base, 'protocol']} label="Protocol to the origin" help="HTTPS only keeps the whole path encrypted." value={origin.protocol} options={PROTOCOLS} onChange={(v) => onChange((o) => void (o.protocol = v))} />
      </div>
      <TimeoutFields base={base} origin={origin} onChange={onChange as OriginUpdate<ApiGatewayOrigin | CustomOrigin>} />
      <HeaderList path={[...base, 'customHeaders']} headers={origin.customHeaders} onChange={(m) => onChange((o) => m(o.customHeaders))} />
    </>
  );
}

function S3OriginEditor({ index, origin }: { index: number; origin: S3Origin }) {
  const onChange = useOriginUpdate<S3Origin>(index, 's3');
  const base: ConfigPath = ['origins', index];
  return (
    <>
      <div className="grid-2">
        <TextField path={[...base, 'bucketDomainName']} label="Bucket domain name" placeholder="assets-bucket.s3.eu-west-1.amazonaws.com" help="The bucket's regional domain name." value={origin.bucketDomainName} onChange={(v) => onChange((o) => void (o.bucketDomainName = v))} />
        <TextField path={[...base, 'originPath']} label="Origin path" placeholder="(none)" value={origin.originPath} onChange={(v) => onChange((o) => void (o.originPath = v))} />
        <SelectField
          path={[...base, 'access']}
          label="Access to the bucket"
          help="Origin Access Control keeps the bucket private: CloudFront signs its requests and the bucket policy allows only this distribution."
          value={s3Access(origin)}
          options={S3_ACCESS_OPTIONS}
          onChange={(v) => onChange((o) => void (o.access = v))}
        />
        {origin.access === 'oai' && (
          <TextField path={[...base, 'oaiId']} label="Origin access identity ID" placeholder="E2ABCDEF123456" help="The OAI's ID (CloudFront console, Origin access)." value={origin.oaiId ?? ''} onChange={(v) => onChange((o) => void (o.oaiId = v))} />
        )}
      </div>
      {s3Access(origin) === 'oac' && (
        <div className="checks">
          <CheckboxField
            path={[...base, 'createBucketPolicy']}
            label="The bucket has no bucket policy yet: create it in the template"
            help="A bucket policy in the template replaces the bucket's whole policy. Leave this off for a bucket that has one: the template then outputs the statement to merge."
            checked={origin.createBucketPolicy === true}
            onChange={(v) => onChange((o) => void (o.createBucketPolicy = v))}
          />
          <CheckboxField
            path={[...base, 'kms']}
            label="The bucket encrypts with SSE-KMS"
            help="Then the KMS key policy must also allow cloudfront.amazonaws.com to decrypt for this distribution."
            checked={origin.kms === true}
            onChange={(v) => onChange((o) => void (o.kms = v))}
          />
        </div>
      )}
      <HeaderList path={[...base, 'customHeaders']} headers={origin.customHeaders} onChange={(m) => onChange((o) => m(o.customHeaders))} />
    </>
  );
}

const S3_ACCESS_OPTIONS: readonly { value: 'oac' | 'oai' | 'none'; label: string }[] = [
  { value: 'oac', label: 'Origin Access Control (recommended)' },
  { value: 'oai', label: 'Legacy origin access identity (OAI)' },
  { value: 'none', label: 'None (public bucket)' },
];

const TYPE_LABEL: Record<Origin['type'], string> = { apigateway: 'API Gateway', custom: 'Custom HTTPS origin', s3: 'S3 bucket' };

export function OriginStep() {
  const { config, update } = useEditableConfig();
  const addOrigin = (type: Origin['type']) =>
    update((d) => {
      if (type === 'apigateway') {
        d.origins.push({
          id: uniqueOriginId(d, 'api'), type, originPath: undefined, readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [], verifyHeader: null, lockdown: 'none',
          api: { kind: 'rest', endpoint: 'regional', id: '', region: '', stage: 'prod', auth: 'none', cors: false, usesQueryStrings: true, usesCookies: false, executeApiEndpointDisabled: false, customDomain: null, routes: [] },
        });
      } else if (type === 'custom') {
        d.origins.push({ id: uniqueOriginId(d, 'site'), type, domainName: '', originPath: '', protocol: 'https-only', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
      } else {
        d.origins.push({ id: uniqueOriginId(d, 'assets'), type, bucketDomainName: '', originPath: '', customHeaders: [], access: 'oac' });
      }
    });
  return (
    <>
      <StepHeader title="2. API origin">Where CloudFront sends requests: your API Gateway API, and optionally other origins on the same distribution.</StepHeader>
      {config.origins.map((origin, index) => {
        const base: ConfigPath = ['origins', index];
        const used = [config.defaultBehavior, ...config.behaviors].some((b) => b.originId === origin.id);
        return (
          <Section
            key={index}
            path={base}
            title={`${TYPE_LABEL[origin.type]}: ${origin.id || '(no ID)'}`}
            actions={
              config.origins.length > 1 && (
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  aria-label={`Remove origin ${origin.id}`}
                  title={used ? 'Behaviors still point at this origin; they will be flagged.' : undefined}
                  onClick={() => update((d) => void d.origins.splice(index, 1))}
                >
                  Remove
                </button>
              )
            }
          >
            <TextField path={[...base, 'id']} label="Origin ID" help="Behaviors refer to the origin by this ID; it also names template resources." value={origin.id} onChange={(v) => update((d) => void (d.origins[index] && (d.origins[index].id = v)))} />
            {origin.type === 'apigateway' && <ApiOriginEditor index={index} origin={origin} />}
            {origin.type === 'custom' && <CustomOriginEditor index={index} origin={origin} />}
            {origin.type === 's3' && <S3OriginEditor index={index} origin={origin} />}
          </Section>
        );
      })}
      <div className="add-row" role="group" aria-label="Add an origin">
        <button type="button" className="btn btn--small" onClick={() => addOrigin('apigateway')}>
          Add API origin
        </button>
        <button type="button" className="btn btn--small" onClick={() => addOrigin('custom')}>
          Add custom origin
        </button>
        <button type="button" className="btn btn--small" onClick={() => addOrigin('s3')}>
          Add S3 origin
        </button>
      </div>
    </>
  );
}
