/**
 * What the AWS CLI says about an API, for a distribution read from the console: `aws apigateway
 * get-rest-apis` / `get-rest-api` (REST: endpoint type), `aws apigatewayv2 get-apis` / `get-api`
 * (HTTP: protocol), and `get-stages` of either (stage names). Without them an execute-api origin's
 * kind, endpoint type and stage are guesses and the rules stay quiet on them; with them they are facts.
 */
import { formatPath, type ConfigPath } from '../model/parse';
import type { ImportSuccess } from './import-template';

type Obj = Record<string, unknown>;
const isRecord = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ApiCliFacts {
  id: string;
  kind: 'rest' | 'http' | 'websocket';
  endpoint?: 'regional' | 'edge' | 'private';
  executeApiEndpointDisabled?: boolean;
  /** Which file said so (for notes). */
  file: string;
}

export interface ApiCliInput {
  apis: ApiCliFacts[];
  /** Stage names per get-stages file (these outputs do not name their API). */
  stages: { file: string; names: string[] }[];
}

const ENDPOINTS: Record<string, ApiCliFacts['endpoint']> = { REGIONAL: 'regional', EDGE: 'edge', PRIVATE: 'private' };

function restApi(item: Obj, file: string): ApiCliFacts | null {
  if (typeof item.id !== 'string') return null;
  const types = isRecord(item.endpointConfiguration) && Array.isArray(item.endpointConfiguration.types) ? item.endpointConfiguration.types : [];
  const endpoint = ENDPOINTS[String(types[0] ?? '')];
  return {
    id: item.id,
    kind: 'rest',
    ...(endpoint ? { endpoint } : {}),
    ...(typeof item.disableExecuteApiEndpoint === 'boolean' ? { executeApiEndpointDisabled: item.disableExecuteApiEndpoint } : {}),
    file,
  };
}

function v2Api(item: Obj, file: string): ApiCliFacts | null {
  if (typeof item.ApiId !== 'string') return null;
  return {
    id: item.ApiId,
    kind: item.ProtocolType === 'WEBSOCKET' ? 'websocket' : 'http',
    // HTTP APIs are Regional only.
    endpoint: 'regional',
    ...(typeof item.DisableExecuteApiEndpoint === 'boolean' ? { executeApiEndpointDisabled: item.DisableExecuteApiEndpoint } : {}),
    file,
  };
}

/** One parsed CLI output -> what it says; a message when it is none of the shapes above. */
export function readApiCliOutput(value: unknown, file: string, into: ApiCliInput): string | null {
  if (!isRecord(value)) return `${file}: not JSON output of an API Gateway CLI command`;
  const before = into.apis.length + into.stages.length;
  const list = (key: string): Obj[] => (Array.isArray(value[key]) ? (value[key] as unknown[]).filter(isRecord) : []);
  // get-rest-apis: { items: [...] }; get-stages (REST): { item: [...] }.
  for (const item of list('items')) {
    const api = restApi(item, file);
    if (api) into.apis.push(api);
  }
  const restStages = list('item').flatMap((s) => (typeof s.stageName === 'string' ? [s.stageName] : []));
  if (restStages.length > 0) into.stages.push({ file, names: restStages });
  // get-apis: { Items: [{ ApiId }] }; get-stages (HTTP): { Items: [{ StageName }] }.
  for (const item of list('Items')) {
    const api = v2Api(item, file);
    if (api) into.apis.push(api);
  }
  const httpStages = list('Items').flatMap((s) => (typeof s.StageName === 'string' ? [s.StageName] : []));
  if (httpStages.length > 0) into.stages.push({ file, names: httpStages });
  // get-rest-api / get-api: the single object.
  const single = restApi(value, file) ?? v2Api(value, file);
  if (single) into.apis.push(single);
  if (into.apis.length + into.stages.length === before) {
    return `${file}: not the output of aws apigateway get-rest-apis / get-stages or aws apigatewayv2 get-apis / get-stages`;
  }
  return null;
}

/**
 * The imported config with the facts filled in: kind, endpoint type, execute-api endpoint state and,
 * when a get-stages output lists it, the stage. Those paths are no longer unknown, so the rules check them.
 */
export function applyApiFacts(imported: ImportSuccess, input: ApiCliInput): ImportSuccess {
  const config = structuredClone(imported.config);
  const unknownPaths = new Set(imported.unknownPaths);
  const dropped = [...imported.dropped];
  const known = (path: ConfigPath) => unknownPaths.delete(formatPath(path));
  const stageNames = new Set(input.stages.flatMap((s) => s.names));
  config.origins.forEach((origin, i) => {
    if (origin.type !== 'apigateway') return;
    const api: ConfigPath = ['origins', i, 'api'];
    const facts = input.apis.find((a) => a.id === origin.api.id);
    if (facts) {
      // The importer's "kind, stage, endpoint type and auth are guesses" note: now only auth and CORS are.
      const guess = dropped.findIndex((d) => d.why.startsWith(`origin ${formatPath(['origins', i])}: the API is not in this template`));
      if (guess >= 0) dropped[guess] = { path: formatPath(api), why: `${facts.file} gives the API's kind and endpoint type; its auth and CORS are not in that output, so rules about them stay quiet` };
      if (facts.kind === 'websocket') {
        dropped.push({ path: formatPath(api), why: `${facts.file}: API ${facts.id} is a WebSocket API, which apifront does not model` });
      } else {
        origin.api.kind = facts.kind;
        known([...api, 'kind']);
      }
      if (facts.endpoint) {
        origin.api.endpoint = facts.endpoint;
        known([...api, 'endpoint']);
      }
      if (facts.executeApiEndpointDisabled !== undefined) {
        origin.api.executeApiEndpointDisabled = facts.executeApiEndpointDisabled;
        known([...api, 'executeApiEndpointDisabled']);
      }
    }
    if (stageNames.size === 0) return;
    // The importer guessed the stage from the origin path; a stage list confirms it, or names $default.
    const fromPath = (origin.originPath ?? '').split('/').filter(Boolean)[0];
    if (fromPath !== undefined && stageNames.has(fromPath)) {
      origin.api.stage = fromPath;
      known([...api, 'stage']);
    } else if (fromPath === undefined && stageNames.has('$default')) {
      origin.api.stage = '$default';
      known([...api, 'stage']);
    } else {
      const files = input.stages.map((s) => s.file).join(', ');
      dropped.push({
        path: formatPath([...api, 'stage']),
        why: `the origin path ${origin.originPath ? `"${origin.originPath}"` : '(empty)'} names no stage listed in ${files} (${[...stageNames].join(', ')}): requests would reach no stage`,
      });
    }
  });
  return { ...imported, config, unknownPaths, dropped };
}
