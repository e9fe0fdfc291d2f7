import { originDomainName } from '../model/derive';
import { apiOriginRefs, isHostName, isWebSocketOrigin } from './rule-helpers';
import { defineRule } from './types';

const API_ID = /^[a-z0-9]{10}$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/**
 * Why: the origin host is built from the API ID and Region (`{id}.execute-api.{region}.amazonaws.com`,
 * fact 63); a wrong one sends every request to a host that does not exist. WebSocket APIs cannot be
 * fronted the way this tool renders them.
 * Failing shape: `api: { id: 'https://a1b2c3d4e5.execute-api...', region: 'Ireland' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF201',
    name: 'api-identity',
    target: 'config',
    step: 'origin',
    title: 'API ID, Region and origin host must be valid',
    description:
      'The API ID must be the 10-character ID, the Region a Region code, and the resulting origin domain a valid host name; WebSocket APIs are refused.',
    rationale:
      'CloudFront connects to the origin domain name literally; an ID or Region with a typo, a pasted URL, or an invalid custom-domain host makes every request fail with a 502 (DNS or TLS error).',
    howToFix: 'Paste the invoke URL from the API Gateway console (Stages page) to fill the ID, Region and stage.',
    facts: [63],
    messages: {
      webSocket: {
        severity: 'error',
        text: (value: string) =>
          `"${value}" is a WebSocket API (wss://). WebSocket APIs are not supported: apifront fronts REST and HTTP APIs only.`,
      },
      emptyApiId: {
        severity: 'error',
        text: () => 'No API ID yet: enter the 10-character ID from the invoke URL (such as a1b2c3d4e5), shown on the API Gateway console\'s Stages page.',
      },
      emptyRegion: {
        severity: 'error',
        text: () => 'No Region yet: enter the Region the API lives in (such as eu-west-1), shown in its invoke URL.',
      },
      badApiId: {
        severity: 'error',
        text: (id: string) =>
          `API ID "${id}" is not an API Gateway ID (10 lower-case letters and digits, such as a1b2c3d4e5). Paste the invoke URL from the API Gateway console to fill it.`,
      },
      badRegion: {
        severity: 'error',
        text: (region: string) =>
          `Region "${region}" is not an AWS Region code (such as eu-west-1). Use the Region shown in the API's invoke URL.`,
      },
      emptyHost: {
        severity: 'error',
        text: (originId: string) => `Origin "${originId}" has no domain name yet: enter the host name CloudFront connects to (no scheme, path or port).`,
      },
      badHost: {
        severity: 'error',
        text: (host: string, originId: string) =>
          `Origin "${originId}" would connect to "${host}", which is not a valid host name; CloudFront could not reach it. Enter the host name only (no scheme, path or port).`,
      },
    },
    examples: {
      bad: "api: { id: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod', region: 'Ireland' }",
      good: "api: { id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' }",
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, path } of apiOriginRefs(config, true)) {
      const { api } = origin;
      if (isWebSocketOrigin(origin)) {
        // A clear refusal; nothing else about this origin is worth reporting (other rules skip it too).
        const url = [api.id, api.customDomain?.name ?? ''].find((v) => v.trim().toLowerCase().startsWith('wss://')) ?? api.id;
        report({ messageId: 'webSocket', args: [url], location: { configPath: [...path, 'api', 'id'] } });
        continue;
      }
      const idOk = API_ID.test(api.id);
      const regionOk = REGION.test(api.region);
      const at = (field: string) => ({ configPath: [...path, 'api', field] });
      if (!idOk) report(api.id.trim() === '' ? { messageId: 'emptyApiId', args: [], location: at('id') } : { messageId: 'badApiId', args: [api.id], location: at('id') });
      if (!regionOk) report(api.region.trim() === '' ? { messageId: 'emptyRegion', args: [], location: at('region') } : { messageId: 'badRegion', args: [api.region], location: at('region') });
      const cd = api.customDomain;
      if (cd) {
        const field = cd.originHost === 'name' ? 'name' : 'regionalDomainName';
        const host = originDomainName(origin);
        const location = { configPath: [...path, 'api', 'customDomain', field] };
        if (host.trim() === '') report({ messageId: 'emptyHost', args: [origin.id], location });
        else if (!isHostName(host)) report({ messageId: 'badHost', args: [host, origin.id], location });
      }
    }
    config.origins.forEach((origin, i) => {
      if (origin.type !== 'custom' || isHostName(origin.domainName)) return;
      const location = { configPath: ['origins', i, 'domainName'] };
      if (origin.domainName.trim() === '') report({ messageId: 'emptyHost', args: [origin.id], location });
      else report({ messageId: 'badHost', args: [origin.domainName, origin.id], location });
    });
  },
});
