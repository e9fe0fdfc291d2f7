/**
 * Console instructions (`<name>.console.md`): numbered steps per AWS console page, in the order a person
 * works, each naming the console's field label, the exact value and a one-line why. Built from
 * deriveSettings(config), the same object the CloudFormation template comes from, so the two cannot drift.
 */
import type { ApifrontConfig } from '../model/schema';
import { apiDomainSections } from './console-api-domain';
import type { RenderedFile } from './rendered-file';
import {
  CLOUDFRONT_HOSTED_ZONE_ID,
  MAIN_REGION,
  RECOMMENDED_TLS_POLICY,
  deriveSettings,
  type AuthorizerLockdownSettings,
  type BehaviorSettings,
  type CachePolicyResourceSettings,
  type DistributionSettings,
  type FunctionSettings,
  type MtlsLockdownSettings,
  type OriginRequestPolicyResourceSettings,
  type OriginSettings,
  type Settings,
  type WafLockdownSettings,
} from './settings';

/** A field step: the console label, the value to enter or pick, and why. */
function field(label: string, value: string, why?: string): string {
  return `**${label}**: ${value}${why ? ` - ${why}` : ''}`;
}

function code(value: string): string {
  return `\`${value}\``;
}

/** A section: a heading and its numbered steps (a step may carry an indented block, e.g. code). */
interface Section {
  title: string;
  intro?: string;
  steps: string[];
}

function renderSection(section: Section, index: number): string[] {
  const lines = [`## ${index}. ${section.title}`, ''];
  if (section.intro) lines.push(section.intro, '');
  section.steps.forEach((step, i) => {
    const [first, ...rest] = step.split('\n');
    lines.push(`${i + 1}. ${first}`, ...rest.map((l) => (l ? `   ${l}` : '')));
  });
  lines.push('');
  return lines;
}

const PRICE_CLASS_LABELS: Record<DistributionSettings['priceClass'], string> = {
  PriceClass_100: 'Use only North America and Europe',
  PriceClass_200: 'Use North America, Europe, Asia, Middle East, and Africa',
  PriceClass_All: 'Use all edge locations (best performance)',
};

const HTTP_VERSION_LABELS: Record<DistributionSettings['httpVersion'], string> = {
  'http1.1': 'neither HTTP/2 nor HTTP/3 checked (HTTP/1.1 only)',
  http2: 'HTTP/2 checked, HTTP/3 unchecked',
  http2and3: 'HTTP/2 and HTTP/3 both checked',
  http3: 'HTTP/3 checked, HTTP/2 unchecked',
};

const VIEWER_PROTOCOL_LABELS: Record<BehaviorSettings['viewerProtocolPolicy'], string> = {
  'redirect-to-https': 'Redirect HTTP to HTTPS',
  'https-only': 'HTTPS only',
  'allow-all': 'HTTP and HTTPS',
};

/** The console's option for a method set (fact 15): its list order differs from the API's for all seven. */
function allowedMethodsLabel(methods: readonly string[]): string {
  return methods.length === 7 ? 'GET, HEAD, OPTIONS, PUT, POST, PATCH, DELETE' : methods.join(', ');
}

const ORIGIN_PROTOCOL_LABELS = { 'https-only': 'HTTPS only', 'http-only': 'HTTP only', 'match-viewer': 'Match viewer' } as const;

function certificateSection(settings: Settings, config: ApifrontConfig): Section | null {
  const viewer = settings.distribution.viewerCertificate;
  if (viewer.kind === 'default') return null;
  const names = settings.distribution.aliases;
  if (viewer.source.kind === 'parameter') {
    return {
      title: `AWS Certificate Manager (ACM), US East (N. Virginia) ${MAIN_REGION}`,
      steps: [
        `Open ACM in **${MAIN_REGION}** and check that certificate ${code(viewer.source.arn)} is **Issued** and covers ${names.map(code).join(', ')} - CloudFront only uses certificates from ${MAIN_REGION}, and every alternate domain name must be on it.`,
      ],
    };
  }
  const zone = config.domain.dns.mode === 'route53' ? config.domain.dns : null;
  const cert = settings.certificate;
  const all = cert ? [cert.domainName, ...cert.subjectAlternativeNames] : names;
  return {
    title: `AWS Certificate Manager (ACM), US East (N. Virginia) ${MAIN_REGION}`,
    steps: [
      `Switch the console Region to **US East (N. Virginia) ${MAIN_REGION}** - CloudFront only accepts ACM certificates from ${MAIN_REGION}, whatever Region your API is in.`,
      'Choose **Request a certificate**, then **Request a public certificate**.',
      `${field('Fully qualified domain name', all.map(code).join(', then **Add another name to this certificate**: '))} - every alternate domain name of the distribution must be covered.`,
      `${field('Validation method', 'DNS validation - recommended', 'it renews on its own as long as the validation records stay in DNS.')}`,
      `${field('Key algorithm', 'RSA 2048', 'supported by CloudFront for every viewer.')}`,
      zone
        ? `Choose **Request**, open the certificate and choose **Create records in Route 53** for zone ${code(zone.zoneName || zone.hostedZoneId)} - the validation records then appear without manual DNS work.`
        : 'Choose **Request**, open the certificate and add the CNAME records it lists at your DNS provider - validation waits until they resolve.',
      'Wait until **Status** is **Issued** (usually a few minutes) before you attach it to the distribution.',
    ],
  };
}

function functionsSection(settings: Settings): Section | null {
  if (settings.functions.length === 0) return null;
  return {
    title: 'CloudFront Functions',
    intro: 'Create these before the distribution: a behavior can only be associated with a published function.',
    steps: settings.functions.flatMap((fn: FunctionSettings) => [
      `In the CloudFront console choose **Functions**, then **Create function**. ${field('Name', code(fn.name))}; ${field('Description', fn.comment)}; ${field('Runtime', code(fn.runtime))}.`,
      `On the **Build** tab replace the code with the following, then **Save changes** - ${fn.stripPrefix ? `CloudFront never removes the path pattern itself, so this removes ${code(fn.stripPrefix)} before the request goes to the origin` : 'the origin sees its own host name; this keeps the public one'}${fn.forwardedHost && fn.stripPrefix ? ' and copies Host into X-Forwarded-Host' : ''}:\n\n\`\`\`js\n${fn.code.trimEnd()}\n\`\`\``,
      'On the **Publish** tab choose **Publish function** - only the published (LIVE) stage can be associated with a behavior.',
    ]),
  };
}

/** A policy's header / cookie / query-string setting: its behavior, then the names it lists. */
function names(c: { behavior: string; names: string[] }): string {
  return c.names.length ? `${c.behavior}: ${c.names.map(code).join(', ')}` : c.behavior;
}

function cachePolicySteps(policy: CachePolicyResourceSettings): string[] {
  return [
    `Choose **Policies**, **Cache**, **Create cache policy**. ${field('Name', code(policy.name))}; ${field('Description', policy.comment)}.`,
    `${field('Minimum TTL', String(policy.minTtl))}; ${field('Maximum TTL', String(policy.maxTtl))}; ${field('Default TTL', String(policy.defaultTtl))} - TTLs in seconds, ordered minimum <= default <= maximum.`,
    `${field('Headers', names(policy.headers))}; ${field('Query strings', names(policy.queryStrings))}; ${field('Cookies', names(policy.cookies))} - what goes into the cache key (and so to the origin).`,
    `${field('Compression support', [policy.gzip ? 'Gzip' : '', policy.brotli ? 'Brotli' : ''].filter(Boolean).join(' and ') || 'none')}, then **Create**.`,
  ];
}

function originRequestPolicySteps(policy: OriginRequestPolicyResourceSettings): string[] {
  return [
    `Choose **Policies**, **Origin request**, **Create origin request policy**. ${field('Name', code(policy.name))}; ${field('Description', policy.comment)}.`,
    `${field('Headers', names(policy.headers))}; ${field('Query strings', names(policy.queryStrings))}; ${field('Cookies', names(policy.cookies))}, then **Create** - sent to the origin without being part of the cache key.`,
  ];
}

function policiesSection(settings: Settings): Section | null {
  if (settings.cachePolicies.length === 0 && settings.originRequestPolicies.length === 0) return null;
  return {
    title: 'CloudFront policies',
    intro: 'Custom policies must exist before a behavior can use them.',
    steps: [
      ...settings.cachePolicies.flatMap((p) => cachePolicySteps(p)),
      ...settings.originRequestPolicies.flatMap((p) => originRequestPolicySteps(p)),
    ],
  };
}

const ORIGIN_TYPE_LABELS: Record<OriginSettings['type'], string> = { apigateway: 'API Gateway', custom: 'Other', s3: 'Amazon S3' };

/**
 * The origin fields. In the create wizard they sit under "Customize origin settings" (the API Gateway
 * origin type preselects most of them, fact 13); on the Origins tab they are one form.
 */
function originSteps(origin: OriginSettings, inWizard: boolean): string[] {
  const steps = [
    field('Origin type', ORIGIN_TYPE_LABELS[origin.type]),
    field(
      'Origin domain',
      code(origin.domainName),
      origin.api
        ? `pick it with **Browse APIs** or type it; CloudFront sends requests to this host and sets Host to it, which API Gateway needs to route.`
        : 'where CloudFront fetches from.',
    ),
  ];
  if (inWizard) steps.push('Open **Customize origin settings** and set:');
  const custom = origin.customOriginConfig;
  steps.push(field('Origin path', origin.originPath ? code(origin.originPath) : 'leave empty', originPathWhy(origin)));
  if (custom) {
    steps.push(
      field('Protocol', ORIGIN_PROTOCOL_LABELS[custom.protocolPolicy], origin.api ? 'API Gateway accepts HTTPS only.' : 'how CloudFront connects to the origin.'),
      field('HTTPS port', String(custom.httpsPort)),
      field('Minimum origin SSL protocol', custom.sslProtocols.join(', '), origin.api ? 'API Gateway speaks TLS 1.2; older protocols only weaken the connection.' : 'the oldest protocol CloudFront may use.'),
    );
    if (custom.ipAddressType) {
      steps.push(field('IP address type', `${custom.ipAddressType === 'dualstack' ? 'Dual-stack' : custom.ipAddressType.toUpperCase()} (${code(custom.ipAddressType)})`, 'how CloudFront connects to the origin; IPv6 needs an origin that resolves to IPv6 (fact 174).'));
    }
    if (custom.mtlsClientCertificateArn) {
      steps.push(field('Mutual TLS (origin)', `On, client certificate ${code(custom.mtlsClientCertificateArn)}`, 'CloudFront presents this ACM certificate (us-east-1) and the API\'s custom domain accepts only connections that do; no shared secret is involved (fact 169).'));
    }
  }
  steps.push(field('Name', code(origin.id), 'the behaviors refer to the origin by this name.'));
  for (const header of origin.customHeaders) {
    const value = typeof header.value === 'string' ? code(header.value) : 'the secret you generated (keep it in a password manager or Secrets Manager; never in a ticket or a link)';
    steps.push(
      `${field('Add custom header', `${field('Header name', code(header.name))}, ${field('Value', value)}`)}${header.isVerifyHeader ? ' - CloudFront adds it to every origin request and overwrites any viewer value, so the API can refuse requests that bypass CloudFront.' : ' - CloudFront adds it to every origin request.'}`,
    );
  }
  if (origin.type === 's3') steps.push(field('Origin access', 'as the bucket requires (Origin access control settings (recommended) for a private bucket)'));
  steps.push(field('Enable Origin Shield', 'No', origin.api ? 'an API answer is not cached, so an extra caching layer adds nothing.' : 'an extra caching layer costs more and is rarely needed.'));
  if (custom) {
    steps.push(
      `${field('Connection attempts', String(origin.connectionAttempts))}; ${field('Connection timeout', String(origin.connectionTimeout))}.`,
      field(
        'Response timeout',
        `${custom.readTimeout}`,
        origin.api?.responseStreaming
          ? 'seconds CloudFront waits for the next chunk of a streamed answer: the longest pause the stream may have (fact 166).'
          : origin.api
            ? `seconds CloudFront waits for the API; the API's own integration timeout is ${origin.api.integrationTimeout} s, so a shorter value cuts off slow answers with a 504.`
            : 'seconds CloudFront waits for an answer.',
      ),
      field(
        'Response completion timeout',
        origin.responseCompletionTimeout === null ? 'leave empty' : String(origin.responseCompletionTimeout),
        origin.responseCompletionTimeout === null ? 'no limit on the whole response, which a streamed answer needs.' : 'seconds for the whole response; at least the response timeout (fact 165).',
      ),
      field('Keep-alive timeout', `${custom.keepAliveTimeout}`, 'seconds an idle connection to the origin is kept for reuse.'),
    );
  }
  return steps;
}

function originPathWhy(origin: OriginSettings): string {
  if (!origin.api) return 'CloudFront appends the viewer path after it.';
  if (origin.api.customDomain) return 'through a custom domain the API mapping replaces the stage, so the stage must not be in the path.';
  if (origin.api.kind === 'http' && origin.api.stage === '$default') return 'the $default stage is served from the root; CloudFront appends the viewer path to the origin domain as is.';
  return `the stage ${code(origin.api.stage)} is the first segment of every API URL; CloudFront puts this in front of the viewer path (it never strips anything).`;
}

const CACHE_WHY: Record<string, string> = {
  CachingDisabled: 'API answers are per caller and per request; nothing is cached.',
  CachingOptimized: 'caches answers for up to a day without query strings or credentials in the key; only for public, static data.',
};

function behaviorSteps(behavior: BehaviorSettings, existingDistribution: boolean): string[] {
  const steps: string[] = [];
  if (existingDistribution) {
    steps.push(
      `${field('Path pattern', code(behavior.pathPattern ?? '*'), 'case-sensitive; `*` matches any run of characters and the first matching behavior wins.')}`,
      field('Origin and origin groups', code(behavior.targetOriginId)),
    );
  } else {
    steps.push(field('Path pattern', 'Default (*)', 'the default behavior catches every path no other behavior matches.'));
  }
  const cachingDisabled = behavior.cachePolicy.kind === 'managed' && behavior.cachePolicy.name === 'CachingDisabled';
  const compressWhy = cachingDisabled
    ? 'compression needs caching; with caching disabled it does nothing.'
    : behavior.compress
      ? 'compresses text answers for viewers that accept it.'
      : "the origin's answers pass through as they are.";
  steps.push(
    field('Compress objects automatically', behavior.compress ? 'Yes' : 'No', compressWhy),
    field('Viewer protocol policy', VIEWER_PROTOCOL_LABELS[behavior.viewerProtocolPolicy], behavior.viewerProtocolPolicy === 'allow-all' ? 'plain HTTP reaches the API; prefer Redirect HTTP to HTTPS.' : 'viewers always talk to the API over HTTPS.'),
    field(
      'Allowed HTTP methods',
      allowedMethodsLabel(behavior.allowedMethods),
      behavior.allowedMethods.length === 7 ? 'an API takes writes; any method not allowed gets a 403 from CloudFront.' : 'other methods get a 403 from CloudFront ("not configured to allow the HTTP request method").',
    ),
  );
  if (behavior.allowedMethods.includes('OPTIONS')) {
    steps.push(field('Cache HTTP methods', behavior.cachedMethods.includes('OPTIONS') ? 'OPTIONS checked' : 'OPTIONS unchecked', 'GET and HEAD answers are always cacheable; OPTIONS only when checked.'));
  }
  steps.push(field('Restrict viewer access', 'No', 'the API does its own authorization.'));
  const cache = behavior.cachePolicy;
  if (cache.kind === 'legacy') {
    steps.push(
      field('Cache key and origin requests', 'Legacy cache settings', 'kept as configured (deprecated; convert to policies when you can).'),
      `${field('Headers', cache.headers.length ? cache.headers.map(code).join(', ') : 'None')}; ${field('Query strings', cache.queryString ? (cache.queryStringCacheKeys.length ? `Include specified query strings: ${cache.queryStringCacheKeys.map(code).join(', ')}` : 'All') : 'None')}; ${field('Cookies', cache.cookies.forward === 'whitelist' ? `Include specified cookies: ${cache.cookies.names.map(code).join(', ')}` : cache.cookies.forward === 'all' ? 'All' : 'None')}.`,
    );
    if (cache.minTtl !== undefined || cache.defaultTtl !== undefined || cache.maxTtl !== undefined) {
      steps.push(`**Object caching**: Customize; ${field('Minimum TTL', String(cache.minTtl ?? 0))}; ${field('Maximum TTL', String(cache.maxTtl ?? 31536000))}; ${field('Default TTL', String(cache.defaultTtl ?? 86400))}.`);
    } else {
      steps.push(field('Object caching', 'Use origin cache headers', 'without TTLs CloudFront caches for up to 24 hours by default.'));
    }
  } else {
    steps.push(field('Cache key and origin requests', 'Cache policy and origin request policy (recommended)'));
    if (cache.kind === 'managed') steps.push(field('Cache policy', `${cache.name} (${code(cache.id)})`, CACHE_WHY[cache.name] ?? 'an AWS managed policy.'));
    else if (cache.kind === 'existing') steps.push(field('Cache policy', `the existing policy with ID ${code(cache.id)}`));
    else steps.push(field('Cache policy', code(cache.policy.name), 'the custom policy created above.'));
  }
  const req = behavior.originRequestPolicy;
  if (req === null) steps.push(field('Origin request policy', 'none', 'only what the cache policy keys on reaches the origin.'));
  else if (req.kind === 'managed')
    steps.push(
      field(
        'Origin request policy',
        `${req.name} (${code(req.id)})`,
        req.name === 'AllViewerExceptHostHeader'
          ? 'forwards Authorization, every other viewer header, cookies and query strings, but not Host; API Gateway needs its own host name.'
          : 'an AWS managed policy.',
      ),
    );
  else if (req.kind === 'existing') steps.push(field('Origin request policy', `the existing policy with ID ${code(req.id)}`));
  else steps.push(field('Origin request policy', code(req.policy.name), 'the custom policy created above.'));
  const rh = behavior.responseHeadersPolicy;
  if (rh === null) steps.push(field('Response headers policy', 'none', 'the API sets its own response headers.'));
  else if (rh.kind === 'managed') steps.push(field('Response headers policy', `${rh.name} (${code(rh.id)})`, 'CloudFront adds these headers to every answer.'));
  else steps.push(field('Response headers policy', `the existing policy with ID ${code(rh.id)}`));
  const fn = behavior.function;
  steps.push(
    fn
      ? field('Function associations', `**Viewer request**: Function type **CloudFront Functions**, function ${code(fn.name)}`, fn.comment.replace(/^Viewer request: /, '') + '.')
      : field('Function associations', 'none'),
  );
  return steps;
}

const PLAN_LABELS: Record<DistributionSettings['pricingPlan'], string> = {
  'pay-as-you-go': 'Pay as you go',
  free: 'Free (flat-rate)',
  pro: 'Pro (flat-rate)',
  business: 'Business (flat-rate)',
  premium: 'Premium (flat-rate)',
};

/** The security policy as the console lists it: "(recommended)" only on the recommended one. */
function securityPolicyLabel(policy: string): string {
  return policy === RECOMMENDED_TLS_POLICY ? `${code(policy)} (recommended)` : code(policy);
}

/** The create wizard (2025 console, facts 177-178): plan, Get started, Specify origin, security, review. */
function createWizardSections(settings: Settings, firstOrigin: OriginSettings, defaultBehavior: BehaviorSettings | undefined): Section[] {
  const d = settings.distribution;
  const flatRate = d.pricingPlan !== 'pay-as-you-go';
  const sections: Section[] = [
    {
      title: 'CloudFront: Create distribution - choose a plan',
      intro: 'In the CloudFront console choose **Create distribution**. The console now walks through a wizard; alternate domain names, further origins and behaviors and error pages are set on the distribution afterwards.',
      steps: [
        field(
          'Plan',
          PLAN_LABELS[d.pricingPlan],
          flatRate
            ? 'a flat-rate plan covers one distribution and includes AWS WAF; it is not part of the CloudFormation template (fact 170).'
            : 'billed per request and per GB; every setting below is available (fact 170).',
        ),
      ],
    },
    {
      title: 'CloudFront: Create distribution - Get started',
      steps: [
        field('Distribution name', code(d.name), 'a label for you; the template names its resources after it too.'),
        field('Distribution type', 'Single website or app'),
        field('Domain', 'leave empty here', d.aliases.length > 0 ? 'the alternate domain names and their certificate are set on the distribution after it is created (below), the same way for any DNS provider.' : 'the API is served at the distribution\'s cloudfront.net name.'),
      ],
    },
    {
      title: `CloudFront: Create distribution - Specify origin \`${firstOrigin.id}\``,
      steps: [...originSteps(firstOrigin, true), ...(defaultBehavior ? ['Open **Customize cache settings** (the default behavior) and set:', ...behaviorSteps(defaultBehavior, false)] : [])],
    },
    {
      title: 'CloudFront: Create distribution - Enable security',
      steps: [
        d.webAclArn
          ? field('Web Application Firewall (WAF)', `Use an existing protection pack (web ACL): ${code(d.webAclArn)}`, 'a CLOUDFRONT-scope web ACL from us-east-1 (WAF now calls web ACLs protection packs).')
          : field(
              'Web Application Firewall (WAF)',
              flatRate ? 'keep the protections the plan includes' : 'Do not enable security protections',
              flatRate ? 'WAF is part of the flat-rate plan.' : 'no web ACL in this configuration; on pay as you go WAF is charged per request.',
            ),
      ],
    },
    {
      title: 'CloudFront: Create distribution - Review and create',
      intro: d.aliases.length > 0 ? 'The wizard shows **Get TLS certificate** only for a domain given in Get started; none was, so it is skipped.' : undefined,
      steps: ['Check the summary and choose **Create distribution**. Note the **Distribution domain name** (`dxxxxxxxxxxxxx.cloudfront.net`); deployment takes a few minutes.'],
    },
    { title: 'CloudFront: General tab - Settings', intro: 'Open the distribution, **General** tab, **Settings**, **Edit**.', steps: generalSettingsSteps(d) },
  ];
  return sections;
}

/** General settings edited after creation: names, certificate, security policy and the rest. */
function generalSettingsSteps(d: DistributionSettings): string[] {
  const steps: string[] = [];
  if (d.aliases.length > 0) {
    steps.push(field('Alternate domain name (CNAME)', `${d.aliases.map(code).join(', ')} (one per **Add item**)`, 'the names viewers use; each must be covered by the certificate.'));
  }
  const cert = d.viewerCertificate;
  if (cert.kind === 'acm') {
    steps.push(
      field('Custom SSL certificate', cert.source.kind === 'parameter' ? code(cert.source.arn) : `the certificate for ${code(d.aliases[0] ?? '')} requested in step 1`, 'CloudFront lists only us-east-1 certificates that cover the names.'),
      field('Security policy (minimum SSL/TLS version)', securityPolicyLabel(cert.minimumProtocolVersion), 'the oldest TLS version and ciphers viewers may use (fact 168).'),
    );
  } else {
    steps.push(field('Custom SSL certificate', 'none (Default CloudFront Certificate, *.cloudfront.net)', 'without aliases the distribution is reached at its cloudfront.net name.'));
  }
  steps.push(
    field('Price class', `${PRICE_CLASS_LABELS[d.priceClass]} (${code(d.priceClass)})`, 'which edge locations serve viewers; fewer locations cost less.'),
    field('Supported HTTP versions', `${HTTP_VERSION_LABELS[d.httpVersion]} (${code(d.httpVersion)})`, 'CloudFormation would default to HTTP/1.1; newer versions are faster for viewers.'),
    field('Default root object', d.defaultRootObject ? code(d.defaultRootObject) : 'leave empty', 'an API has no index document.'),
    d.logging
      ? `${field('Standard logging', 'On')}; ${field('S3 bucket', code(d.logging.bucket))}; ${field('Log prefix', d.logging.prefix ? code(d.logging.prefix) : 'empty')}; ${field('Cookie logging', d.logging.includeCookies ? 'On' : 'Off')}.`
      : field('Standard logging', 'Off'),
    field('IPv6', d.ipv6Enabled ? 'On' : 'Off', d.ipv6Enabled ? 'viewers on IPv6 connect directly; Route 53 then needs an AAAA record too.' : 'IPv4 only.'),
    field('Description', code(d.comment)),
    'Choose **Save changes**.',
  );
  return steps;
}

function errorPageSteps(d: DistributionSettings): string[] {
  return d.customErrorResponses.map((e) => {
    // Whatever the template sets is shown, even a half pair (AF506 reports that one).
    const custom = [
      e.responsePagePath !== null ? field('Response page path', code(e.responsePagePath)) : '',
      e.responseCode !== null ? field('HTTP Response code', String(e.responseCode)) : '',
    ].filter(Boolean);
    return `**Create custom error response**: ${field('HTTP error code', String(e.errorCode))}; ${field('Error caching minimum TTL', String(e.errorCachingMinTtl))}; ${field('Customize error response', custom.length ? `Yes, ${custom.join(', ')}` : 'No')}${e.errorCachingMinTtl === 0 ? ' - CloudFront would otherwise serve this error from cache for 10 s even with caching disabled.' : '.'}`;
  });
}

function dnsSection(settings: Settings, config: ApifrontConfig): Section | null {
  if (settings.dnsRecords.length === 0 || config.domain.dns.mode !== 'route53') return null;
  const zone = config.domain.dns;
  return {
    title: 'Route 53 alias records',
    intro: `In Route 53 open **Hosted zones**, then zone ${code(zone.zoneName || zone.hostedZoneId)} (${code(zone.hostedZoneId)}).`,
    steps: settings.dnsRecords.map(
      (r) =>
        `**Create record**: ${field('Record name', code(r.name))}; ${field('Record type', `${r.type}${r.type === 'A' ? ' - Routes traffic to an IPv4 address' : ' - Routes traffic to an IPv6 address'}`)}; ${field('Alias', 'on')}; ${field('Route traffic to', 'Alias to CloudFront distribution')}, then the distribution's domain name; ${field('Routing policy', 'Simple routing')}; ${field('Evaluate target health', 'No')} - an alias (not a CNAME) works at the zone apex and Route 53 uses CloudFront's zone ${code(CLOUDFRONT_HOSTED_ZONE_ID)} for it.`,
    ),
  };
}

function wafLockdownSteps(l: WafLockdownSettings): string[] {
  // The same name the template gives the web ACL.
  const aclName = l.webAclName;
  return [
    `Open **AWS WAF & Shield** in the API's Region, **${l.region}**, and choose **Web ACLs**, **Create web ACL** - a web ACL for a REST API stage must be REGIONAL and in the API's Region.`,
    `${field('Resource type', 'Regional resources')}; ${field('Region', code(l.region))}; ${field('Name', code(aclName))}.`,
    `**Add AWS resources**: **Amazon API Gateway REST API**, API ${code(l.apiId)}, stage ${code(l.stage)} (${code(l.stageArn)}).`,
    `**Add rules**, **Add my own rules and rule groups**, **Rule builder**: ${field('Name', code('require-cloudfront-secret'))}; ${field('If a request', "doesn't match the statement (NOT)")}; ${field('Inspect', 'Single header')}; ${field('Header field name', code(l.headerName.toLowerCase()))}; ${field('Match type', 'Exactly matches string')}; ${field('String to match', 'the secret you generated (the same value as the custom header)')}; ${field('Action', 'Block')}.`,
    `${field('Default web ACL action for requests that don\'t match any rules', 'Allow')}, then **Create web ACL** - direct calls without the header now get 403, calls through CloudFront pass.`,
  ];
}

function authorizerLockdownSteps(l: AuthorizerLockdownSettings): string[] {
  return [
    `${l.apiKind === 'http' ? 'An HTTP API cannot use AWS WAF or a resource policy' : 'For this REST API'}: a Lambda REQUEST authorizer checks the ${code(l.headerName)} header (API ${code(l.apiId)}, ${code(l.region)}).`,
    ...l.outline,
  ];
}

function mtlsLockdownSteps(l: MtlsLockdownSettings): string[] {
  return [`Origin mutual TLS for ${code(l.originId)}: CloudFront already presents ${code(l.clientCertificateArn || 'the client certificate')}; make the API require it (API ${code(l.apiId)}, ${code(l.region)}).`, ...l.outline];
}

function lockdownSection(settings: Settings): Section | null {
  if (settings.lockdowns.length === 0) return null;
  return {
    title: 'Lock the API to CloudFront',
    intro: 'Do this after the distribution is deployed: CloudFront must already send the header or certificate, or the API starts refusing it.',
    steps: settings.lockdowns.flatMap((l) => (l.kind === 'waf' ? wafLockdownSteps(l) : l.kind === 'mtls' ? mtlsLockdownSteps(l) : authorizerLockdownSteps(l))),
  };
}

/**
 * Console steps as Markdown, from the same derived settings as the template: certificate (us-east-1),
 * functions and policies the distribution needs, the 2025 create wizard (plan, Get started, Specify origin
 * with the default behavior, Enable security, Review and create), the general settings edited afterwards,
 * further origins and behaviors in order, error pages, Route 53 records, the API's custom domain (access
 * mode, routing mode and rules) and lock-down.
 */
export function renderConsoleMarkdown(config: ApifrontConfig): string {
  const settings = deriveSettings(config);
  const d = settings.distribution;
  const [firstOrigin, ...moreOrigins] = d.origins;
  const defaultBehavior = d.behaviors.find((b) => b.isDefault);
  const ordered = d.behaviors.filter((b) => !b.isDefault);
  const sections: Section[] = [];
  const cert = certificateSection(settings, config);
  if (cert) sections.push(cert);
  const fns = functionsSection(settings);
  if (fns) sections.push(fns);
  const policies = policiesSection(settings);
  if (policies) sections.push(policies);
  if (firstOrigin) sections.push(...createWizardSections(settings, firstOrigin, defaultBehavior));
  for (const origin of moreOrigins) {
    sections.push({ title: `CloudFront: Origins tab - origin ${code(origin.id)}`, intro: 'Open the distribution, **Origins** tab, **Create origin**.', steps: originSteps(origin, false) });
  }
  ordered.forEach((behavior, i) => {
    sections.push({
      title: `CloudFront: Behaviors tab - ${code(behavior.pathPattern ?? '*')} (precedence ${i})`,
      intro: `**Behaviors** tab, **Create behavior**. Keep it at precedence ${i} (use **Move up** / **Move down**): the first matching pattern wins, the default behavior is always last.`,
      steps: behaviorSteps(behavior, true),
    });
  });
  if (d.customErrorResponses.length > 0) {
    sections.push({ title: 'CloudFront: Error pages tab', intro: 'Open the distribution, **Error pages** tab, and repeat for each code.', steps: errorPageSteps(d) });
  }
  const dns = dnsSection(settings, config);
  if (dns) sections.push(dns);
  sections.push(...apiDomainSections(config));
  const lock = lockdownSection(settings);
  if (lock) sections.push(lock);

  const lines = [
    `# Console steps: ${config.name}`,
    '',
    `The same distribution as the CloudFormation template ${code(`${settings.stacks[0]?.fileStem ?? 'apifront'}.yaml`)}, clicked by hand in the CloudFront console as it is since 2025 (a create wizard, then the distribution's tabs). Fields not mentioned keep their defaults. Work top to bottom.`,
    '',
  ];
  if (settings.notes.length > 0) {
    lines.push('Choices made for you where the configuration is silent (the template makes the same ones):', '', ...settings.notes.map((n) => `- ${n.text}`), '');
  }
  sections.forEach((s, i) => lines.push(...renderSection(s, i + 1)));
  lines.push('When the distribution shows **Deployed**, run the verification plan (`.checks.md`) to confirm every behavior answers as expected.', '');
  return lines.join('\n');
}

/** Console instructions as one file, `<name>.console.md`. */
export function renderConsole(config: ApifrontConfig): RenderedFile[] {
  const stem = deriveSettings(config).stacks[0]?.fileStem ?? 'apifront';
  return [{ fileName: `${stem}.console.md`, content: renderConsoleMarkdown(config) }];
}
