import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApiSettings } from '../model/schema';
import { rule } from './af212-iam-auth';

const withAuth = (auth: ApiSettings['auth']) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type === 'apigateway') origin.api.auth = auth;
  });

testRule(rule, {
  valid: [
    { name: 'no auth', config: buildConfig() },
    { name: 'Cognito', config: withAuth('cognito') },
  ],
  invalid: [{ name: 'IAM', config: withAuth('iam'), findings: [{ messageId: 'iamAuth', path: 'origins[0].api.auth' }] }],
});
