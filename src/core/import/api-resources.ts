/**
 * Read an API Gateway API from a template: its kind, endpoint type, stage, auth, CORS and whether
 * the execute-api endpoint is disabled, from AWS::ApiGateway::RestApi, AWS::ApiGatewayV2::Api,
 * AWS::Serverless::Api / HttpApi, SAM's implicit APIs and the Serverless Framework's generated
 * `ApiGatewayRestApi` / `HttpApi` (which a `resources:` block refers to but does not define).
 */
import { ROUTE_METHODS, type ApiRoute, type ApiSettings } from '../model/schema';
import { intrinsicOf, type Resolver } from './resolve';

export type ApiKind = ApiSettings['kind'];
export type ApiAuth = ApiSettings['auth'];

export interface ApiFacts {
  /** Routes when the template states all of them (else empty: unknown, and route rules stay quiet). */
  routes: ApiRoute[];
  kind: ApiKind;
  endpoint: ApiSettings['endpoint'];
  stage: string;
  auth: ApiAuth;
  cors: boolean;
  executeApiEndpointDisabled: boolean;
  /** Fields of `api` whose value is a guess (printed relative to the api object: `stage`, `endpoint`). */
  unknown: string[];
  /** Where the API is defined (for locations), when it is a resource of this template. */
  logicalId?: string;
  /** Notes for the "dropped" list (resource policies ...). */
  notes: { path: string; why: string }[];
}

export const API_RESOURCE_TYPES = [
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::Api',
  'AWS::Serverless::HttpApi',
] as const;

/** Names that tools generate outside the template text the user wrote. */
const IMPLICIT_APIS: Record<string, { kind: ApiKind; stage?: string; endpoint?: ApiSettings['endpoint']; origin: string }> = {
  ServerlessRestApi: { kind: 'rest', stage: 'Prod', endpoint: 'edge', origin: 'SAM implicit API' },
  ServerlessHttpApi: { kind: 'http', stage: '$default', endpoint: 'regional', origin: 'SAM implicit HTTP API' },
  ApiGatewayRestApi: { kind: 'rest', origin: 'Serverless Framework REST API' },
  HttpApi: { kind: 'http', stage: '$default', endpoint: 'regional', origin: 'Serverless Framework HTTP API' },
};

export function isApiResource(r: Resolver, logicalId: string): boolean {
  const type = r.resourceType(logicalId);
  if (type) return (API_RESOURCE_TYPES as readonly string[]).includes(type);
  return Object.hasOwn(IMPLICIT_APIS, logicalId);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resources of `type` whose property `prop` refers to `apiId` (Ref or GetAtt). */
function childrenOf(r: Resolver, type: string, prop: string, apiId: string): Record<string, unknown>[] {
  return Object.entries(r.template.Resources).flatMap(([id, res]) => {
    if (!isRecord(res) || res.Type !== type) return [];
    const props = r.resourceProperties(id);
    return refersTo(props[prop], apiId) ? [props] : [];
  });
}

export function refersTo(value: unknown, logicalId: string): boolean {
  const intrinsic = intrinsicOf(value);
  if (!intrinsic) return false;
  if (intrinsic.fn === 'Ref') return intrinsic.arg === logicalId;
  if (intrinsic.fn === 'Fn::GetAtt') {
    const arg = intrinsic.arg;
    const id = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
    return id === logicalId;
  }
  return false;
}

function literalOr(r: Resolver, value: unknown): string | undefined {
  const v = r.literal(value);
  return v.known ? v.value : undefined;
}

/** Pick a stage: the one the origin path names when several exist, else the first. */
function chooseStage(names: string[], originPath: string | undefined): string | undefined {
  const first = originPath?.split('/').filter(Boolean)[0];
  if (first && names.includes(first)) return first;
  return names[0];
}

function endpointFrom(types: string | undefined): ApiSettings['endpoint'] | undefined {
  switch (types?.toUpperCase()) {
    case 'REGIONAL':
      return 'regional';
    case 'EDGE':
      return 'edge';
    case 'PRIVATE':
      return 'private';
    default:
      return undefined;
  }
}

function restAuth(r: Resolver, apiId: string): ApiAuth {
  const methods = childrenOf(r, 'AWS::ApiGateway::Method', 'RestApiId', apiId);
  const authorizers = childrenOf(r, 'AWS::ApiGateway::Authorizer', 'RestApiId', apiId);
  const types = methods.map((m) => literalOr(r, m.AuthorizationType)?.toUpperCase());
  if (types.includes('COGNITO_USER_POOLS')) return 'cognito';
  if (types.includes('CUSTOM')) return 'lambda';
  if (types.includes('AWS_IAM')) return 'iam';
  if (methods.some((m) => r.boolean(m.ApiKeyRequired).known && (r.boolean(m.ApiKeyRequired) as { value: boolean }).value)) return 'apiKey';
  const authorizerType = authorizers.map((a) => literalOr(r, a.Type)?.toUpperCase())[0];
  if (authorizerType === 'COGNITO_USER_POOLS') return 'cognito';
  if (authorizerType === 'TOKEN' || authorizerType === 'REQUEST') return 'lambda';
  return 'none';
}

function httpAuth(r: Resolver, apiId: string): ApiAuth {
  const routes = childrenOf(r, 'AWS::ApiGatewayV2::Route', 'ApiId', apiId);
  const types = routes.map((m) => literalOr(r, m.AuthorizationType)?.toUpperCase());
  if (types.includes('JWT')) return 'jwt';
  if (types.includes('CUSTOM')) return 'lambda';
  if (types.includes('AWS_IAM')) return 'iam';
  const authorizers = childrenOf(r, 'AWS::ApiGatewayV2::Authorizer', 'ApiId', apiId);
  const authorizerType = authorizers.map((a) => literalOr(r, a.AuthorizerType)?.toUpperCase())[0];
  if (authorizerType === 'JWT') return 'jwt';
  if (authorizerType === 'REQUEST') return 'lambda';
  return 'none';
}

/** SAM `Auth: { DefaultAuthorizer, Authorizers, ApiKeyRequired }`. */
function samAuth(r: Resolver, auth: unknown): ApiAuth {
  if (!isRecord(auth)) return 'none';
  const name = literalOr(r, auth.DefaultAuthorizer);
  if (name === 'AWS_IAM') return 'iam';
  const def = name && isRecord(auth.Authorizers) ? auth.Authorizers[name] : undefined;
  if (isRecord(def)) {
    if (def.UserPoolArn !== undefined) return 'cognito';
    if (def.JwtConfiguration !== undefined) return 'jwt';
    if (def.FunctionArn !== undefined) return 'lambda';
  }
  const keyRequired = r.boolean(auth.ApiKeyRequired);
  if (keyRequired.known && keyRequired.value) return 'apiKey';
  return 'none';
}

/** Stage names the template gives an API (Stage resources, a Deployment's StageName). */
function stageNames(r: Resolver, stageType: string, apiProp: string, apiId: string): string[] {
  const names = childrenOf(r, stageType, apiProp, apiId).flatMap((s) => literalOr(r, s.StageName) ?? []);
  if (stageType === 'AWS::ApiGateway::Stage') {
    names.push(...childrenOf(r, 'AWS::ApiGateway::Deployment', 'RestApiId', apiId).flatMap((d) => literalOr(r, d.StageName) ?? []));
  }
  return names;
}

/** Everything apifront models about the API `logicalId` (a resource, or an implicit one). */
export function readApi(r: Resolver, logicalId: string, originPath: string | undefined): ApiFacts {
  const type = r.resourceType(logicalId);
  const props = r.resourceProperties(logicalId);
  const facts: ApiFacts = {
    routes: [],
    kind: 'rest',
    endpoint: 'regional',
    stage: '',
    auth: 'none',
    cors: false,
    executeApiEndpointDisabled: false,
    unknown: [],
    notes: [],
    ...(type ? { logicalId } : {}),
  };
  const disabled = r.boolean(props.DisableExecuteApiEndpoint);
  facts.executeApiEndpointDisabled = disabled.known && disabled.value;
  const stageFromPath = originPath?.split('/').filter(Boolean)[0];
  const setStage = (names: string[], fallback?: string) => {
    const chosen = chooseStage(names, originPath) ?? fallback ?? stageFromPath;
    if (chosen === undefined) {
      facts.stage = 'prod';
      facts.unknown.push('stage');
    } else {
      facts.stage = chosen;
      if (names.length === 0 && fallback === undefined) facts.unknown.push('stage');
    }
  };
  switch (type) {
    case 'AWS::ApiGateway::RestApi': {
      facts.kind = 'rest';
      const types = isRecord(props.EndpointConfiguration) ? props.EndpointConfiguration.Types : undefined;
      const first = Array.isArray(types) ? literalOr(r, types[0]) : undefined;
      facts.endpoint = endpointFrom(first) ?? 'edge'; // fact 144: edge is the REST default
      setStage(stageNames(r, 'AWS::ApiGateway::Stage', 'RestApiId', logicalId));
      facts.auth = restAuth(r, logicalId);
      facts.cors = childrenOf(r, 'AWS::ApiGateway::Method', 'RestApiId', logicalId).some((m) => literalOr(r, m.HttpMethod)?.toUpperCase() === 'OPTIONS');
      if (props.Policy !== undefined) facts.notes.push({ path: `Resources.${logicalId}.Properties.Policy`, why: 'resource policies are not modelled (AF508 checks them in the template)' });
      break;
    }
    case 'AWS::ApiGatewayV2::Api': {
      facts.kind = 'http';
      const protocol = literalOr(r, props.ProtocolType);
      if (protocol === 'WEBSOCKET') facts.notes.push({ path: `Resources.${logicalId}.Properties.ProtocolType`, why: 'WebSocket APIs are not supported' });
      const quickCreate = props.Target !== undefined ? '$default' : undefined;
      setStage(stageNames(r, 'AWS::ApiGatewayV2::Stage', 'ApiId', logicalId), quickCreate);
      facts.auth = httpAuth(r, logicalId);
      facts.cors = props.CorsConfiguration !== undefined;
      break;
    }
    case 'AWS::Serverless::Api': {
      facts.kind = 'rest';
      const ec = props.EndpointConfiguration;
      const endpoint = endpointFrom(isRecord(ec) ? literalOr(r, ec.Type) : literalOr(r, ec));
      facts.endpoint = endpoint ?? 'edge';
      const stage = literalOr(r, props.StageName);
      setStage(stage ? [stage] : []);
      facts.auth = samAuth(r, props.Auth);
      facts.cors = props.Cors !== undefined;
      break;
    }
    case 'AWS::Serverless::HttpApi': {
      facts.kind = 'http';
      const stage = literalOr(r, props.StageName);
      setStage(stage ? [stage] : [], '$default');
      facts.auth = samAuth(r, props.Auth);
      facts.cors = props.CorsConfiguration !== undefined;
      break;
    }
    default: {
      const implicit = IMPLICIT_APIS[logicalId];
      facts.kind = implicit?.kind ?? 'rest';
      facts.endpoint = implicit?.endpoint ?? 'edge';
      if (!implicit?.endpoint) facts.unknown.push('endpoint');
      setStage([], implicit?.stage);
      if (implicit) facts.notes.push({ path: `Resources.${logicalId}`, why: `${implicit.origin}: defined outside this template text, so auth and CORS are not known` });
      facts.unknown.push('auth', 'cors');
    }
  }
  facts.routes = readRoutes(r, logicalId);
  return facts;
}

function routeMethod(method: string | undefined): ApiRoute['method'] | undefined {
  const m = method?.toUpperCase().replace('X-AMAZON-APIGATEWAY-ANY-METHOD', 'ANY');
  return (ROUTE_METHODS as readonly string[]).includes(m ?? '') ? (m as ApiRoute['method']) : undefined;
}

/** Each route once, sorted, so imports are deterministic. */
function uniqueRoutes(routes: ApiRoute[]): ApiRoute[] {
  const seen = new Map(routes.map((route) => [`${route.path} ${route.method}`, route]));
  return [...seen.keys()].sort().map((k) => seen.get(k) as ApiRoute);
}

/**
 * The API's routes, only when the template spells out every one: REST Resource/Method trees, HTTP
 * API Route keys, SAM function events, a SAM inline OpenAPI body. An API defined by an external
 * OpenAPI file, a `$default` route or a quick-create target gives [] (unknown).
 */
export function readRoutes(r: Resolver, apiId: string): ApiRoute[] {
  const type = r.resourceType(apiId);
  const props = r.resourceProperties(apiId);
  // Quick create (`Target`) makes one route, `$default`, that takes every method and path.
  if (props.Target !== undefined && type === 'AWS::ApiGatewayV2::Api') return [{ method: 'ANY', path: '$default' }];
  if (props.BodyS3Location !== undefined || props.DefinitionUri !== undefined || props.Target !== undefined) return [];
  const body = props.Body ?? props.DefinitionBody;
  if (body !== undefined) return isRecord(body) && isRecord(body.paths) ? openApiRoutes(body.paths) : [];
  const routes: ApiRoute[] = [];
  if (type === 'AWS::ApiGateway::RestApi') {
    const resources = new Map(
      Object.keys(r.template.Resources)
        .filter((id) => r.resourceType(id) === 'AWS::ApiGateway::Resource' && refersTo(r.resourceProperties(id).RestApiId, apiId))
        .map((id) => [id, r.resourceProperties(id)]),
    );
    const pathOf = (ref: unknown, depth = 0): string | undefined => {
      const i = intrinsicOf(ref);
      if (i?.fn === 'Fn::GetAtt') return '';
      const id = i?.fn === 'Ref' && typeof i.arg === 'string' ? i.arg : undefined;
      const res = id ? resources.get(id) : undefined;
      if (!res || depth > 50) return undefined;
      const parent = pathOf(res.ParentId, depth + 1);
      const part = literalOr(r, res.PathPart);
      return parent === undefined || part === undefined ? undefined : `${parent}/${part}`;
    };
    for (const m of childrenOf(r, 'AWS::ApiGateway::Method', 'RestApiId', apiId)) {
      const path = pathOf(m.ResourceId);
      const method = routeMethod(literalOr(r, m.HttpMethod));
      if (path === undefined || !method) return [];
      routes.push({ method, path: path || '/' });
    }
  } else if (type === 'AWS::ApiGatewayV2::Api') {
    for (const route of childrenOf(r, 'AWS::ApiGatewayV2::Route', 'ApiId', apiId)) {
      const key = literalOr(r, route.RouteKey);
      if (key === '$default') {
        routes.push({ method: 'ANY', path: '$default' });
        continue;
      }
      const match = key ? /^(\S+)\s+(\/\S*)$/.exec(key) : null;
      const method = routeMethod(match?.[1]);
      if (!match || !method) return []; // unreadable: every path may match
      routes.push({ method, path: match[2] as string });
    }
  }
  // SAM: function events that attach to this API (or to the implicit one).
  const eventType = type === 'AWS::Serverless::HttpApi' || apiId === 'ServerlessHttpApi' ? 'HttpApi' : 'Api';
  const apiProp = eventType === 'HttpApi' ? 'ApiId' : 'RestApiId';
  for (const id of Object.keys(r.template.Resources)) {
    if (r.resourceType(id) !== 'AWS::Serverless::Function') continue;
    const events = r.resourceProperties(id).Events;
    if (!isRecord(events)) continue;
    for (const event of Object.values(events)) {
      if (!isRecord(event) || event.Type !== eventType) continue;
      const p = isRecord(event.Properties) ? event.Properties : {};
      const target = p[apiProp];
      const mine = target === undefined ? apiId === 'ServerlessRestApi' || apiId === 'ServerlessHttpApi' : refersTo(target, apiId);
      if (!mine) continue;
      const path = literalOr(r, p.Path);
      const method = routeMethod(literalOr(r, p.Method));
      if (!path || !method) return [];
      routes.push({ method, path });
    }
  }
  return uniqueRoutes(routes);
}

function openApiRoutes(paths: Record<string, unknown>): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item)) {
      const method = routeMethod(key);
      if (method) routes.push({ method, path });
    }
  }
  return uniqueRoutes(routes);
}

/**
 * Whether the template shows the API reading query strings: a REST method or SAM event with a
 * `method.request.querystring.*` request parameter, or an OpenAPI parameter `in: query`. Undefined
 * when nothing says so (a Lambda proxy may read them or not): never assumed either way.
 */
export function readsQueryStrings(r: Resolver, apiId: string | undefined): boolean | undefined {
  if (!apiId) return undefined;
  const mentions = (value: unknown): boolean => JSON.stringify(value ?? null).includes('method.request.querystring.');
  const props = r.resourceProperties(apiId);
  const body = props.Body ?? props.DefinitionBody;
  if (body !== undefined && /"in":"query"/.test(JSON.stringify(body))) return true;
  if (childrenOf(r, 'AWS::ApiGateway::Method', 'RestApiId', apiId).some((m) => mentions(m.RequestParameters))) return true;
  for (const id of Object.keys(r.template.Resources)) {
    if (r.resourceType(id) !== 'AWS::Serverless::Function') continue;
    const events = r.resourceProperties(id).Events;
    if (isRecord(events) && Object.values(events).some((e) => isRecord(e) && isRecord(e.Properties) && refersTo(e.Properties.RestApiId, apiId) && mentions(e.Properties.RequestParameters))) return true;
  }
  return undefined;
}
