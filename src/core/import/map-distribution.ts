import { CLOUDFRONT_HOSTED_ZONE_ID } from '../model/constants';
/**
 * One AWS::CloudFront::Distribution of a template -> an apifront config input, with the unknown
 * config paths (values only known at deploy time), the template properties the model does not
 * cover, and which template node each config path came from.
 */
import { formatPath, type ConfigPath } from '../model/parse';
import {
  managedCachePolicyName,
  managedOriginRequestPolicyName,
  managedResponseHeadersPolicyName,
} from '../model/managed-policies';
import { TLS_POLICIES, PRICE_CLASSES, HTTP_VERSIONS, VIEWER_PROTOCOLS, ORIGIN_PROTOCOLS } from '../model/schema';
import { isApiResource, readApi, readsQueryStrings, refersTo } from './api-resources';
import { customDomainOrigin } from './custom-domain';
import { holeReason, intrinsicOf, placeholder, type Resolved, type Resolver, type Sym, type SymRef } from './resolve';

/** Symbolic text with each hole as a named placeholder: `{Api}.execute-api.{AWS::Region}.amazonaws.com`. */
const symText = (parts: Sym): string => parts.map((p) => (typeof p === 'string' ? p : placeholder(p.attr ? `${p.ref}.${p.attr}` : p.ref))).join('');

/** The API an execute-api host names: a resource of the template, a literal ID, or an unknown one. */
interface ApiTarget {
  logicalId?: string;
  id?: string;
  unknownId?: SymRef;
  region: string | SymRef;
}

export interface DroppedProperty {
  /** Template path, printed: `Resources.Dist.Properties.DistributionConfig.OriginGroups`. */
  path: string;
  why: string;
}

/** Callbacks through which mapping helpers record what they learn. */
export interface MappingRecorder {
  markUnknown: (configPath: ConfigPath) => void;
  source: (configPath: ConfigPath, templatePath: (string | number)[]) => void;
  drop: (templatePath: (string | number)[], why: string) => void;
  note: (dropped: DroppedProperty) => void;
}

export interface MappingResult {
  input: Record<string, unknown>;
  unknownPaths: Set<string>;
  dropped: DroppedProperty[];
  /** Printed config path -> template node path (`['Resources', id, 'Properties', ...]`). */
  sources: Map<string, (string | number)[]>;
}

type TPath = (string | number)[];
type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CF_ZONE = CLOUDFRONT_HOSTED_ZONE_ID;
const ACM_ARN = /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/;

const DIST_KEYS = new Set([
  'Aliases', 'CNAMEs', 'ViewerCertificate', 'Origins', 'DefaultCacheBehavior', 'CacheBehaviors', 'PriceClass',
  'HttpVersion', 'IPV6Enabled', 'WebACLId', 'Logging', 'CustomErrorResponses', 'DefaultRootObject', 'Comment', 'Enabled',
]);
/**
 * A multi-tenant distribution (fact 175): what the import says it does not check. Its domains,
 * certificates and tenant parameters live on AWS::CloudFront::DistributionTenant resources.
 */
const MULTI_TENANT_NOTE =
  'multi-tenant distribution (ConnectionMode tenant-only): domains, certificates and tenant parameters live on AWS::CloudFront::DistributionTenant resources and connection groups, which apifront does not check; alias, certificate, TLS-policy, IPv6, price class and DNS rules only see the shared distribution';
const ORIGIN_KEYS = new Set([
  'Id', 'DomainName', 'OriginPath', 'CustomOriginConfig', 'S3OriginConfig', 'OriginCustomHeaders', 'ConnectionAttempts',
  'ConnectionTimeout', 'OriginAccessControlId', 'ResponseCompletionTimeout',
]);
const BEHAVIOR_KEYS = new Set([
  'PathPattern', 'TargetOriginId', 'ViewerProtocolPolicy', 'AllowedMethods', 'CachedMethods', 'CachePolicyId',
  'OriginRequestPolicyId', 'ResponseHeadersPolicyId', 'ForwardedValues', 'MinTTL', 'DefaultTTL', 'MaxTTL', 'Compress',
]);
const WHY_DROPPED: Record<string, string> = {
  OriginGroups: 'origin groups (failover) are not modelled; a behavior that targets a group is checked against its primary origin',
  Restrictions: 'geo restrictions are not modelled',
  FunctionAssociations: 'CloudFront Functions are not imported (apifront generates its own for stripPrefix / forwardedHost)',
  LambdaFunctionAssociations: 'Lambda@Edge functions are not modelled',
  TrustedSigners: 'signed URLs are not modelled',
  TrustedKeyGroups: 'signed URLs are not modelled',
  OriginShield: 'Origin Shield is not modelled',
  ContinuousDeploymentPolicyId: 'continuous deployment is not modelled',
  Staging: 'staging distributions are not modelled',
  RealtimeLogConfigArn: 'real-time logs are not modelled',
  TenantConfig: 'tenant parameters are not modelled (multi-tenant distribution)',
  FieldLevelEncryptionId: 'field-level encryption is not modelled',
};

class Mapper {
  readonly unknownPaths = new Set<string>();
  readonly dropped: DroppedProperty[] = [];
  readonly sources = new Map<string, TPath>();
  private readonly base: TPath;
  private readonly r: Resolver;
  /** What helper modules use to record unknown paths, sources and dropped properties. */
  private readonly recorder: MappingRecorder = {
    markUnknown: (p) => this.markUnknown(p),
    source: (c, t) => this.source(c, t),
    drop: (t, why) => this.drop(t, why),
    note: (d) => this.dropped.push(d),
  };
  private readonly distId: string;

  constructor(r: Resolver, distId: string) {
    this.r = r;
    this.distId = distId;
    this.base = ['Resources', distId, 'Properties', 'DistributionConfig'];
  }

  private source(configPath: ConfigPath, templatePath: TPath): void {
    this.sources.set(formatPath(configPath), templatePath);
  }
  private markUnknown(configPath: ConfigPath): void {
    this.unknownPaths.add(formatPath(configPath));
  }
  private drop(templatePath: TPath, why: string): void {
    this.dropped.push({ path: templatePath.join('.'), why });
  }

  /** A literal string, or `fallback` with the config path marked unknown. */
  private str(value: unknown, configPath: ConfigPath, fallback: string): string {
    const v = this.r.literal(value);
    if (v.known) return v.value;
    this.markUnknown(configPath);
    return fallback;
  }
  private num(value: unknown, configPath: ConfigPath, fallback: number): number {
    const v = this.r.number(value);
    if (v.known) return v.value;
    this.markUnknown(configPath);
    return fallback;
  }
  private bool(value: unknown, configPath: ConfigPath, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    const v = this.r.boolean(value);
    if (v.known) return v.value;
    this.markUnknown(configPath);
    return fallback;
  }
  private strList(value: unknown, configPath: ConfigPath): string[] {
    if (value === undefined) return [];
    if (Array.isArray(value)) {
      // Item by item, so one unknown alias does not hide the others.
      return value.map((item, i) => this.str(item, [...configPath, i], this.symbolic(item)));
    }
    const list = this.r.list(value);
    if (!list.known) {
      this.markUnknown(configPath);
      return [];
    }
    return list.value.map((item, i) => {
      if (item.every((p) => typeof p === 'string')) return item.join('');
      this.markUnknown([...configPath, i]);
      return symText(item);
    });
  }
  /** A deploy-time value as messages show it: `{CNAME}` for `!Ref CNAME`, never an invented literal. */
  private symbolic(value: unknown): string {
    const sym = this.r.sym(value);
    return sym.known ? symText(sym.value) : placeholder('unknown');
  }
  private enumOf<T extends string>(value: unknown, allowed: readonly T[], configPath: ConfigPath, tp: TPath, fallback: T): T {
    if (value === undefined) return fallback;
    const v = this.r.literal(value);
    if (!v.known) {
      this.markUnknown(configPath);
      return fallback;
    }
    if ((allowed as readonly string[]).includes(v.value)) return v.value as T;
    this.drop(tp, `"${v.value}" is not one of ${allowed.join(', ')}; imported as ${fallback}`);
    return fallback;
  }

  private dropUnknownKeys(obj: Json, known: Set<string>, tp: TPath): void {
    for (const key of Object.keys(obj)) {
      if (!known.has(key)) this.drop([...tp, key], WHY_DROPPED[key] ?? 'not part of apifront\'s model');
    }
  }

  /** Origin group ID -> its first (primary) member, from DistributionConfig.OriginGroups. */
  private readonly groupPrimary = new Map<string, string>();

  private readGroups(dist: Json): void {
    const groups = isRecord(dist.OriginGroups) ? dist.OriginGroups.Items : undefined;
    for (const group of Array.isArray(groups) ? groups : []) {
      if (!isRecord(group)) continue;
      const id = this.r.literal(group.Id);
      const members = isRecord(group.Members) ? group.Members.Items : undefined;
      const first = Array.isArray(members) && isRecord(members[0]) ? this.r.literal(members[0].OriginId) : undefined;
      if (id.known && first?.known) this.groupPrimary.set(id.value, first.value);
    }
  }

  map(): Json {
    const dist = isRecord(this.r.resourceProperties(this.distId).DistributionConfig)
      ? (this.r.resourceProperties(this.distId).DistributionConfig as Json)
      : {};
    this.readGroups(dist);
    if (dist.ConnectionMode === 'tenant-only') {
      this.drop([...this.base, 'ConnectionMode'], MULTI_TENANT_NOTE);
      this.dropUnknownKeys(dist, new Set([...DIST_KEYS, 'ConnectionMode']), this.base);
    } else {
      this.dropUnknownKeys(dist, DIST_KEYS, this.base);
    }
    const origins = this.origins(dist);
    const behaviors = Array.isArray(dist.CacheBehaviors) ? dist.CacheBehaviors : [];
    const originIds = origins.map((o) => String(o.id));
    // Ids known only at deploy time are matched by expression: `!Ref Api` and `!Sub ${Api}` name one origin.
    const originBySym = new Map<string, string>();
    (Array.isArray(dist.Origins) ? dist.Origins : []).forEach((o, i) => {
      const sym = isRecord(o) && o.Id !== undefined ? this.r.sym(o.Id) : undefined;
      if (sym?.known && originIds[i] !== undefined) originBySym.set(symText(sym.value), originIds[i]);
    });
    return {
      version: 1,
      name: this.distId,
      domain: this.domain(dist),
      origins,
      defaultBehavior: this.behavior(isRecord(dist.DefaultCacheBehavior) ? dist.DefaultCacheBehavior : {}, ['defaultBehavior'], [...this.base, 'DefaultCacheBehavior'], originIds, originBySym),
      behaviors: behaviors.map((b, i) =>
        this.behavior(isRecord(b) ? b : {}, ['behaviors', i], [...this.base, 'CacheBehaviors', i], originIds, originBySym),
      ),
      distribution: this.distribution(dist),
    };
  }

  // ---- domain -------------------------------------------------------------------------------

  /**
   * An alias `!Ref P` whose Default is not even a dotted name (`none`, `changeme`) is a placeholder the
   * deployer overrides, like a certificate ARN Default `arn:...:xxx`: a hint, not a value to judge.
   */
  private unjudgedAliasDefaults(list: unknown, aliases: string[]): void {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      const ref = intrinsicOf(item);
      const param = ref?.fn === 'Ref' && typeof ref.arg === 'string' ? this.r.template.Parameters?.[ref.arg] : undefined;
      const value = aliases[i];
      if (!param || value === undefined || value.includes('.') || value.startsWith('{')) return;
      aliases[i] = placeholder(String(ref?.arg));
      this.markUnknown(['domain', 'aliases', i]);
      this.dropped.push({ path: `Parameters.${String(ref?.arg)}`, why: `the Default "${value}" is a placeholder, not a host name; the alias was not checked` });
    });
  }

  private domain(dist: Json): Json {
    const aliasKey = dist.Aliases !== undefined ? 'Aliases' : 'CNAMEs';
    const aliases = this.strList(dist[aliasKey], ['domain', 'aliases']);
    this.unjudgedAliasDefaults(dist[aliasKey], aliases);
    this.source(['domain', 'aliases'], [...this.base, aliasKey]);
    const vc = isRecord(dist.ViewerCertificate) ? dist.ViewerCertificate : {};
    const vcPath = [...this.base, 'ViewerCertificate'];
    this.source(['domain', 'certificate'], vcPath);
    let certificate: Json = { mode: 'none' };
    if (vc.AcmCertificateArn !== undefined) {
      const arn = vc.AcmCertificateArn;
      const ref = intrinsicOf(arn);
      const refId = ref?.fn === 'Ref' && typeof ref.arg === 'string' ? ref.arg : undefined;
      if (refId && this.r.resourceType(refId) === 'AWS::CertificateManager::Certificate') {
        certificate = { mode: 'create' };
        this.source(['domain', 'certificate'], ['Resources', refId]);
      } else {
        certificate = { mode: 'existing', arn: this.str(arn, ['domain', 'certificate', 'arn'], 'arn:aws:acm:us-east-1:000000000000:certificate/unknown'), names: [] };
        // A parameter Default that is not even ARN-shaped (`arn:aws:acm:us-east-1:xxx:certificate/yyy`)
        // is a placeholder the deployer overrides: a hint, not a value to judge.
        const param = refId !== undefined ? this.r.template.Parameters?.[refId] : undefined;
        if (param && !ACM_ARN.test(String(certificate.arn))) {
          this.markUnknown(['domain', 'certificate', 'arn']);
          this.dropped.push({ path: `Parameters.${refId}`, why: `the Default "${String(param.Default)}" is a placeholder, not a certificate ARN; the certificate was not checked` });
        }
        this.source(['domain', 'certificate', 'arn'], [...vcPath, 'AcmCertificateArn']);
      }
    } else if (vc.IamCertificateId !== undefined) {
      certificate = { mode: 'existing', arn: 'arn:aws:acm:us-east-1:000000000000:certificate/iam', names: [] };
      this.markUnknown(['domain', 'certificate']);
      this.drop([...vcPath, 'IamCertificateId'], 'IAM server certificates are not modelled; the certificate is treated as unknown');
    }
    const tls = vc.MinimumProtocolVersion === undefined
      ? null
      : this.enumOf(vc.MinimumProtocolVersion, TLS_POLICIES, ['domain', 'minimumProtocolVersion'], [...vcPath, 'MinimumProtocolVersion'], 'TLSv1');
    this.source(['domain', 'minimumProtocolVersion'], [...vcPath, 'MinimumProtocolVersion']);
    return { aliases, certificate, minimumProtocolVersion: tls, dns: this.dns() };
  }

  /** The first Route 53 alias record (or record-set group) whose target is this distribution. */
  private dns(): Json {
    for (const [id, res] of Object.entries(this.r.template.Resources)) {
      if (!isRecord(res)) continue;
      const props = this.r.resourceProperties(id);
      const records: { rec: Json; tp: TPath; zoneFrom: Json }[] = [];
      if (res.Type === 'AWS::Route53::RecordSet') records.push({ rec: props, tp: ['Resources', id, 'Properties'], zoneFrom: props });
      if (res.Type === 'AWS::Route53::RecordSetGroup' && Array.isArray(props.RecordSets)) {
        props.RecordSets.forEach((rec, i) => {
          if (isRecord(rec)) records.push({ rec, tp: ['Resources', id, 'Properties', 'RecordSets', i], zoneFrom: props.HostedZoneId || props.HostedZoneName ? props : rec });
        });
      }
      for (const { rec, tp, zoneFrom } of records) {
        const target = isRecord(rec.AliasTarget) ? rec.AliasTarget : undefined;
        if (!target || !refersTo(target.DNSName, this.distId)) continue;
        this.source(['domain', 'dns'], tp);
        const zoneName = zoneFrom.HostedZoneName !== undefined ? this.r.literal(zoneFrom.HostedZoneName) : undefined;
        const hostedZoneId =
          zoneFrom.HostedZoneId !== undefined ? this.str(zoneFrom.HostedZoneId, ['domain', 'dns', 'hostedZoneId'], 'ZUNKNOWNZONE') : undefined;
        if (hostedZoneId === undefined) this.markUnknown(['domain', 'dns', 'hostedZoneId']);
        this.source(['domain', 'dns', 'hostedZoneId'], [...tp, 'HostedZoneId']);
        if (hostedZoneId === CF_ZONE) {
          // The classic swap (AF601 reports it in the template): the record's own zone is unknown.
          this.markUnknown(['domain', 'dns', 'hostedZoneId']);
        }
        return {
          mode: 'route53',
          hostedZoneId: hostedZoneId ?? 'ZUNKNOWNZONE',
          zoneName: zoneName?.known ? zoneName.value.replace(/\.$/, '') : '',
        };
      }
    }
    return { mode: 'none' };
  }

  // ---- origins ------------------------------------------------------------------------------

  private origins(dist: Json): Json[] {
    const list = Array.isArray(dist.Origins) ? dist.Origins : [];
    return list.map((o, i) => this.origin(isRecord(o) ? o : {}, i));
  }

  private origin(o: Json, i: number): Json {
    const tp: TPath = [...this.base, 'Origins', i];
    const cp: ConfigPath = ['origins', i];
    this.source(cp, tp);
    this.dropUnknownKeys(o, ORIGIN_KEYS, tp);
    const id = this.str(o.Id, [...cp, 'id'], `origin-${i + 1}`);
    const coc = isRecord(o.CustomOriginConfig) ? o.CustomOriginConfig : undefined;
    const headers = Array.isArray(o.OriginCustomHeaders) ? o.OriginCustomHeaders : [];
    const timeouts = {
      readTimeout: this.num(coc?.OriginReadTimeout ?? 30, [...cp, 'readTimeout'], 30),
      keepAliveTimeout: this.num(coc?.OriginKeepaliveTimeout ?? 5, [...cp, 'keepAliveTimeout'], 5),
      connectionAttempts: this.num(o.ConnectionAttempts ?? 3, [...cp, 'connectionAttempts'], 3),
      connectionTimeout: this.num(o.ConnectionTimeout ?? 10, [...cp, 'connectionTimeout'], 10),
      // Newer optional fields (facts 165, 174): only when the template sets them.
      ...(o.ResponseCompletionTimeout === undefined ? {} : { responseCompletionTimeout: this.num(o.ResponseCompletionTimeout, [...cp, 'responseCompletionTimeout'], 0) }),
      ...(coc?.IpAddressType === undefined ? {} : { ipAddressType: this.str(coc.IpAddressType, [...cp, 'ipAddressType'], 'ipv4') }),
    };
    const mtls = isRecord(coc?.OriginMtlsConfig) ? coc.OriginMtlsConfig : undefined;
    this.source([...cp, 'readTimeout'], [...tp, 'CustomOriginConfig', 'OriginReadTimeout']);
    this.source([...cp, 'keepAliveTimeout'], [...tp, 'CustomOriginConfig', 'OriginKeepaliveTimeout']);
    this.source([...cp, 'originPath'], [...tp, 'OriginPath']);
    this.source([...cp, 'customHeaders'], [...tp, 'OriginCustomHeaders']);
    // CloudFormation leaves an absent OriginPath empty; the config's "absent" means "derive it".
    const originPathKnown = o.OriginPath === undefined || this.r.literal(o.OriginPath).known;
    const originPath = o.OriginPath === undefined ? '' : this.str(o.OriginPath, [...cp, 'originPath'], '');
    const domain = this.r.sym(o.DomainName);
    this.source([...cp, 'domainName'], [...tp, 'DomainName']);

    const api = domain.known ? this.apiTarget(domain.value) : undefined;
    const viaDomain = !api && domain.known ? customDomainOrigin(this.r, domain.value, cp, tp, this.recorder) : undefined;
    if (api || viaDomain) {
      const { customHeaders, verifyHeader } = this.headers(headers, cp, tp, true);
      return {
        id,
        type: 'apigateway',
        api: viaDomain ?? this.apiSettings(api as NonNullable<typeof api>, cp, id, originPath, originPathKnown, o.OriginPath === undefined ? undefined : this.r.sym(o.OriginPath)),
        originPath,
        ...timeouts,
        customHeaders,
        verifyHeader,
        // Origin mTLS is the one lock-down a distribution shows by itself (fact 169).
        ...(mtls ? { lockdown: 'mtls', clientCertificateArn: this.str(mtls.ClientCertificateArn, [...cp, 'clientCertificateArn'], '') } : { lockdown: 'none' }),
      };
    }
    const { customHeaders } = this.headers(headers, cp, tp, false);
    const { host, known } = this.hostOf(domain);
    // A website endpoint with CustomOriginConfig is a custom origin (HTTP only, no OAC; fact 183).
    const isS3 = o.S3OriginConfig !== undefined || (coc === undefined && (/\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.test(host) || this.isBucketAttr(domain)));
    if (!known) this.markUnknown([...cp, isS3 ? 'bucketDomainName' : 'domainName']);
    if (isS3) {
      this.source([...cp, 'bucketDomainName'], [...tp, 'DomainName']);
      return { id, type: 's3', bucketDomainName: host, originPath, customHeaders, ...this.s3AccessOf(o) };
    }
    const protocol = this.enumOf(coc?.OriginProtocolPolicy, ORIGIN_PROTOCOLS, [...cp, 'protocol'], [...tp, 'CustomOriginConfig', 'OriginProtocolPolicy'], 'https-only');
    this.source([...cp, 'protocol'], [...tp, 'CustomOriginConfig', 'OriginProtocolPolicy']);
    return { id, type: 'custom', domainName: host, originPath, protocol, ...timeouts, customHeaders };
  }

  /** OAC when the origin names one, an OAI when S3OriginConfig carries one, else none (facts 180, 181, 184). */
  private s3AccessOf(o: Record<string, unknown>): { access: 'oac' | 'oai' | 'none'; oaiId?: string } {
    if (o.OriginAccessControlId !== undefined && o.OriginAccessControlId !== '') return { access: 'oac' };
    const s3 = o.S3OriginConfig;
    const oai = s3 && typeof s3 === 'object' ? (s3 as Record<string, unknown>).OriginAccessIdentity : undefined;
    if (oai === undefined || oai === '') return { access: 'none' };
    const id = typeof oai === 'string' ? oai.replace(/^origin-access-identity\/cloudfront\//, '') : '';
    return { access: 'oai', ...(id ? { oaiId: id } : {}) };
  }

  private isBucketAttr(domain: Resolved<Sym>): boolean {
    if (!domain.known) return false;
    const ref = domain.value.find((p) => typeof p !== 'string');
    return typeof ref === 'object' && this.r.resourceType(ref.ref) === 'AWS::S3::Bucket';
  }

  /** The literal host, or a `{Resource.Attribute}` placeholder (the caller marks its path unknown). */
  private hostOf(domain: Resolved<Sym>): { host: string; known: boolean } {
    if (domain.known && domain.value.every((p) => typeof p === 'string')) return { host: domain.value.join(''), known: true };
    if (!domain.known) return { host: placeholder('unknown'), known: false };
    const text = domain.value.map((p) => (typeof p === 'string' ? p : placeholder(p.attr ? `${p.ref}.${p.attr}` : p.ref))).join('');
    return { host: text, known: false };
  }

  /**
   * Which API a domain names: a template API resource (by Ref / GetAtt), a literal execute-api
   * host, or an execute-api host whose ID is known only at deploy time (a parameter without
   * Default, an import, a Serverless variable): an API Gateway origin with an unknown ID.
   */
  private apiTarget(sym: Sym): ApiTarget | undefined {
    const refs: SymRef[] = [];
    const text = sym.map((p) => (typeof p === 'string' ? p : `{{${refs.push(p) - 1}}}`)).join('');
    const m = /^(?:https:\/\/)?(\{\{\d+\}\}|[a-z0-9]{10})\.execute-api\.(\{\{\d+\}\}|[a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/?$/.exec(text);
    if (!m) return undefined;
    const pick = (s: string) => {
      const n = /^\{\{(\d+)\}\}$/.exec(s);
      return n ? refs[Number(n[1])] : undefined;
    };
    const apiRef = pick(m[1] as string);
    const regionRef = pick(m[2] as string);
    const region = regionRef ? regionRef : (m[2] as string);
    if (!apiRef) return { id: m[1] as string, region };
    if (apiRef.hole || apiRef.attr === undefined && this.r.template.Parameters?.[apiRef.ref]) return { unknownId: apiRef, region };
    if (!isApiResource(this.r, apiRef.ref)) return undefined;
    return { logicalId: apiRef.ref, region };
  }

  /**
   * `OriginPath: !Sub /${Stage}` known only at deploy time: the stage is whatever `Stage` is, so it is
   * unknown but named (`{Stage}`), and the wizard can say which parameter to look up.
   */
  private stageNamedBy(originPath: Resolved<Sym> | undefined): string | undefined {
    if (!originPath?.known) return undefined;
    // Exactly `/${Stage}`: with more after it (`/${Stage}/v1`) the origin path is not the stage alone.
    const [slash, first, ...rest] = originPath.value;
    if (slash !== '/' || typeof first !== 'object' || rest.length > 0) return undefined;
    return placeholder(first.attr ? `${first.ref}.${first.attr}` : first.ref);
  }

  private apiSettings(target: ApiTarget, cp: ConfigPath, originId: string, originPath: string, originPathKnown: boolean, originPathSym?: Resolved<Sym>): Json {
    const apiPath: ConfigPath = [...cp, 'api'];
    let region: string;
    if (typeof target.region === 'string') region = target.region;
    else {
      // Named placeholders keep messages readable: `{ApiId}.execute-api.{AWS::Region}.amazonaws.com`.
      region = placeholder(target.region.ref);
      this.markUnknown([...apiPath, 'region']);
    }
    if (!target.logicalId) {
      // The API is not in this template: its ID (when literal) and Region may be known, nothing
      // else is. Unknown fields stay empty (the wizard asks for them); nothing is assumed.
      const stage = originPathKnown ? originPath.split('/').filter(Boolean)[0] : this.stageNamedBy(originPathSym);
      const unknownFields = ['kind', 'endpoint', 'auth', 'cors', ...(stage === undefined || !originPathKnown ? ['stage'] : []), ...(target.id ? [] : ['id'])];
      for (const field of unknownFields) this.markUnknown([...apiPath, field]);
      const idNote = target.unknownId ? ` Its ID is known only at deploy time (${holeReason(target.unknownId)}).` : '';
      this.drop(['Resources', this.distId], `origin ${originId}: the API is not defined in this template, so its kind, endpoint type and auth are not known and not checked.${idNote}`);
      const id = target.id ?? placeholder(target.unknownId?.hole === 'parameter' ? target.unknownId.ref : 'ApiId');
      this.markUnknown([...apiPath, 'usesQueryStrings']);
      return { kind: 'rest', endpoint: 'regional', id, region, stage: stage ?? '', usesQueryStrings: false };
    }
    const facts = readApi(this.r, target.logicalId, originPathKnown ? originPath : undefined);
    this.markUnknown([...apiPath, 'id']);
    // AF409 must not assume the API reads query strings: false unless the template shows it.
    const queryStrings = readsQueryStrings(this.r, target.logicalId);
    if (queryStrings === undefined) this.markUnknown([...apiPath, 'usesQueryStrings']);
    for (const field of facts.unknown) this.markUnknown([...apiPath, field]);
    for (const note of facts.notes) this.dropped.push(note);
    if (facts.logicalId) this.source(apiPath, ['Resources', facts.logicalId]);
    return {
      kind: facts.kind,
      endpoint: facts.endpoint,
      id: placeholder(target.logicalId),
      region,
      stage: facts.stage,
      auth: facts.auth,
      cors: facts.cors,
      executeApiEndpointDisabled: facts.executeApiEndpointDisabled,
      routes: facts.routes,
      usesQueryStrings: queryStrings ?? false,
    };
  }

  /**
   * Origin custom headers. On an API origin, the first header whose value is a parameter or a
   * dynamic reference is the verify header (its secret stays out of the config); other values
   * that cannot be read keep their name with an unknown value.
   */
  private headers(list: unknown[], cp: ConfigPath, tp: TPath, isApi: boolean): { customHeaders: Json[]; verifyHeader: Json | null } {
    const customHeaders: Json[] = [];
    let verifyHeader: Json | null = null;
    list.forEach((h, j) => {
      if (!isRecord(h)) return;
      const name = this.r.literal(h.HeaderName);
      if (!name.known) {
        this.drop([...tp, 'OriginCustomHeaders', j], `header name cannot be resolved (${name.reason})`);
        return;
      }
      const value = h.HeaderValue;
      const ref = intrinsicOf(value);
      const param = ref?.fn === 'Ref' && typeof ref.arg === 'string' ? this.r.template.Parameters?.[ref.arg] : undefined;
      // A value from a parameter or a dynamic reference is the verify-header shape; whether the
      // parameter is NoEcho is for AF211 to judge on the template.
      const secret = param !== undefined || (typeof value === 'string' && /\{\{resolve:(secretsmanager|ssm-secure):/.test(value));
      if (isApi && secret && !verifyHeader) {
        verifyHeader = { name: name.value };
        this.source([...cp, 'verifyHeader'], [...tp, 'OriginCustomHeaders', j]);
        return;
      }
      const index = customHeaders.length;
      const literal = this.r.literal(value);
      if (!literal.known) this.markUnknown([...cp, 'customHeaders', index, 'value']);
      this.source([...cp, 'customHeaders', index], [...tp, 'OriginCustomHeaders', j]);
      customHeaders.push({ name: name.value, value: literal.known ? literal.value : '' });
    });
    return { customHeaders, verifyHeader };
  }

  // ---- behaviors ----------------------------------------------------------------------------

  private methodSet(value: unknown, tp: TPath, cp: ConfigPath, cached: boolean): string {
    // Both lists default to GET, HEAD when omitted (fact 18).
    if (value === undefined) return 'get-head';
    const list = this.strList(value, cp).map((m) => m.toUpperCase());
    const writes = ['PUT', 'PATCH', 'POST', 'DELETE'];
    const set = list.some((m) => writes.includes(m)) ? 'all' : list.includes('OPTIONS') ? 'get-head-options' : 'get-head';
    const sizes: Record<string, number> = { all: 7, 'get-head-options': 3, 'get-head': 2 };
    if (cached && set === 'all') {
      this.drop(tp, `CachedMethods [${list.join(', ')}] is not a valid set (GET,HEAD or GET,HEAD,OPTIONS); imported as GET,HEAD,OPTIONS`);
      return 'get-head-options';
    }
    if (new Set(list).size !== sizes[set]) {
      this.drop(tp, `[${list.join(', ')}] is not one of the method sets CloudFront accepts (fact 15/16); imported as the nearest larger set`);
    }
    return set;
  }

  private behavior(b: Json, cp: ConfigPath, tp: TPath, originIds: string[], originBySym: ReadonlyMap<string, string> = new Map()): Json {
    this.source(cp, tp);
    this.dropUnknownKeys(b, BEHAVIOR_KEYS, tp);
    const out: Json = {};
    if (cp[0] === 'behaviors') {
      out.pathPattern = this.str(b.PathPattern, [...cp, 'pathPattern'], '/unknown/*');
      this.source([...cp, 'pathPattern'], [...tp, 'PathPattern']);
    }
    const target = b.TargetOriginId === undefined ? undefined : this.r.sym(b.TargetOriginId);
    const bySym = target?.known ? originBySym.get(symText(target.value)) : undefined;
    out.originId = this.str(b.TargetOriginId, [...cp, 'originId'], bySym ?? originIds[0] ?? 'origin-1');
    const primary = this.groupPrimary.get(String(out.originId));
    if (primary !== undefined) out.originId = primary;
    this.source([...cp, 'originId'], [...tp, 'TargetOriginId']);
    out.viewerProtocol = this.enumOf(b.ViewerProtocolPolicy, VIEWER_PROTOCOLS, [...cp, 'viewerProtocol'], [...tp, 'ViewerProtocolPolicy'], 'allow-all');
    this.source([...cp, 'viewerProtocol'], [...tp, 'ViewerProtocolPolicy']);
    out.methods = this.methodSet(b.AllowedMethods, [...tp, 'AllowedMethods'], [...cp, 'methods'], false);
    out.cachedMethods = this.methodSet(b.CachedMethods, [...tp, 'CachedMethods'], [...cp, 'cachedMethods'], true);
    this.source([...cp, 'methods'], [...tp, 'AllowedMethods']);
    this.source([...cp, 'cachedMethods'], [...tp, 'CachedMethods']);
    out.compress = this.bool(b.Compress, [...cp, 'compress'], false);
    this.source([...cp, 'compress'], [...tp, 'Compress']);

    const fv = isRecord(b.ForwardedValues) ? b.ForwardedValues : undefined;
    if (b.CachePolicyId !== undefined) {
      out.cache = this.policyRef(b.CachePolicyId, 'cache', [...cp, 'cache'], [...tp, 'CachePolicyId']);
      if (fv) this.drop([...tp, 'ForwardedValues'], 'ForwardedValues next to a cache policy is rejected by CloudFront (AF408); the cache policy was imported');
    } else if (fv) {
      out.cache = { legacy: this.legacy(fv, b, [...cp, 'cache', 'legacy'], tp) };
      this.source([...cp, 'cache'], [...tp, 'ForwardedValues']);
    } else {
      // Neither is set: CloudFront rejects the behavior (AF408 reports it on the template).
      out.cache = { policy: 'CachingDisabled' };
      this.markUnknown([...cp, 'cache']);
    }
    out.originRequest =
      b.OriginRequestPolicyId !== undefined ? this.policyRef(b.OriginRequestPolicyId, 'originRequest', [...cp, 'originRequest'], [...tp, 'OriginRequestPolicyId']) : null;
    this.source([...cp, 'originRequest'], [...tp, b.OriginRequestPolicyId !== undefined ? 'OriginRequestPolicyId' : fv && b.CachePolicyId === undefined ? 'ForwardedValues' : 'CachePolicyId']);
    out.responseHeaders =
      b.ResponseHeadersPolicyId !== undefined
        ? this.policyRef(b.ResponseHeadersPolicyId, 'responseHeaders', [...cp, 'responseHeaders'], [...tp, 'ResponseHeadersPolicyId'])
        : null;
    return out;
  }

  private legacy(fv: Json, b: Json, cp: ConfigPath, tp: TPath): Json {
    const cookies = isRecord(fv.Cookies) ? fv.Cookies : {};
    const out: Json = {
      headers: this.strList(fv.Headers, [...cp, 'headers']),
      queryString: this.bool(fv.QueryString, [...cp, 'queryString'], false),
      queryStringCacheKeys: this.strList(fv.QueryStringCacheKeys, [...cp, 'queryStringCacheKeys']),
      cookies: {
        forward: this.enumOf(cookies.Forward, ['none', 'whitelist', 'all'] as const, [...cp, 'cookies'], [...tp, 'ForwardedValues', 'Cookies'], 'none'),
        names: this.strList(cookies.WhitelistedNames, [...cp, 'cookies', 'names']),
      },
    };
    for (const [key, field] of [['MinTTL', 'minTtl'], ['DefaultTTL', 'defaultTtl'], ['MaxTTL', 'maxTtl']] as const) {
      if (b[key] !== undefined) out[field] = this.num(b[key], [...cp, field], 0);
      this.source([...cp, field], [...tp, key]);
    }
    this.source([...cp, 'headers'], [...tp, 'ForwardedValues', 'Headers']);
    this.source([...cp, 'queryString'], [...tp, 'ForwardedValues', 'QueryString']);
    return out;
  }

  /** A policy ID: managed (by ID) -> its name, a policy resource of the template -> custom, else an ID. */
  private policyRef(value: unknown, kind: 'cache' | 'originRequest' | 'responseHeaders', cp: ConfigPath, tp: TPath): Json {
    this.source(cp, tp);
    const ref = intrinsicOf(value);
    const target = ref?.fn === 'Ref' && typeof ref.arg === 'string' ? ref.arg : ref?.fn === 'Fn::GetAtt' && Array.isArray(ref.arg) ? String(ref.arg[0]) : undefined;
    const type = target ? this.r.resourceType(target) : undefined;
    if (target && type === 'AWS::CloudFront::CachePolicy' && kind === 'cache') {
      this.source(cp, ['Resources', target, 'Properties', 'CachePolicyConfig']);
      return { custom: this.customCachePolicy(target, [...cp, 'custom']) };
    }
    if (target && type === 'AWS::CloudFront::OriginRequestPolicy' && kind === 'originRequest') {
      this.source(cp, ['Resources', target, 'Properties', 'OriginRequestPolicyConfig']);
      return { custom: this.customOriginRequestPolicy(target, [...cp, 'custom']) };
    }
    const literal = this.r.literal(value);
    if (!literal.known) {
      this.markUnknown(cp);
      if (type === 'AWS::CloudFront::ResponseHeadersPolicy') this.drop(['Resources', target as string], 'custom response headers policies are not modelled');
      return { policyId: 'unknown' };
    }
    const id = literal.value;
    const name =
      kind === 'cache' ? managedCachePolicyName(id) : kind === 'originRequest' ? managedOriginRequestPolicyName(id) : managedResponseHeadersPolicyName(id);
    return name ? { policy: name } : { policyId: id };
  }

  private namesConfig(cfg: unknown, behaviorKey: string, namesKey: string, allowed: readonly string[], cp: ConfigPath, tp: TPath): Json {
    const c = isRecord(cfg) ? cfg : {};
    const behavior = this.enumOf(c[behaviorKey], allowed, [...cp, 'behavior'], [...tp, behaviorKey], 'none');
    const names = this.strList(isRecord(c[namesKey]) ? (c[namesKey] as Json).Items : c[namesKey], [...cp, 'names']);
    return { behavior, names };
  }

  private customCachePolicy(id: string, cp: ConfigPath): Json {
    const tp: TPath = ['Resources', id, 'Properties', 'CachePolicyConfig'];
    const cfg = isRecord(this.r.resourceProperties(id).CachePolicyConfig) ? (this.r.resourceProperties(id).CachePolicyConfig as Json) : {};
    const params = isRecord(cfg.ParametersInCacheKeyAndForwardedToOrigin) ? cfg.ParametersInCacheKeyAndForwardedToOrigin : {};
    const ptp = [...tp, 'ParametersInCacheKeyAndForwardedToOrigin'];
    const list = ['none', 'whitelist', 'allExcept', 'all'] as const;
    return {
      minTtl: this.num(cfg.MinTTL ?? 0, [...cp, 'minTtl'], 0),
      defaultTtl: this.num(cfg.DefaultTTL ?? 86400, [...cp, 'defaultTtl'], 0),
      maxTtl: this.num(cfg.MaxTTL ?? 31536000, [...cp, 'maxTtl'], 1),
      headers: this.namesConfig(params.HeadersConfig, 'HeaderBehavior', 'Headers', ['none', 'whitelist'], [...cp, 'headers'], [...ptp, 'HeadersConfig']),
      cookies: this.namesConfig(params.CookiesConfig, 'CookieBehavior', 'Cookies', list, [...cp, 'cookies'], [...ptp, 'CookiesConfig']),
      queryStrings: this.namesConfig(params.QueryStringsConfig, 'QueryStringBehavior', 'QueryStrings', list, [...cp, 'queryStrings'], [...ptp, 'QueryStringsConfig']),
      gzip: this.bool(params.EnableAcceptEncodingGzip, [...cp, 'gzip'], false),
      brotli: this.bool(params.EnableAcceptEncodingBrotli, [...cp, 'brotli'], false),
    };
  }

  private customOriginRequestPolicy(id: string, cp: ConfigPath): Json {
    const tp: TPath = ['Resources', id, 'Properties', 'OriginRequestPolicyConfig'];
    const cfg = isRecord(this.r.resourceProperties(id).OriginRequestPolicyConfig)
      ? (this.r.resourceProperties(id).OriginRequestPolicyConfig as Json)
      : {};
    const list = ['none', 'whitelist', 'allExcept', 'all'] as const;
    const headerBehaviors = ['none', 'whitelist', 'allViewer', 'allViewerAndWhitelistCloudFront', 'allExcept'] as const;
    return {
      headers: this.namesConfig(cfg.HeadersConfig, 'HeaderBehavior', 'Headers', headerBehaviors, [...cp, 'headers'], [...tp, 'HeadersConfig']),
      cookies: this.namesConfig(cfg.CookiesConfig, 'CookieBehavior', 'Cookies', list, [...cp, 'cookies'], [...tp, 'CookiesConfig']),
      queryStrings: this.namesConfig(cfg.QueryStringsConfig, 'QueryStringBehavior', 'QueryStrings', list, [...cp, 'queryStrings'], [...tp, 'QueryStringsConfig']),
    };
  }

  // ---- distribution settings ------------------------------------------------------------------

  private distribution(dist: Json): Json {
    const cp: ConfigPath = ['distribution'];
    const tp = this.base;
    const src = (field: string, key: string) => this.source([...cp, field], [...tp, key]);
    src('priceClass', 'PriceClass');
    src('httpVersion', 'HttpVersion');
    src('ipv6', 'IPV6Enabled');
    src('webAclArn', 'WebACLId');
    src('logging', 'Logging');
    src('errorCaching', 'CustomErrorResponses');
    src('errorPages', 'CustomErrorResponses');
    src('defaultRootObject', 'DefaultRootObject');
    src('comment', 'Comment');
    const logging = isRecord(dist.Logging) ? dist.Logging : undefined;
    const errorCaching: Json[] = [];
    const errorPages: Json[] = [];
    const responses = Array.isArray(dist.CustomErrorResponses) ? dist.CustomErrorResponses : [];
    for (const [i, e] of responses.entries()) {
      if (!isRecord(e)) continue;
      const code = this.num(e.ErrorCode, [...cp, 'errorCaching'], 0);
      // Fact 127: the registry default for an entry without ErrorCachingMinTTL is 300 s.
      const ttl = e.ErrorCachingMinTTL === undefined ? 300 : this.num(e.ErrorCachingMinTTL, [...cp, 'errorCaching'], 300);
      if (e.ResponseCode === undefined && e.ResponsePagePath === undefined) {
        this.source([...cp, 'errorCaching', errorCaching.length], [...tp, 'CustomErrorResponses', i]);
        errorCaching.push({ code, ttl });
      } else {
        this.source([...cp, 'errorPages', errorPages.length], [...tp, 'CustomErrorResponses', i]);
        errorPages.push({
          code,
          responseCode: e.ResponseCode === undefined ? null : this.num(e.ResponseCode, [...cp, 'errorPages', errorPages.length, 'responseCode'], 200),
          pagePath: e.ResponsePagePath === undefined ? null : this.str(e.ResponsePagePath, [...cp, 'errorPages', errorPages.length, 'pagePath'], '/'),
          ttl,
        });
      }
    }
    // An empty WebACLId is how the CloudFront API itself says "no web ACL" (GetDistributionConfig returns "").
    const webAclText = dist.WebACLId === undefined ? null : this.str(dist.WebACLId, [...cp, 'webAclArn'], 'unknown');
    const webAcl = webAclText === '' ? null : webAclText;
    return {
      // Fact 113: CloudFormation's default price class is PriceClass_All; fact 111: HttpVersion http1.1.
      priceClass: this.enumOf(dist.PriceClass, PRICE_CLASSES, [...cp, 'priceClass'], [...tp, 'PriceClass'], 'PriceClass_All'),
      httpVersion: this.enumOf(dist.HttpVersion, HTTP_VERSIONS, [...cp, 'httpVersion'], [...tp, 'HttpVersion'], 'http1.1'),
      ipv6: this.bool(dist.IPV6Enabled, [...cp, 'ipv6'], false),
      webAclArn: webAcl,
      logging: logging
        ? {
            bucket: this.str(logging.Bucket, [...cp, 'logging', 'bucket'], 'unknown.s3.amazonaws.com'),
            prefix: logging.Prefix === undefined ? '' : this.str(logging.Prefix, [...cp, 'logging', 'prefix'], ''),
            includeCookies: this.bool(logging.IncludeCookies, [...cp, 'logging', 'includeCookies'], false),
          }
        : null,
      errorCaching,
      errorPages,
      defaultRootObject: dist.DefaultRootObject === undefined ? '' : this.str(dist.DefaultRootObject, [...cp, 'defaultRootObject'], ''),
      comment: dist.Comment === undefined ? '' : this.str(dist.Comment, [...cp, 'comment'], ''),
    };
  }
}

/** Map the distribution `distId` of a template to a config input (not yet validated). */
export function mapDistribution(r: Resolver, distId: string): MappingResult {
  const mapper = new Mapper(r, distId);
  const input = mapper.map();
  for (const name of r.danglingRefs) {
    if (isApiResource(r, name)) continue; // implicit APIs carry their own note
    mapper.dropped.push({ path: name, why: `Ref / GetAtt to ${name}, which is neither a parameter nor a resource of this template: treated as unknown` });
  }
  return { input, unknownPaths: mapper.unknownPaths, dropped: mapper.dropped, sources: mapper.sources };
}
