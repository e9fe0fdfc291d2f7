/** Which request header carries the caller's credential for an API's authorizer (facts 46, 154). */
import type { ApiSettings, Origin } from '../model/schema';

/** The header an authorizer reads, as written in messages; undefined when it reads none. */
export function credentialHeaderForAuth(auth: ApiSettings['auth']): 'Authorization' | 'x-api-key' | undefined {
  switch (auth) {
    case 'cognito':
    case 'lambda':
    case 'jwt':
      return 'Authorization';
    case 'apiKey':
      return 'x-api-key';
    default:
      return undefined;
  }
}

/** The request header (lower case) the origin's authorizer reads; undefined for other origins. */
export function credentialHeaderOf(origin: Origin | undefined): 'authorization' | 'x-api-key' | undefined {
  if (origin?.type !== 'apigateway') return undefined;
  const header = credentialHeaderForAuth(origin.api.auth);
  return header === 'Authorization' ? 'authorization' : header;
}
