/**
 * The predicted answer to a traced request: what CloudFront answers itself (viewer protocol, method,
 * facts 20, 32), and for an API Gateway origin what API Gateway makes of the origin request: the host it
 * receives (facts 87-89), the custom domain's routing rules when in use (routing.ts, facts 171, 172,
 * 187-189), the stage or base path (facts 63-67; a REST request without its stage is
 * "403 Forbidden or Missing Authentication Token", DOMAIN section 0), the credential (facts 44, 46, 91),
 * then the route (facts 65, 66). Where the facts cannot tell, the answer lists every status it could be.
 */
import { executeApiHost, isS3WebsiteEndpoint, s3Access, s3BucketName } from '../model/derive';
import type { AnyBehavior, ApiGatewayOrigin, ApifrontConfig, Origin, S3Origin } from '../model/schema';
import { apiPathOf, matchApiRoute } from '../paths/route';
import { credentialHeaderOf } from './credentials';
import { routeThroughRules } from './routing';
import type { Answer, ApiStep, OriginRequestStep, RoutingStep } from './types';
import type { ViewerRequest } from './viewer-request';

export const REST_MISSING_ROUTE = '{"message":"Missing Authentication Token"}';
export const HTTP_NOT_FOUND = '{"message":"Not Found"}';
const FORBIDDEN = '{"message":"Forbidden"}';

interface AnswerInput {
  config: ApifrontConfig;
  behavior: AnyBehavior;
  origin: Origin;
  request: ViewerRequest;
  methodAllowed: boolean;
  originRequest: OriginRequestStep;
}

interface Prediction {
  answer: Answer;
  api?: ApiStep;
  /** False when CloudFront answers before it calls the origin. */
  reachesOrigin: boolean;
}

/** Where the API is mounted in the origin request, and what API Gateway does with a Host it gets. */
function hostProblem(origin: ApiGatewayOrigin, request: ViewerRequest, o: OriginRequestStep): Answer | null {
  const cd = origin.api.customDomain;
  // Host names are case-insensitive (the viewer may send API.Example.com).
  const viewerHost = request.host.toLowerCase();
  if (!cd) {
    if (o.hostForwarded === true && viewerHost !== executeApiHost(origin.api)) {
      return {
        status: 403,
        by: 'api-gateway',
        certainty: 'sure',
        body: FORBIDDEN,
        reason: `The viewer Host ${viewerHost} is forwarded to ${executeApiHost(origin.api)}; API Gateway does not own that name and answers 403 Forbidden.`,
        ruleId: 'AF401',
        facts: [87, 88],
      };
    }
    if (origin.api.executeApiEndpointDisabled) {
      return {
        status: 403,
        by: 'api-gateway',
        certainty: 'sure',
        body: FORBIDDEN,
        reason: `The API's execute-api endpoint is disabled, and the origin is ${executeApiHost(origin.api)}: API Gateway answers 403 Forbidden. Use the custom domain as the origin.`,
        ruleId: 'AF213',
        facts: [63],
      };
    }
    return null;
  }
  if (cd.originHost === 'regionalDomainName') {
    if (o.hostForwarded === false) {
      return {
        status: 403,
        by: 'api-gateway',
        certainty: 'sure',
        body: FORBIDDEN,
        reason: `CloudFront sends Host ${cd.regionalDomainName}, which matches no custom domain mapping: API Gateway answers 403. Forward Host with the alias ${cd.name}, or use ${cd.name} as the origin.`,
        ruleId: 'AF216',
        facts: [67, 88, 89],
      };
    }
    if (o.hostForwarded === true && viewerHost !== cd.name.toLowerCase()) {
      return {
        status: 403,
        by: 'api-gateway',
        certainty: 'sure',
        body: FORBIDDEN,
        reason: `The viewer Host ${viewerHost} is forwarded to the custom domain's Regional target, but the custom domain is ${cd.name}: no mapping matches, 403.`,
        ruleId: 'AF216',
        facts: [88, 89],
      };
    }
    if (cd.endpointAccessMode === 'STRICT') {
      // STRICT matches the TLS server name against Host; CloudFront's server name is the d-… target (fact 173).
      return {
        status: 403,
        by: 'api-gateway',
        certainty: 'sure',
        reason: `Custom domain ${cd.name} uses endpoint access mode STRICT, but CloudFront connects to ${cd.regionalDomainName || 'its Regional target'}: the TLS server name does not match Host ${cd.name}, so API Gateway refuses the request.`,
        ruleId: 'AF220',
        facts: [89, 173],
      };
    }
    return null;
  }
  if (o.hostForwarded === true && viewerHost !== cd.name.toLowerCase()) {
    return {
      status: [403, 502],
      by: 'cloudfront',
      certainty: 'either',
      reason: `The viewer Host ${viewerHost} is forwarded to ${cd.name}: CloudFront checks the origin certificate against ${viewerHost} (502 when it does not match) and API Gateway has no mapping for it (403).`,
      ruleId: 'AF216',
      facts: [88],
    };
  }
  return null;
}

function credentialProblem(origin: ApiGatewayOrigin, o: OriginRequestStep, request: ViewerRequest): Answer | null {
  if (origin.api.auth === 'iam') {
    return {
      status: 403,
      by: 'api-gateway',
      certainty: 'sure',
      reason: 'The API uses IAM (SigV4) authorization: the signature covers Host, which CloudFront rewrites, so API Gateway answers 403 (signature mismatch).',
      ruleId: 'AF212',
      facts: [91],
    };
  }
  const header = credentialHeaderOf(origin);
  if (!header || header in o.headers) return null;
  const status = header === 'x-api-key' ? 403 : 401;
  const sent = header in request.headers;
  return {
    status,
    by: 'api-gateway',
    certainty: o.partlyUnknown ? 'either' : 'sure',
    body: status === 401 ? '{"message":"Unauthorized"}' : FORBIDDEN,
    reason: sent
      ? `The API's ${origin.api.auth} authorizer reads ${header}, but CloudFront does not forward it (it is neither in the cache key nor sent by an all-viewer origin request policy): ${status}.`
      : `The API's ${origin.api.auth} authorizer reads ${header}, and this request carries none: ${status}.`,
    ...(sent ? { ruleId: 'AF405' } : {}),
    facts: [44, 46],
  };
}

/** What API Gateway answers when its routing rules decide (or cannot decide) before any route. */
function routingAnswer(api: ApiGatewayOrigin['api'], routing: RoutingStep): Answer | null {
  if (routing.outcome === 'no-match') {
    return { status: 403, by: 'api-gateway', certainty: 'sure', reason: routing.reason, ...(routing.tried.some((t) => t.why?.startsWith('CloudFront does not forward')) ? { ruleId: 'AF219' } : {}), facts: routing.facts };
  }
  if (routing.outcome === 'unknown') {
    return { status: [200, 403], by: 'api-gateway', certainty: 'either', reason: `${routing.reason} Whether a rule or the fallback answers is unknown.`, facts: routing.facts };
  }
  const rule = routing.rule;
  if (routing.outcome === 'rule' && rule && rule.apiId !== api.id) {
    return {
      status: [200, 403],
      by: 'api-gateway',
      certainty: 'either',
      reason: `${routing.reason} That is not the API this origin describes (${api.id}): its routes and authorizers are unknown here (a missing route gives 403 ${REST_MISSING_ROUTE}).`,
      facts: [...routing.facts, 66],
    };
  }
  return null;
}

function apiAnswer(origin: ApiGatewayOrigin, request: ViewerRequest, o: OriginRequestStep): { answer: Answer; api: ApiStep } {
  const { api } = origin;
  const base: ApiStep = { kind: api.kind, apiId: api.id, stage: api.stage, routesKnown: api.routes.length > 0 };
  const host = hostProblem(origin, request, o);
  if (host) return { answer: host, api: base };
  // The Host reached the custom domain: its routing rules, when in use, come before the API mapping.
  const routing = api.customDomain ? routeThroughRules(api.customDomain, { path: o.path, headers: o.headers, dropped: o.dropped.headers }) : null;
  if (routing) {
    base.routing = routing;
    const decided = routingAnswer(api, routing);
    if (decided) {
      const rule = routing.rule;
      return { answer: decided, api: rule ? { ...base, kind: 'rest', apiId: rule.apiId, stage: rule.stage, routesKnown: false, path: routing.path } : base };
    }
  }
  const byRule = routing?.outcome === 'rule' && routing.rule ? routing.rule : null;
  const target = byRule ? { path: routing?.path ?? o.path } : apiPathOf(origin, o.path);
  if (target.path === null) {
    const why = 'reason' in target ? target.reason : '';
    const fallback = routing ? `${routing.reason.replace(/\.$/, '')}; ` : '';
    return {
      api: base,
      answer:
        api.kind === 'rest'
          ? {
              status: 403,
              by: 'api-gateway',
              certainty: 'sure',
              body: `${FORBIDDEN} or ${REST_MISSING_ROUTE}`,
              reason: `${fallback}API Gateway answers 403 Forbidden or Missing Authentication Token: ${why}.`,
              ruleId: 'AF202',
              facts: routing ? [63, 66, 67, 189] : [63, 66, 67],
            }
          : {
              status: 404,
              by: 'api-gateway',
              certainty: 'sure',
              body: HTTP_NOT_FOUND,
              reason: `${fallback}API Gateway answers 404 Not Found: ${why}.`,
              ruleId: 'AF202',
              facts: routing ? [64, 65, 189] : [64, 65],
            },
    };
  }
  const step: ApiStep = byRule ? { ...base, kind: 'rest', stage: byRule.stage, path: target.path } : { ...base, path: target.path };
  const credential = credentialProblem(origin, o, request);
  if (credential) return { answer: credential, api: step };
  const miss =
    api.kind === 'rest'
      ? { status: 403, body: REST_MISSING_ROUTE, facts: [66] }
      : { status: 404, body: HTTP_NOT_FOUND, facts: [65] };
  if (!step.routesKnown) {
    return {
      api: step,
      answer: {
        status: [200, miss.status],
        by: 'api-gateway',
        certainty: 'either',
        reason: `API Gateway routes ${request.method} ${target.path}; the API's routes are not listed, so whether it exists is unknown (a miss gives ${miss.status} ${miss.body}).`,
        facts: miss.facts,
      },
    };
  }
  const { route, pathKnown } = matchApiRoute(api.routes, target.path, request.method);
  if (route) {
    return {
      api: { ...step, route: { method: route.method, path: route.path } },
      answer: {
        status: 200,
        by: 'api-gateway',
        certainty: 'likely',
        reason: `API Gateway routes ${request.method} ${target.path} to ${route.method} ${route.path}; the integration answers (2xx when it succeeds).`,
        facts: miss.facts,
      },
    };
  }
  return {
    api: step,
    answer: {
      status: miss.status,
      by: 'api-gateway',
      certainty: 'sure',
      body: miss.body,
      reason: pathKnown
        ? `The API has ${target.path} but no ${request.method} (or ANY) route for it: API Gateway answers ${miss.status} ${miss.body}.`
        : `No API route matches ${target.path}: API Gateway answers ${miss.status} ${miss.body}.`,
      ruleId: 'AF305',
      facts: miss.facts,
    },
  };
}

/** A bucket answers CloudFront's signed requests when its policy allows the distribution (facts 180-183). */
function s3Answer(origin: S3Origin): Answer {
  if (isS3WebsiteEndpoint(origin.bucketDomainName)) {
    return { status: [403, 502], by: 'origin', certainty: 'either', reason: `${origin.bucketDomainName} is a website endpoint: it speaks HTTP only and cannot be an S3 origin (AF223).`, ruleId: 'AF223', facts: [183] };
  }
  switch (s3Access(origin)) {
    case 'none':
      return {
        status: [200, 403],
        by: 'origin',
        certainty: 'either',
        body: 'AccessDenied',
        reason: `CloudFront calls bucket ${s3BucketName(origin.bucketDomainName)} unsigned: a private bucket answers 403 AccessDenied, only a public one serves the object.`,
        ruleId: 'AF222',
        facts: [180],
      };
    case 'oai':
      return { status: 200, by: 'origin', certainty: 'likely', reason: 'The bucket serves the object when its policy allows the origin access identity (403 AccessDenied otherwise; 404 or 403 for a missing object).', facts: [184] };
    case 'oac':
      return {
        status: 200,
        by: 'origin',
        certainty: 'likely',
        reason: 'CloudFront signs the request (Origin Access Control); the bucket serves the object when its policy allows this distribution (403 AccessDenied otherwise, also for a missing object without s3:ListBucket).',
        facts: [181, 182],
      };
  }
}

export function predictAnswer(input: AnswerInput): Prediction {
  const { behavior, origin, request, methodAllowed, originRequest } = input;
  if (request.scheme === 'http' && behavior.viewerProtocol !== 'allow-all') {
    const redirect = behavior.viewerProtocol === 'redirect-to-https';
    return {
      reachesOrigin: false,
      answer: {
        status: redirect ? 301 : 403,
        by: 'cloudfront',
        certainty: 'sure',
        reason: redirect ? 'CloudFront redirects HTTP to HTTPS (301).' : 'The behavior is https-only: CloudFront answers HTTP with 403.',
        facts: [32],
      },
    };
  }
  if (!methodAllowed) {
    return {
      reachesOrigin: false,
      answer: {
        status: 403,
        by: 'cloudfront',
        certainty: 'sure',
        reason: `CloudFront answers 403 itself: this behavior does not allow ${request.method}, and behaviors are picked by path only.`,
        ruleId: 'AF307',
        facts: [20, 21],
      },
    };
  }
  if (origin.type === 's3') return { reachesOrigin: true, answer: s3Answer(origin) };
  if (origin.type !== 'apigateway') {
    return {
      reachesOrigin: true,
      answer: {
        status: 200,
        by: 'origin',
        certainty: 'likely',
        reason: `Served by origin ${origin.id}; what it answers is up to it.`,
        facts: [],
      },
    };
  }
  const { answer, api } = apiAnswer(origin, request, originRequest);
  return { reachesOrigin: true, answer, api };
}
