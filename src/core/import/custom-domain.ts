/**
 * An origin that is an API Gateway custom domain defined in the template (AWS::ApiGateway::DomainName
 * or AWS::ApiGatewayV2::DomainName), with the API behind it found through its base-path / API mapping.
 */
import type { ConfigPath } from '../model/parse';
import { isApiResource, readApi, readsQueryStrings, refersTo } from './api-resources';
import type { MappingRecorder } from './map-distribution';
import { intrinsicOf, placeholder, type Resolver, type Sym } from './resolve';

type Json = Record<string, unknown>;
type TPath = (string | number)[];

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An origin that is an API Gateway custom domain of this template: `!GetAtt D.RegionalDomainName`
 * (origin host = the Regional target) or `!Ref D` / its literal name (origin host = the name). The
 * API behind it comes from the domain's BasePathMapping / ApiMapping.
 */
export function customDomainOrigin(r: Resolver, sym: Sym, cp: ConfigPath, tp: TPath, rec: MappingRecorder): Json | undefined {
  const domainTypes = ['AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName'];
  const domains = Object.keys(r.template.Resources).filter((id) => domainTypes.includes(r.resourceType(id) ?? ''));
  if (domains.length === 0) return undefined;
  const nameOf = (id: string) => r.literal(r.resourceProperties(id).DomainName);
  let domainId: string | undefined;
  let originHost: 'name' | 'regionalDomainName' = 'name';
  const only = sym.length === 1 ? sym[0] : undefined;
  if (typeof only === 'object' && domains.includes(only.ref)) {
    domainId = only.ref;
    if (only.attr === 'RegionalDomainName') originHost = 'regionalDomainName';
    else if (only.attr !== undefined) return undefined;
  } else if (typeof only === 'string') {
    domainId = domains.find((id) => {
      const n = nameOf(id);
      return n.known && n.value === only;
    });
  }
  if (!domainId) return undefined;
  const apiPath: ConfigPath = [...cp, 'api'];
  const props = r.resourceProperties(domainId);
  const isV2 = r.resourceType(domainId) === 'AWS::ApiGatewayV2::DomainName';
  const endpointType = isV2
    ? r.literal(Array.isArray(props.DomainNameConfigurations) && isRecord(props.DomainNameConfigurations[0]) ? props.DomainNameConfigurations[0].EndpointType : 'REGIONAL')
    : r.literal(isRecord(props.EndpointConfiguration) && Array.isArray(props.EndpointConfiguration.Types) ? props.EndpointConfiguration.Types[0] : 'EDGE');
  const name = nameOf(domainId);
  if (!name.known) rec.markUnknown([...apiPath, 'customDomain', 'name']);
  rec.markUnknown([...apiPath, 'customDomain', 'regionalDomainName']);
  // The API: the first mapping on this domain.
  const mapping = Object.keys(r.template.Resources)
    .filter((id) => ['AWS::ApiGateway::BasePathMapping', 'AWS::ApiGatewayV2::ApiMapping', 'AWS::ApiGateway::BasePathMappingV2'].includes(r.resourceType(id) ?? ''))
    .map((id) => r.resourceProperties(id))
    .find((m) => refersTo(m.DomainName, domainId) || refersTo(m.DomainNameArn, domainId) || (name.known && r.literal(m.DomainName).known && (r.literal(m.DomainName) as { value: string }).value === name.value));
  const apiRef = mapping ? intrinsicOf(mapping.RestApiId ?? mapping.ApiId) : undefined;
  const apiId = apiRef?.fn === 'Ref' && typeof apiRef.arg === 'string' && isApiResource(r, apiRef.arg) ? apiRef.arg : undefined;
  const basePath = mapping ? r.literal(mapping.BasePath ?? mapping.ApiMappingKey ?? '') : { known: true as const, value: '' };
  if (!basePath.known) rec.markUnknown([...apiPath, 'customDomain', 'basePath']);
  const facts = apiId ? readApi(r, apiId, undefined) : undefined;
  const stage = mapping ? r.literal(mapping.Stage) : undefined;
  if (!facts) {
    for (const field of ['kind', 'endpoint', 'auth', 'cors', 'stage', 'id']) rec.markUnknown([...apiPath, field]);
    rec.drop(['Resources', domainId], 'no base-path / API mapping to an API of this template was found for this custom domain');
  } else {
    rec.markUnknown([...apiPath, 'id']);
    for (const field of facts.unknown) if (field !== 'stage' || !stage?.known) rec.markUnknown([...apiPath, field]);
    for (const note of facts.notes) rec.note(note);
  }
  if (readsQueryStrings(r, apiId) === undefined) rec.markUnknown([...apiPath, 'usesQueryStrings']);
  const region = r.literal({ Ref: 'AWS::Region' });
  if (!region.known) rec.markUnknown([...apiPath, 'region']);
  rec.source(apiPath, ['Resources', apiId ?? domainId]);
  rec.source([...apiPath, 'customDomain'], ['Resources', domainId]);
  rec.source([...apiPath, 'customDomain', 'originHost'], [...tp, 'DomainName']);
  return {
    kind: facts?.kind ?? 'rest',
    endpoint: facts?.endpoint ?? 'regional',
    id: placeholder(apiId ?? 'unknown'),
    region: region.known ? region.value : placeholder('AWS::Region'),
    stage: stage?.known ? stage.value : (facts?.stage ?? 'prod'),
    auth: facts?.auth ?? 'none',
    cors: facts?.cors ?? false,
    executeApiEndpointDisabled: facts?.executeApiEndpointDisabled ?? false,
    usesQueryStrings: readsQueryStrings(r, apiId) ?? false,
    routes: facts?.routes ?? [],
    customDomain: {
      name: name.known ? name.value : placeholder(`${domainId}.DomainName`),
      regionalDomainName: placeholder(`${domainId}.RegionalDomainName`),
      basePath: basePath.known ? basePath.value.replace(/^\/+|\/+$/g, '') : '',
      endpoint: endpointType.known && endpointType.value.toUpperCase() === 'EDGE' ? 'edge' : 'regional',
      originHost,
    },
  };
}
