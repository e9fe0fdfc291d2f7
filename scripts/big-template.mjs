// A real template (fixtures/corpus) grown to a given size with filler resources: the "5 MB template"
// of issue 12, for `npm run bench:template` and the e2e test that the page stays responsive.
import { readFileSync } from 'node:fs';

const BASE = new URL('../fixtures/corpus/sp-cloudfront-apigw-rest-api-dynamodb.yaml', import.meta.url);

/** The corpus template with SSM parameters inserted under `Resources:` until it is about `bytes` long. */
export function bigTemplate(bytes = 5 * 1024 * 1024) {
  const base = readFileSync(BASE, 'utf8');
  const at = base.indexOf('\nResources:\n') + '\nResources:\n'.length;
  const parts = [];
  let size = base.length;
  for (let i = 0; size < bytes; i++) {
    const id = String(i).padStart(6, '0');
    const part = `  Filler${id}:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Name: /apifront/filler/${id}\n      Type: String\n      Value: "filler value ${id} for a large template, as generated stacks with many resources have"\n`;
    parts.push(part);
    size += part.length;
  }
  return base.slice(0, at) + parts.join('') + base.slice(at);
}
