import { RadioGroup, Section, SelectField, TextField, type Option } from '../components/field';
import { FindingList } from '../components/finding-list';
import type { Certificate, Domain } from '../../core/model/schema';
import { RECOMMENDED_TLS_POLICY } from '../../core/model/constants';
import { fieldId } from '../state/field-paths';
import { useFindingsAt } from '../state/findings-context';
import { useEditableConfig } from '../state/use-wizard-config';
import { StepHeader } from './step-header';

type TlsPolicy = NonNullable<Domain['minimumProtocolVersion']>;
// Newest first; the recommended one is marked (fact 168). Kept here so the first paint needs no zod.
const TLS_OPTIONS: readonly Option<TlsPolicy>[] = [
  { value: 'TLSv1.3_2025', label: 'TLSv1.3_2025 (TLS 1.3 clients only)' },
  { value: 'TLSv1.2_2025', label: 'TLSv1.2_2025 (recommended)' },
  { value: 'TLSv1.2_2021', label: 'TLSv1.2_2021' },
  { value: 'TLSv1.2_2019', label: 'TLSv1.2_2019' },
  { value: 'TLSv1.2_2018', label: 'TLSv1.2_2018' },
  { value: 'TLSv1.1_2016', label: 'TLSv1.1_2016 (outdated)' },
  { value: 'TLSv1_2016', label: 'TLSv1_2016 (outdated)' },
  { value: 'TLSv1', label: 'TLSv1 (outdated)' },
  { value: 'SSLv3', label: 'SSLv3 (insecure)' },
];

function linesOf(text: string): string[] {
  return text.split(/[\n,]+/).map((s) => s.trim()).filter((s) => s !== '');
}

function AliasList() {
  const { config, update } = useEditableConfig();
  const aliases = config.domain.aliases;
  const groupFindings = useFindingsAt(['domain', 'aliases']);
  return (
    <fieldset className="field list-editor" id={fieldId(['domain', 'aliases'])}>
      <legend className="field__label">Alternate domain names (aliases)</legend>
      <p className="field__help">
        The names viewers use, such as api.example.com: lower case, a wildcard only as a leading <code>*.</code>, and each name on one distribution only.
      </p>
      <FindingList items={groupFindings} />
      {aliases.length === 0 && <p className="muted">No aliases: the API is reached at the distribution's *.cloudfront.net name.</p>}
      <ul className="list-editor__items">
        {aliases.map((alias, i) => (
          <li key={i} className="list-editor__item">
            <TextField
              path={['domain', 'aliases', i]}
              label={`Alias ${i + 1}`}
              value={alias}
              placeholder="api.example.com"
              onChange={(v) => update((d) => void (d.domain.aliases[i] = v))}
            />
            <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove alias ${i + 1} ${alias}`} onClick={() => update((d) => void d.domain.aliases.splice(i, 1))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn--small" onClick={() => update((d) => void d.domain.aliases.push(''))}>
        Add alias
      </button>
    </fieldset>
  );
}

export function DomainStep() {
  const { config, update } = useEditableConfig();
  const { domain } = config;
  const cert = domain.certificate;
  const dns = domain.dns;

  const setCertificateMode = (mode: Certificate['mode']) =>
    update((d) => {
      if (mode === 'existing') d.domain.certificate = { mode, arn: '', names: [...d.domain.aliases] };
      else d.domain.certificate = { mode };
      // CloudFront ignores a TLS policy with its default certificate (fact 100): keep the config honest.
      if (mode === 'none') d.domain.minimumProtocolVersion = null;
      else if (d.domain.minimumProtocolVersion === null) d.domain.minimumProtocolVersion = RECOMMENDED_TLS_POLICY;
    });

  return (
    <>
      <StepHeader title="1. Domain & certificate">The public name of your API, its certificate and DNS. All optional: without them the API is served at a *.cloudfront.net address.</StepHeader>
      <Section path={['domain']} title="Names">
        <AliasList />
      </Section>
      <Section path={['domain', 'certificate']} title="Certificate">
        <RadioGroup
          path={['domain', 'certificate', 'mode']}
          legend="Viewer certificate"
          name="certificate"
          value={cert.mode}
          onChange={setCertificateMode}
          help="CloudFront only accepts ACM certificates from us-east-1 (N. Virginia), whatever Region your API is in. Aliases need a certificate that covers them."
          options={[
            { value: 'create', label: 'Create one in the template', hint: '(DNS-validated ACM certificate in us-east-1)' },
            { value: 'existing', label: 'Use an existing ACM certificate' },
            { value: 'none', label: 'None', hint: "(CloudFront's default *.cloudfront.net certificate; no aliases)" },
          ]}
        />
        {cert.mode === 'existing' && (
          <>
            <TextField
              path={['domain', 'certificate', 'arn']}
              label="Certificate ARN"
              placeholder="arn:aws:acm:us-east-1:123456789012:certificate/…"
              help="From ACM in us-east-1. Certificates in other Regions are rejected by CloudFront."
              value={cert.arn}
              onChange={(v) => update((d) => void (d.domain.certificate.mode === 'existing' && (d.domain.certificate.arn = v)))}
            />
            <TextField
              path={['domain', 'certificate', 'names']}
              label="Names the certificate covers (optional, one per line)"
              help="If you list them, each alias is checked against them: *.example.com covers api.example.com but not example.com or a.b.example.com."
              multiline
              rows={3}
              value={cert.names.join('\n')}
              onChange={(v) => update((d) => void (d.domain.certificate.mode === 'existing' && (d.domain.certificate.names = linesOf(v))))}
            />
          </>
        )}
        {cert.mode !== 'none' && (
          <SelectField
            path={['domain', 'minimumProtocolVersion']}
            label="Minimum TLS version for viewers"
            help="TLSv1.2_2025 keeps TLS 1.2 and 1.3 with modern ciphers only, which every current client supports; TLSv1.3_2025 also refuses TLS 1.2 clients. AWS Config flags anything older than TLSv1.2_2018."
            value={domain.minimumProtocolVersion ?? RECOMMENDED_TLS_POLICY}
            options={TLS_OPTIONS}
            onChange={(v) => update((d) => void (d.domain.minimumProtocolVersion = v))}
          />
        )}
      </Section>
      <Section path={['domain', 'dns']} title="DNS">
        <RadioGroup
          path={['domain', 'dns', 'mode']}
          legend="DNS records"
          name="dns"
          value={dns.mode}
          onChange={(mode) => update((d) => void (d.domain.dns = mode === 'route53' ? { mode, hostedZoneId: '', zoneName: '' } : { mode }))}
          help="With Route 53 the template creates A (and AAAA for IPv6) alias records pointing at the distribution, and validates a created certificate automatically."
          options={[
            { value: 'route53', label: 'Route 53 hosted zone' },
            { value: 'none', label: 'None', hint: '(I will create the DNS records myself)' },
          ]}
        />
        {dns.mode === 'route53' && (
          <div className="grid-2">
            <TextField
              path={['domain', 'dns', 'hostedZoneId']}
              label="Hosted zone ID"
              placeholder="Z0123456789ABC"
              help="Your zone's ID (Route 53 console). The alias records' target zone is always CloudFront's Z2FDTNDATAQYW2; the template sets that."
              value={dns.hostedZoneId}
              onChange={(v) => update((d) => void (d.domain.dns.mode === 'route53' && (d.domain.dns.hostedZoneId = v)))}
            />
            <TextField
              path={['domain', 'dns', 'zoneName']}
              label="Zone name (optional)"
              placeholder="example.com"
              help="Lets the wizard check that every alias is inside the zone."
              value={dns.zoneName}
              onChange={(v) => update((d) => void (d.domain.dns.mode === 'route53' && (d.domain.dns.zoneName = v)))}
            />
          </div>
        )}
      </Section>
    </>
  );
}
